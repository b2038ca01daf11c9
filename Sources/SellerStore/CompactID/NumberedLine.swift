/// The marketplace numbers an order's lines `<orderId>-000001`, `-000002`, … (`Schema.numberedLineId`), and an
/// instance's line id is nearly always one of them. The store keeps such an id as one byte, the line's position
/// (the first 128 lines), and any other id as its text: 23 of an instance row's 24 bytes of line id.
enum NumberedLine {
    /// The last position kept as a byte: one byte is what `char(n)` turns into a blob in the migration's SQL.
    static let lastPosition = 127

    /// What to store for `lineId` of an instance of `orderId`.
    static func value(_ lineId: String, orderId: String) -> SQLiteValue {
        position(of: lineId, orderId: orderId).map { .blob([UInt8($0)]) } ?? .text(lineId)
    }

    /// The position (from 0) whose numbered id `lineId` is, or nil for any other id.
    static func position(of lineId: String, orderId: String) -> Int? {
        guard lineId.hasPrefix(orderId + "-"), let number = Int(lineId.dropFirst(orderId.count + 1)),
              (1...lastPosition + 1).contains(number),
              Schema.numberedLineId(orderId: orderId, position: number - 1).hasSameBytes(as: lineId) else { return nil }
        return number - 1
    }
}

extension Row {
    /// A line id written with `NumberedLine.value` for an instance of `orderId`, as the text it was given.
    func lineID(_ index: Int, orderId: String) -> String {
        switch value(index) {
        case .blob(let bytes) where bytes.count == 1 && Int(bytes[0]) <= NumberedLine.lastPosition:
            Schema.numberedLineId(orderId: orderId, position: Int(bytes[0]))
        case .text(let id): id
        default: text(index)
        }
    }
}
