import Crypto

/// Why a V2, kit or usage-push signature did not verify. No case carries a key or the expected signature.
public enum RequestSignatureError: Error, Equatable, Sendable, CustomStringConvertible {
    /// A required signing parameter (`signature`, `timestamp`, `nonce` or their kit header names) is absent.
    case missingParameter(String)
    /// The timestamp is not a non-negative whole number of milliseconds.
    case malformedTimestamp
    /// The timestamp is this many milliseconds away from "now" (positive: in the future), beyond the window.
    case timestampOutOfWindow(skewMilliseconds: Int64)
    case signatureMismatch

    public var description: String {
        switch self {
        case .missingParameter(let name): "the signing parameter \(name) is missing"
        case .malformedTimestamp: "the timestamp is not a number of milliseconds"
        case .timestampOutOfWindow(let skew): "the timestamp is \(skew) ms away from the server clock"
        case .signatureMismatch: "the signature does not match"
        }
    }
}

/// The freshness check shared by the V2 and kit signatures: a Unix-millisecond timestamp within a window.
enum TimestampWindow {
    /// KooGallery's window for V2 and kit requests.
    static let milliseconds: Int64 = 60_000

    static func check(_ timestamp: String, nowMilliseconds: Int64, window: Int64 = milliseconds)
        throws(RequestSignatureError)
    {
        let digits = timestamp.utf8
        guard !digits.isEmpty, digits.count <= 18, digits.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }),
              let value = Int64(timestamp)
        else { throw .malformedTimestamp }
        let (skew, overflow) = value.subtractingReportingOverflow(nowMilliseconds)
        guard !overflow else { throw .timestampOutOfWindow(skewMilliseconds: value > nowMilliseconds ? .max : .min) }
        guard skew.magnitude <= window.magnitude else { throw .timestampOutOfWindow(skewMilliseconds: skew) }
    }

    /// True when `received` is the hex (either case) of `expected`, compared in constant time.
    static func hexMatches(_ received: String, _ expected: [UInt8]) -> Bool {
        guard let bytes = Hex.decode(received) else { return false }
        return ConstantTime.equal(bytes, expected)
    }
}
