import SellerCore

extension World {
    /// Indices of the exception messages the marketplace caller adds: above any seeded message (the seeded
    /// range ends at `RecordID.capacity / 20`), below the id capacity, so their `PM…` ids stay findable.
    static let callMessageBase = RecordID.capacity / 2

    /// The id the caller's `number`th message gets.
    static func callMessageId(_ number: Int) -> String { RecordID.messageId(index: callMessageBase + number) }

    /// Adds or replaces the caller's `number`th message, stamped now, so the gateway's exception list and its
    /// `updated_since` sync see each change of a real call's outcome.
    func putCallMessage(_ number: Int, _ message: ProduceMessage) {
        let index = Self.callMessageBase + number
        let stamp = nextStamp()
        var stored = message
        stored.updatedAt = stamp
        let record = SellerRecord.exception(stored)
        state.withLock { state in
            if state.overrides[.exceptions]?[index] == nil { state.callMessages += 1 }
            state.overrides[.exceptions, default: [:]][index] = record
            state.changeLog[.exceptions, default: []].append(LogEntry(updatedAt: stamp, index: index))
        }
    }
}
