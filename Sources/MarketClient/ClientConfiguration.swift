/// Where and how the client talks to the marketplace. It holds the secret key, so its description and
/// reflection redact it (ClientConfiguration+Redaction.swift).
public struct ClientConfiguration: Sendable {
    /// e.g. `https://mkt.myhuaweicloud.com` or the simulator's `http://127.0.0.1:8089`. Plain http is accepted
    /// only for loopback; anything else is refused when the client is made (`MarketClient(validating:)`).
    public var baseURL: String
    public var accessKey: String
    public var secretKey: String
    /// Seconds a request may go without an answer ("no answer within N s"); a whole request, however it
    /// trickles, gets four times this.
    public var timeout: Double = 30
    /// Seconds to open the connection (TCP and TLS); at most `timeout`.
    public var connectTimeout: Double = 10
    /// The end of the whole command (a monotonic instant): no request runs past it and no retry starts
    /// after it, so a command's `--timeout` bounds its wall time. Nil: each request has only its own limits.
    public var deadline: ContinuousClock.Instant?
    /// Attempts per request, the first included.
    public var maxAttempts = 6
    /// First backoff delay; doubles per attempt, with equal jitter.
    public var initialBackoff = 0.2
    public var maxBackoff = 10.0
    /// The longest Retry-After the client is willing to wait.
    public var maxRetryAfter = 60.0
    /// The most decoded bytes accepted per kind of answer.
    public var limits = ResponseLimits()
    /// Test hook: `host:port:address` entries pinning names to loopback (a local TLS server as a named host).
    var resolveOverrides: [String] = []

    public init(baseURL: String, accessKey: String, secretKey: String) {
        self.baseURL = baseURL
        self.accessKey = accessKey
        self.secretKey = secretKey
    }

    /// The backoff between the client's own retries.
    public var backoff: Backoff { Backoff(initial: initialBackoff, maximum: maxBackoff, maxRetryAfter: maxRetryAfter) }

    /// Sets `deadline` to `seconds` from now (a command's `--timeout`).
    public mutating func limitTotalTime(to seconds: Double) {
        guard seconds.isFinite, seconds > 0 else { return }
        deadline = .now + .milliseconds(Int64(min(seconds, 1e9) * 1000))
    }

    /// Throws the reason the base URL is unusable, for commands that check before doing anything else.
    public func validate() throws(ClientError) { _ = try BaseURL(validating: baseURL) }
}

/// The largest decoded answer accepted, per kind of answer, so a compressed "bomb" stops at a bound that
/// fits the process's memory budget (an answer is held whole while it is decoded).
public struct ResponseLimits: Sendable, Equatable {
    /// One list page: 1,000 records are a few MB; hostile ones may be larger, so generous but bounded.
    public var listPage = 32 << 20
    /// An action's answer: one record.
    public var actionAnswer = 1 << 20
    /// Upload statuses, errors and other small answers.
    public var small = 64 << 10

    public init() {}
}
