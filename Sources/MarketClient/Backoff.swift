import Foundation

/// The one backoff of the project (docs/ARCHITECTURE.md §7), used by the client's retries, the outbox sender and upload
/// retries: the delay doubles per attempt up to `maximum`, with "equal jitter" (half fixed, half random) so
/// retries of many requests spread out but never collapse to zero, and never below the server's Retry-After
/// (itself capped at `maxRetryAfter`).
public struct Backoff: Sendable, Equatable {
    public var initial: Double
    public var maximum: Double
    public var maxRetryAfter: Double

    public init(initial: Double, maximum: Double, maxRetryAfter: Double) {
        self.initial = initial
        self.maximum = maximum
        self.maxRetryAfter = maxRetryAfter
    }

    /// Seconds to wait after `attempts` failed attempts (counting from 1), at least `retryAfter` when given.
    public func delay(afterAttempts attempts: Int, retryAfter: Double?, unit: Double = Double.random(in: 0..<1))
        -> Double {
        let ceiling = min(maximum, initial * Double(1 << max(0, min(attempts - 1, 30))))
        let jittered = ceiling / 2 + ceiling / 2 * unit
        guard let retryAfter else { return jittered }
        return max(min(retryAfter, maxRetryAfter), jittered)
    }

    /// Parses Retry-After: delta seconds (the simulator's form) or an HTTP date.
    public static func parseRetryAfter(_ value: String?, now: Date = Date()) -> Double? {
        guard let value = value?.trimmingCharacters(in: .whitespaces), !value.isEmpty else { return nil }
        if let seconds = Double(value), seconds.isFinite, seconds >= 0 { return seconds }
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "GMT")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss zzz"
        guard let date = formatter.date(from: value) else { return nil }
        return max(0, date.timeIntervalSince(now))
    }
}

extension MarketClient {
    /// Seconds a `Retry-After` header asks to wait (delta seconds or an HTTP date).
    public static func retryAfterSeconds(_ header: String?) -> Double? { Backoff.parseRetryAfter(header) }
}
