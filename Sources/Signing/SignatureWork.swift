import Crypto
import Foundation

/// What a signature check computed, step by step, so a seller whose server disagrees with the marketplace can see
/// where: the body form that was signed, the text fed to the HMAC, the expected and the given signature, and how
/// far the timestamp is from the clock. The access key never appears: where the signed text starts with the key
/// (V2, kit), `stringToSign` shows `keyPlaceholder` instead.
public struct SignatureWork: Sendable, Equatable {
    /// The published schemes a request or answer can be signed with (docs/KOOGALLERY.md §4.2–§4.7).
    public enum Scheme: String, Sendable, CaseIterable {
        case v2 = "V2 query signature"
        case v1 = "V1 authToken"
        case kit = "kit x-sign"
        case bodySign = "V1 Body-Sign"
        case usagePush = "usage-push signature"
    }

    /// Stands for the access key inside `stringToSign`.
    public static let keyPlaceholder = "{accessKey}"

    public var scheme: Scheme
    /// The body bytes the signature covers (raw or canonical), as text; nil when the scheme signs no body.
    public var signedBody: String?
    /// The HMAC input, the key replaced by `keyPlaceholder`.
    public var stringToSign: String
    /// How the HMAC key is formed, in words (never the key itself).
    public var hmacKey: String
    public var expected: String
    public var given: String
    /// Timestamp minus clock, in milliseconds; nil when the scheme has no timestamp or it does not parse.
    public var skewMilliseconds: Int64?
    /// The allowed skew, when the scheme documents one.
    public var windowMilliseconds: Int64?
    public var signatureMatches: Bool

    /// True when the signature matches and the timestamp (if the scheme bounds it) is within its window.
    public var passes: Bool {
        guard signatureMatches else { return false }
        guard let window = windowMilliseconds else { return true }
        guard let skew = skewMilliseconds else { return false }
        return skew.magnitude <= window.magnitude
    }

    /// A one-line verdict without any secret.
    public var verdict: String {
        if !signatureMatches { return "MISMATCH: the \(scheme.rawValue) does not match" }
        if passes { return "MATCH: the \(scheme.rawValue) is valid" }
        guard let skew = skewMilliseconds else { return "STALE: the signature matches but the timestamp is not a time" }
        return "STALE: the signature matches but the timestamp is \(skew) ms from the clock (window "
            + "\(windowMilliseconds ?? 0) ms)"
    }
}

/// Timestamp parsing for the reports: Unix milliseconds (V2, kit, usage push) and V1's `yyyyMMddHHmmssSSS` UTC.
public enum SignatureClock {
    /// Milliseconds since 1970 now.
    public static func nowMilliseconds() -> Int64 { Int64((Date().timeIntervalSince1970 * 1000).rounded(.down)) }

    /// `timestamp - now` for a Unix-millisecond timestamp; nil when it is not 1–18 digits.
    public static func skew(unixMilliseconds timestamp: String, now: Int64) -> Int64? {
        guard !timestamp.isEmpty, timestamp.utf8.count <= 18, timestamp.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }),
              let value = Int64(timestamp) else { return nil }
        let (skew, overflow) = value.subtractingReportingOverflow(now)
        return overflow ? nil : skew
    }

    /// Milliseconds since 1970 of a V1 `yyyyMMddHHmmssSSS` UTC timestamp; nil when malformed.
    public static func v1Milliseconds(_ timeStamp: String) -> Int64? {
        let digits = Array(timeStamp.utf8)
        guard digits.count == 17, digits.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return nil }
        func field(_ range: Range<Int>) -> Int { digits[range].reduce(0) { $0 * 10 + Int($1 - 0x30) } }
        var components = DateComponents()
        components.calendar = Calendar(identifier: .gregorian)
        components.timeZone = TimeZone(identifier: "UTC")
        (components.year, components.month, components.day) = (field(0..<4), field(4..<6), field(6..<8))
        (components.hour, components.minute, components.second) = (field(8..<10), field(10..<12), field(12..<14))
        guard components.isValidDate, let date = components.date else { return nil }
        return Int64(date.timeIntervalSince1970.rounded()) * 1000 + Int64(field(14..<17))
    }

    /// A V1 `timeStamp` for a moment in Unix milliseconds.
    public static func v1TimeStamp(milliseconds: Int64) -> String {
        let date = Date(timeIntervalSince1970: Double(milliseconds / 1000))
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        func pad(_ value: Int?, _ width: Int) -> String {
            let text = String(value ?? 0)
            return String(repeating: "0", count: max(0, width - text.count)) + text
        }
        return pad(parts.year, 4) + pad(parts.month, 2) + pad(parts.day, 2) + pad(parts.hour, 2)
            + pad(parts.minute, 2) + pad(parts.second, 2) + pad(Int(milliseconds % 1000), 3)
    }
}
