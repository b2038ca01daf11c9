import Foundation

/// Limits and hooks for `HTTPServer`. The defaults suit the simulator; tests shrink the timeouts and limits.
public struct HTTPServerConfiguration: Sendable {
    /// The port to listen on; 0 picks a free one (read it back from `start()`).
    public var port: UInt16 = 0
    /// The IPv4 literal to bind. Loopback by default: only the relay, behind a seller's TLS terminator on
    /// another host, has a reason to listen elsewhere, and it must say so (`--listen`). Anything that is not a
    /// dotted-quad literal makes `start()` throw `HTTPServerError.invalidBindAddress`.
    public var bindAddress = "127.0.0.1"
    /// Requests served at once, each on a thread of its own from its complete head to its last response byte.
    /// A complete head beyond it is answered 503 at once, so a flood cannot spawn unbounded threads.
    public var maxActiveRequests = 128
    /// Connections waiting for a request head (new, idle keep-alive, or part-way through a head). They cost
    /// no thread, only a descriptor and a small buffer on the server's one polling thread. A new connection
    /// beyond it sheds the oldest that never completed a request, so slow clients cannot lock good ones out.
    /// Keep it and `maxActiveRequests` together below the process's descriptor limit (`ulimit -n`).
    public var maxWaitingConnections = 512
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
    /// The whole request head must arrive within this, counted from its first byte (from the accept for a
    /// connection's first request), however it is trickled. Answered 408.
    public var headTimeout: TimeInterval = 10
    /// The longest wait for the next body byte. Answered 408.
    public var bodyTimeout: TimeInterval = 10
    /// The slowest body tolerated on average, in bytes per second: a body gets `bodyTimeout` plus one second
    /// per `minimumBodyRate` bytes received, so a trickle cannot hold a request thread for long. 0 turns the
    /// rate check off (each wait is still bounded by `bodyTimeout`). Answered 408.
    public var minimumBodyRate = 1024
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

    /// Whether `text` is an address `bindAddress` accepts (a dotted-quad IPv4 literal), for command lines that
    /// check their options before starting anything.
    public static func isBindableAddress(_ text: String) -> Bool { SocketCalls.ipv4Address(text) != nil }

    /// The body limit for a request: the hook's answer, or `maxBodyBytes`.
    func bodyLimit(for head: HTTPRequestHead) -> Int {
        bodyLimit?(head) ?? maxBodyBytes
    }
}
