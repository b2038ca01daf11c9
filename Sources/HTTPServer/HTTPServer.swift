import Foundation

/// An HTTP/1.1 server on POSIX sockets, on 127.0.0.1 unless configured otherwise: keep-alive and pipelining, Content-Length and chunked
/// bodies with large ones spooled to disk, strict parsing with clean 4xx answers, deadlines for every part of
/// a request, and transport faults on request of the handler (for the simulator's `--faults`).
///
/// Threads: one polling thread accepts connections and holds all of them while they wait for a request head;
/// a request whose head is complete is served on a thread of its own (at most `maxActiveRequests`). So slow
/// or idle clients cost no thread and cannot starve well-behaved ones.
///
/// ```swift
/// var configuration = HTTPServerConfiguration()
/// configuration.spoolDirectory = uploads
/// let server = HTTPServer(configuration: configuration) { request in
///     request.path == "/ping" ? .response(.text("pong")) : .status(404)
/// }
/// let port = try server.start()
/// // … later, or from `runUntilTerminated()`:
/// server.stop()
/// ```
public final class HTTPServer: @unchecked Sendable {
    private enum State {
        case idle
        case running(StopSignal, acceptFinished: DispatchSemaphore)
        case stopping
        case stopped
    }

    public let configuration: HTTPServerConfiguration
    private let handler: HTTPHandler
    private let registry = ConnectionRegistry()
    private let condition = NSCondition()
    private var state = State.idle
    private var bound: (host: String, port: UInt16)?

    public init(configuration: HTTPServerConfiguration = HTTPServerConfiguration(),
                handler: @escaping HTTPHandler) {
        self.configuration = configuration
        self.handler = handler
    }

    deinit { stop() }

    /// Binds `bindAddress` (the configured port, or a free one for 0), starts accepting, and returns the port.
    /// A server starts once; after `stop()` make a new one.
    @discardableResult
    public func start() throws -> UInt16 {
        condition.lock()
        defer { condition.unlock() }
        guard case .idle = state else { throw HTTPServerError.notStartable }
        let stop = try StopSignal()
        let inbox = try ConnectionInbox()
        guard let address = SocketCalls.ipv4Address(configuration.bindAddress) else {
            throw HTTPServerError.invalidBindAddress(configuration.bindAddress)
        }
        let listener = try SocketCalls.listenOn(address: address, port: configuration.port, backlog: 128)
        bound = SocketCalls.localAddress(of: listener.descriptor) ?? (configuration.bindAddress, listener.port)
        let acceptFinished = DispatchSemaphore(value: 0)
        let context = HTTPServerContext(configuration: configuration, handler: handler, stop: stop,
                                        registry: registry, inbox: inbox)
        let thread = Thread {
            HTTPAcceptLoop(listener: listener.descriptor, context: context).run()
            acceptFinished.signal()
        }
        thread.name = "http-poll"
        thread.start()
        state = .running(stop, acceptFinished: acceptFinished)
        return listener.port
    }

    /// The bound port once started (kept after stop, for messages).
    public var port: UInt16? {
        condition.lock()
        defer { condition.unlock() }
        return bound?.port
    }

    /// The bound address as "host:port", read back from the socket with getsockname (127.0.0.1 by default).
    public var localAddress: String? {
        condition.lock()
        defer { condition.unlock() }
        return bound.map { "\($0.host):\($0.port)" }
    }

    /// Connections currently open (idle keep-alive ones included).
    public var connectionCount: Int { registry.count }

    /// Whether the server is accepting connections.
    public var isRunning: Bool {
        condition.lock()
        defer { condition.unlock() }
        if case .running = state { return true }
        return false
    }

    /// Stops gracefully and returns when done: stops accepting, closes idle keep-alive connections, answers
    /// heads still arriving 503, lets requests in flight finish (answering with `Connection: close`) for up to
    /// `shutdownGracePeriod`, then shuts down whatever sockets remain and waits briefly for their threads.
    /// Safe to call more than once and from several threads; later callers wait for the first to finish.
    public func stop() {
        condition.lock()
        let stop: StopSignal
        let acceptFinished: DispatchSemaphore
        switch state {
        case .idle, .stopped:
            state = .stopped
            condition.unlock()
            return
        case .stopping:
            while case .stopping = state { condition.wait() }
            condition.unlock()
            return
        case let .running(signal, finished):
            stop = signal
            acceptFinished = finished
            state = .stopping
            condition.unlock()
        }
        stop.trigger()
        let grace = MonotonicDeadline.after(configuration.shutdownGracePeriod)
        if !registry.waitUntilEmpty(until: grace) {
            registry.shutdownAll()
            _ = registry.waitUntilEmpty(until: .after(2))
        }
        // With no connection left the polling thread ends within one poll; bounded all the same.
        _ = acceptFinished.wait(timeout: .now() + 2)
        condition.lock()
        state = .stopped
        condition.broadcast()
        condition.unlock()
    }
}
