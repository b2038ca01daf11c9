import SellerStore

/// The profile's store as the relay's journal: `LocalStore` has the `CallJournal` methods
/// (`LocalStore+Journal*.swift`), and the relay's writer thread opens its own connection with a small memory
/// profile (the relay runs beside the console and must stay small).
///
/// Until the store's journal API is merged, building without `RELAY_STORE_JOURNAL` leaves the relay able to
/// journal only to memory: `opener` then fails with a clear reason instead of pretending to write.
public enum StoreJournal {
    public static func opener(path: String) -> @Sendable () throws -> CallJournal {
        #if RELAY_STORE_JOURNAL
        return { try LocalStore(path: path, memory: .compact) }
        #else
        return { throw StoreJournalUnavailable() }
        #endif
    }

    public static var isAvailable: Bool {
        #if RELAY_STORE_JOURNAL
        return true
        #else
        return false
        #endif
    }
}

#if RELAY_STORE_JOURNAL
extension LocalStore: CallJournal {
    /// One IMMEDIATE transaction; each journal write inside it is a savepoint of its own.
    public func batch(_ body: () throws -> Void) throws { try write(body) }
}
#endif

struct StoreJournalUnavailable: Error, CustomStringConvertible {
    var description: String { "this build has no journal store API yet (LocalStore+Journal); use a build with it" }
}
