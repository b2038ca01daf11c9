import Foundation

/// Where and how the client talks to the marketplace.
public struct ClientConfiguration: Sendable {
    /// e.g. `https://mkt.myhuaweicloud.com` or the simulator's `http://127.0.0.1:8089`.
    public var baseURL: String
    public var accessKey: String
    public var secretKey: String
    /// Per-request timeout in seconds.
    public var timeout: Double = 30
    /// Attempts per request, the first included.
    public var maxAttempts = 6
    /// First backoff delay; doubles per attempt, with full jitter.
    public var initialBackoff = 0.2
    public var maxBackoff = 10.0
    /// The longest Retry-After the client is willing to wait.
    public var maxRetryAfter = 60.0
    /// The largest response body accepted.
    public var maxResponseBytes = 256 << 20

    public init(baseURL: String, accessKey: String, secretKey: String) {
        self.baseURL = baseURL
        self.accessKey = accessKey
        self.secretKey = secretKey
    }
}
