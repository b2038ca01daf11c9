import MarketClient

/// How the outbox sender paces itself (ARCHITECTURE §7): the project's one `Backoff` between attempts of one
/// action (doubling, equal jitter, at least the server's Retry-After), a lease long enough for one attempt,
/// and a few actions at once.
public struct SenderPolicy: Sendable {
    /// Attempts of one action before it fails and waits for the seller.
    public var maxAttempts = 10
    /// The first retry comes after about this many seconds; each further one doubles it, up to `maxBackoff`.
    public var initialBackoff = 1.0
    public var maxBackoff = 60.0
    /// The longest Retry-After honoured as given.
    public var maxRetryAfter = 600.0
    /// How long a claimed action belongs to its sender; a sender killed mid-attempt loses it after this.
    /// Uploads extend it as they go.
    public var leaseSeconds: Int64 = 120
    /// Actions sent at once (each on its own store connection).
    public var concurrency = 4
    /// How often an idle sender looks for due actions (a `wake()` cuts it short).
    public var idlePollSeconds = 0.5

    public init() {}

    public var backoff: Backoff { Backoff(initial: initialBackoff, maximum: maxBackoff, maxRetryAfter: maxRetryAfter) }

    /// Seconds to wait before the attempt after `attempts` failed ones.
    public func delay(afterAttempts attempts: Int, retryAfter: Double?, unit: Double = Double.random(in: 0..<1))
        -> Double {
        backoff.delay(afterAttempts: attempts, retryAfter: retryAfter, unit: unit)
    }
}
