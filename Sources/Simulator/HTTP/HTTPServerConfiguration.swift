import Foundation

/// Limits and hooks for `HTTPServer`. The defaults suit the simulator; tests shrink the timeouts and limits.
/// There is deliberately no bind-address setting: the server listens on 127.0.0.1 only.
public struct HTTPServerConfiguration: Sendable {
    /// The loopback port to listen on; 0 picks a free one (read it back from `start()`).
    public var port: UInt16 = 0
    /// Connections open at once; more are answered 503 and closed, so a flood cannot spawn unbounded threads.
    public var maxConnections = 128
    /// Bytes of request line plus headers; beyond it 414 (request line) or 431 (headers).
    public var maxHeaderBytes = 64 * 1024
    public var maxHeaderCount = 256
    /// Default body limit (413 beyond it) for routes the `bodyLimit` hook says nothing about.
    public var maxBodyBytes = 16 * 1024 * 1024
    /// Per-route body limit, asked with the request head before any body byte is read; nil keeps
    /// `maxBodyBytes`. Deliverable uploads use it to allow up to 1 GB.
    public var bodyLimit: (@Sendable (HTTPRequestHead) -> Int?)?
    /// Bodies larger than this are spooled to a file in `spoolDirectory` instead of memory.
    public var spoolThreshold = 1024 * 1024
    public var spoolDirectory: URL = URL(fileURLWithPath: NSTemporaryDirectory(), isDirectory: true)
    /// The longest wait for progress while a request is being received (the whole head must arrive within
    /// it; each body read must make progress within it). Answered 408.
    public var readTimeout: TimeInterval = 30
    /// How long a keep-alive connection may sit idle between requests before it is closed.
    public var idleTimeout: TimeInterval = 75
    /// The longest wait for a client to accept response bytes.
    public var writeTimeout: TimeInterval = 30
    /// How long `stop()` lets in-flight requests finish before forcing their sockets closed.
    public var shutdownGracePeriod: TimeInterval = 10
    /// The `Server` header added to responses that have none; nil adds none.
    public var serverName: String? = "koosim"
    /// Receives access and error events, on connection threads.
    public var log: (@Sendable (HTTPLogEvent) -> Void)?
    /// Builds the responses the server sends on its own (400, 408, 413, 431, 503, …) from a status and a
    /// short reason; the simulator can make them look like the marketplace's JSON errors.
    public var errorResponse: @Sendable (_ status: Int, _ reason: String) -> HTTPResponse = { status, reason in
        .text("\(status) \(HTTPStatus.reasonPhrase(for: status)): \(reason)\n", status: status)
    }

    public init(port: UInt16 = 0) {
        self.port = port
    }

    /// The body limit for a request: the hook's answer, or `maxBodyBytes`.
    func bodyLimit(for head: HTTPRequestHead) -> Int {
        bodyLimit?(head) ?? maxBodyBytes
    }
}
