import Foundation

/// Exponential backoff with full jitter, honouring the server's Retry-After (DESIGN.md §7).
struct Backoff: Sendable {
    let initial: Double
    let maximum: Double
    let maxRetryAfter: Double

    /// The delay before attempt `attempt + 1` (attempt counts from 1), at least `retryAfter` when given.
    func delay(afterAttempt attempt: Int, retryAfter: Double?, unit: Double = Double.random(in: 0..<1)) -> Double {
        let ceiling = min(maximum, initial * pow(2, Double(attempt - 1)))
        let jittered = ceiling * unit
        guard let retryAfter else { return jittered }
        return max(min(retryAfter, maxRetryAfter), jittered)
    }

    /// Parses Retry-After: delta seconds (the simulator's form) or an HTTP date.
    static func parseRetryAfter(_ value: String?, now: Date = Date()) -> Double? {
        guard let value = value?.trimmingCharacters(in: .whitespaces), !value.isEmpty else { return nil }
        if let seconds = Double(value), seconds >= 0 { return seconds }
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "GMT")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss zzz"
        guard let date = formatter.date(from: value) else { return nil }
        return max(0, date.timeIntervalSince(now))
    }
}

extension MarketClient {
    /// Seconds a `Retry-After` header asks to wait (delta seconds or an HTTP date), for callers that pace
    /// their own retries (the outbox sender).
    public static func retryAfterSeconds(_ header: String?) -> Double? { Backoff.parseRetryAfter(header) }
}
