import MarketAPI

/// Why a request to the marketplace failed, in terms a seller can act on. Messages never contain secrets.
public enum ClientError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The gateway rejected the signature or the key (401/403); retrying cannot help.
    case authentication(status: Int, code: String, message: String)
    /// Still rate limited after the retries; `retryAfter` is the server's last advice in seconds.
    case rateLimited(retryAfter: Double?)
    /// A 5xx that persisted through the retries; `retryAfter` is the server's advice, when it gave one.
    case server(status: Int, code: String?, message: String, retryAfter: Double? = nil)
    /// A 4xx other than auth: the request itself is wrong or the target does not exist / is in the wrong state.
    case rejected(status: Int, code: String, message: String)
    /// A 3xx: redirects are never followed, so signed headers never reach another host.
    case redirected(status: Int, location: String)
    /// No usable HTTP exchange: connection refused or reset, timeout, TLS failure, truncated or oversized body.
    case transport(String)
    /// The response could not be read; `path` names the bad field.
    case decoding(path: String, reason: String)
    /// The base URL is unusable (malformed, or plain http to a host that is not loopback).
    case invalidBaseURL(String)
    /// The task waiting for the answer was cancelled; the request was abandoned at once.
    case cancelled

    public var description: String {
        switch self {
        case .authentication(_, let code, let message):
            "signature rejected by the marketplace (\(OpenAPICodes.describe(code))): \(message)"
        case .rateLimited(let after): "rate limited by the marketplace" + (after.map { " (retry after \(Int($0)) s)" } ?? "")
        case .server(let status, let code, let message, _):
            "marketplace server error \(status)" + (code.map { " " + OpenAPICodes.describe($0) } ?? "")
                + (message.isEmpty ? "" : ": \(message)")
        case .rejected(let status, let code, let message):
            "request refused (\(status) \(OpenAPICodes.describe(code)))" + (message.isEmpty ? "" : ": \(message)")
        case .redirected(let status, let location):
            "the marketplace redirected the request (\(status)) to \(location.isEmpty ? "nowhere" : location); "
                + "redirects are not followed: check the base URL"
        case .transport(let reason): "network error: \(reason)"
        case .decoding(let path, let reason): "unreadable response at \(path): \(reason)"
        case .invalidBaseURL(let reason): "invalid base URL: \(reason)"
        case .cancelled: "request cancelled"
        }
    }

    /// Whether the marketplace refused the keys or the signature (the CLI exits with its own code for it).
    public var isAuthentication: Bool {
        if case .authentication = self { return true }
        return false
    }

    /// Whether another attempt of the same request may succeed.
    public var isRetryable: Bool {
        switch self {
        case .rateLimited, .server, .transport: true
        case .rejected(let status, _, _): status == 408
        case .decoding(let path, _): path == "$"
        case .authentication, .redirected, .invalidBaseURL, .cancelled: false
        }
    }

    /// Seconds to wait at least before another attempt: the server's Retry-After, and 1 s for a 429 or 503
    /// that gave none (the gateway is shedding load).
    public var retryAfter: Double? {
        switch self {
        case .rateLimited(let after): after ?? 1
        case .server(let status, _, _, let after): status == 503 ? after ?? 1 : after
        default: nil
        }
    }
}
