import SellerCore

/// KooGallery-shaped identifiers that carry their record's index, so the simulator can find any record from
/// its id without an index table: `CS2611230915` + five scrambled base-32 characters, `TT` + digits, and so on.
enum RecordID {
    private static let alphabet = Array("0123456789ABCDEFGHJKLMNPQRSTUVWXYZ".utf8).prefix(32)
    private static let bits: UInt64 = 25
    private static let mask: UInt64 = (1 << 25) - 1
    /// An odd multiplier and its inverse modulo 2^25 make a bijective scramble.
    private static let multiplier: UInt64 = 0x1A2_B3C5
    private static let inverse: UInt64 = {
        var inverse: UInt64 = 1
        for _ in 0..<5 { inverse = (inverse &* (2 &- multiplier &* inverse)) & mask }
        return inverse
    }()

    /// Up to 2^25 (33 million) records per kind.
    static let capacity = 1 << 25

    static func scrambled(_ index: Int) -> String {
        var value = (UInt64(index) &* multiplier) & mask
        var chars = [UInt8](repeating: 0, count: 5)
        for position in stride(from: 4, through: 0, by: -1) {
            chars[position] = alphabet[alphabet.startIndex + Int(value & 31)]
            value >>= 5
        }
        return String(decoding: chars, as: UTF8.self)
    }

    static func unscramble<S: StringProtocol>(_ text: S) -> Int? {
        let chars = Array(text.utf8)
        guard chars.count == 5 else { return nil }
        var value: UInt64 = 0
        for char in chars {
            guard let digit = alphabet.firstIndex(of: char) else { return nil }
            value = value << 5 | UInt64(digit - alphabet.startIndex)
        }
        return Int((value &* inverse) & mask)
    }

    /// `CS` + yyMMddHHmm of the order's creation + the scrambled index (17 characters, like CS2211181819B4LVS).
    static func orderId(index: Int, created: Timestamp) -> String {
        let stamp = created.koogallerySeconds
        let start = stamp.index(stamp.startIndex, offsetBy: 2)
        let end = stamp.index(stamp.startIndex, offsetBy: 12)
        return "CS" + stamp[start..<end] + scrambled(index)
    }

    /// The index inside an id built by this type (the last five characters), without validating the rest.
    static func index(in id: String) -> Int? {
        guard id.utf8.count >= 5 else { return nil }
        return unscramble(id.suffix(5))
    }

    static func orderLineId(orderId: String, line: Int) -> String {
        orderId + "-" + (line + 1).zeroPadded(to: 6)
    }

    static func messageId(index: Int) -> String { "PM" + scrambled(index) }
    static func taskId(index: Int) -> String { "SV" + scrambled(index) }

    static func ticketId(index: Int, created: Timestamp) -> String {
        let stamp = created.koogallerySeconds
        return "TT" + stamp.prefix(12) + scrambled(index)
    }

    /// Instance ids are UUID-shaped like real ones (the first businessId); the index rides in the last part.
    static func instanceId(index: Int, random: inout SeededRandom) -> String {
        "\(random.hex(8))-\(random.hex(4))-4\(random.hex(3))-\(random.hex(4))-\(random.hex(7))" + scrambled(index)
    }
}
