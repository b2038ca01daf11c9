import Synchronization

/// What the relay adds to each forwarded call (its time holding the call minus the upstream's exchange), kept as
/// a histogram of 10 µs buckets up to 20 ms and the exact maximum: bounded memory however long the relay runs,
/// and percentiles it can print when it stops.
final class AddedLatency: Sendable {
    static let bucketMicroseconds = 10
    static let bucketCount = 2_000

    private struct Counts {
        var buckets = [Int](repeating: 0, count: AddedLatency.bucketCount + 1)
        var total = 0
        var maximum = 0
    }

    private let counts = Mutex(Counts())

    func add(microseconds: Int) {
        let value = max(0, microseconds)
        let bucket = min(value / Self.bucketMicroseconds, Self.bucketCount)
        counts.withLock {
            $0.buckets[bucket] += 1
            $0.total += 1
            $0.maximum = max($0.maximum, value)
        }
    }

    /// p50, p99 and the maximum in microseconds (a percentile is its bucket's upper edge, the maximum exact);
    /// nil before the first forwarded call.
    var figures: RelaySummary.AddedFigures? {
        counts.withLock { counts in
            guard counts.total > 0 else { return nil }
            func percentile(_ share: Double) -> Int {
                let rank = max(1, Int((Double(counts.total) * share).rounded(.up)))
                var seen = 0
                for (index, count) in counts.buckets.enumerated() {
                    seen += count
                    if seen >= rank {
                        return index == Self.bucketCount ? counts.maximum
                            : min((index + 1) * Self.bucketMicroseconds, counts.maximum)
                    }
                }
                return counts.maximum
            }
            return RelaySummary.AddedFigures(p50: percentile(0.5), p99: percentile(0.99), maximum: counts.maximum,
                                             calls: counts.total)
        }
    }
}
