import SellerCore

/// When the marketplace retries a failed call by itself (docs/KOOGALLERY.md §6.1): retry `k` is due `k`
/// intervals after the first failure, up to the policy's count, so the last one falls on the window's end.
struct RetrySchedule: Equatable {
    var intervalSeconds: Int64
    var retries: Int

    init(_ policy: RetryPolicy) {
        switch policy {
        case .hourlyFor3h: (intervalSeconds, retries) = (3600, 3)
        case .for1h: (intervalSeconds, retries) = (1200, 3)
        case .every2minX60: (intervalSeconds, retries) = (120, 60)
        case .once: (intervalSeconds, retries) = (0, 0)
        }
    }

    /// Seconds after the first failure that retry `k` (1-based) is due, with time compressed by `scale`; nil
    /// past the last retry.
    func delay(ofRetry k: Int, scale: Double) -> Double? {
        guard k >= 1, k <= retries else { return nil }
        return Double(intervalSeconds) * Double(k) * scale
    }
}
