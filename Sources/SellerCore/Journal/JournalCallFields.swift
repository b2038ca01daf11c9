/// The fields of a journalled call beyond the ids the relay already read: V2 and license calls carry them in the
/// JSON body, V1 calls in the query string (docs/KOOGALLERY.md §3.2–§3.4). The journal's projection reads the
/// target status of a status change, the new expiry of a renewal, and what a create says about the order.
/// Anything unreadable reads as absent: a hostile body never stops the projection.
public struct JournalCallFields: Sendable {
    private var values: [String: String] = [:]

    public init(_ arrival: JournalArrival) {
        for pair in arrival.query.split(separator: "&") {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            guard let name = parts.first.map({ Self.percentDecoded($0) }), !name.isEmpty else { continue }
            values[name] = parts.count > 1 ? Self.percentDecoded(parts[1]) : ""
        }
        // The body's members win over the query's: a V2 query holds only the signature's fields.
        if arrival.body.utf8.first == UInt8(ascii: "{"), case .object(let members)? = try? JSONParser.parse(arrival.body) {
            for member in members {
                switch member.value {
                case .string(let text): values[member.key] = text
                case .number(let text): values[member.key] = text
                default: continue
                }
            }
        }
    }

    public subscript(name: String) -> String? { values[name] }

    /// The status a status change asks for, upper-cased: V2 `status` (`FREEZE`/`UNFREEZE`), V1 `instanceStatus`
    /// (`FREEZE`/`NORMAL`), license `status`.
    public var targetStatus: String? {
        guard let text = values["status"] ?? values["instanceStatus"], !text.isEmpty else { return nil }
        return String(text.prefix(32)).uppercased()
    }

    /// `expireTime` as KooGallery writes it (`yyyyMMddHHmmss`, UTC).
    public var expireTime: Timestamp? { values["expireTime"].flatMap { Timestamp(koogallery: $0) } }

    /// `chargingMode` in either spelling: the open API's (`PERIOD`) or V1's integer code (`1`).
    public var chargingMode: ChargingMode? {
        guard let text = values["chargingMode"] else { return nil }
        if let mode = ChargingMode(rawValue: text.uppercased()) { return mode }
        return ChargingMode.allCases.first { String($0.v1Code) == text }
    }

    public var periodType: PeriodType? { values["periodType"].flatMap { PeriodType(rawValue: $0.lowercased()) } }

    public var periodNumber: Int? { values["periodNumber"].flatMap { Int($0) } }

    /// `trialFlag` `1`: a trial order.
    public var isTrial: Bool { values["trialFlag"] == "1" }

    /// `%XX` escapes and `+` decoded; a malformed escape is kept as written; invalid UTF-8 is repaired.
    static func percentDecoded(_ text: Substring) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        var iterator = Array(text.utf8)[...]
        while let byte = iterator.popFirst() {
            if byte == UInt8(ascii: "+") {
                bytes.append(UInt8(ascii: " "))
            } else if byte == UInt8(ascii: "%"), iterator.count >= 2,
                      let high = hexValue(iterator[iterator.startIndex]),
                      let low = hexValue(iterator[iterator.startIndex + 1]) {
                bytes.append(high << 4 | low)
                iterator = iterator.dropFirst(2)
            } else {
                bytes.append(byte)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}
