/// Why a request to the marketplace failed, in terms a seller can act on. Messages never contain secrets.
public enum ClientError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The gateway rejected the signature or the key (401/403); retrying cannot help.
    case authentication(code: String, message: String)
    /// Still rate limited after the retries; `retryAfter` is the server's last advice in seconds.
    case rateLimited(retryAfter: Double?)
    /// A 5xx that persisted through the retries.
    case server(status: Int, code: String?, message: String)
    /// A 4xx other than auth: the request itself is wrong or the target does not exist / is in the wrong state.
    case rejected(status: Int, code: String, message: String)
    /// No usable HTTP exchange: connection refused or reset, timeout, TLS failure, truncated body.
    case transport(String)
    /// The response could not be read; `path` names the bad field.
    case decoding(path: String, reason: String)

    public var description: String {
        switch self {
        case .authentication(let code, let message): "signature rejected by the marketplace (\(code)): \(message)"
        case .rateLimited(let after): "rate limited by the marketplace" + (after.map { " (retry after \(Int($0)) s)" } ?? "")
        case .server(let status, let code, let message):
            "marketplace server error \(status)" + (code.map { " \($0)" } ?? "") + (message.isEmpty ? "" : ": \(message)")
        case .rejected(let status, let code, let message): "request refused (\(status) \(code)): \(message)"
        case .transport(let reason): "network error: \(reason)"
        case .decoding(let path, let reason): "unreadable response at \(path): \(reason)"
        }
    }

    /// Whether the marketplace refused the keys or the signature (the CLI exits with its own code for it).
    public var isAuthentication: Bool {
        if case .authentication = self { return true }
        return false
    }

    /// Whether another attempt of the same request may succeed.
    var isRetryable: Bool {
        switch self {
        case .rateLimited, .server, .transport: true
        case .decoding(let path, _): path == "$"
        case .authentication, .rejected: false
        }
    }
}
