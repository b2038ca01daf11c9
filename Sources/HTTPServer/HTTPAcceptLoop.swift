#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// The server's polling thread. It accepts connections and keeps every connection that is waiting for a
/// request head (new, idle keep-alive, part-way through a head, or lingering after an error answer) in one
/// `poll`, reading what arrives without ever blocking on a client. Only a connection whose head is complete
/// gets a request thread, so slow or silent clients cost a descriptor and a small buffer, never a thread or
/// a request slot, and cannot make a well-behaved request wait.
///
/// Bounds: a head must be complete by its deadline (408 otherwise), at most `maxWaitingConnections` wait at
/// once (a new one sheds the oldest slow one), and every `poll` ends by the earliest deadline. When the
/// server stops, the listener is closed at once, connections with nothing in flight are closed, heads still
/// arriving are answered 503, and the loop ends when nothing waits any more.
final class HTTPAcceptLoop {
    private let listener: Int32
    private let context: HTTPServerContext
    private var configuration: HTTPServerConfiguration { context.configuration }
    private var waiting: [Int: HTTPConnection] = [:]
    private var listening = true
    private var stopping = false
    /// After `accept` failed for lack of descriptors, it is retried from this time on rather than at once.
    private var acceptPausedUntil: MonotonicDeadline?

    init(listener: Int32, context: HTTPServerContext) {
        self.listener = listener
        self.context = context
    }

    func run() {
        defer { closeListener() }
        while true {
            if !stopping && context.stop.isTriggered { beginStopping() }
            for connection in context.inbox.takeAll() { adopt(connection) }
            expireDeadlines()
            if stopping && waiting.isEmpty && context.inbox.closeIfEmpty() { return }
            waitForEvents()
        }
    }

    /// One `poll` over the inbox, the listener, the stop signal and every waiting connection, bounded by the
    /// earliest deadline; then handles what became ready.
    private func waitForEvents() {
        if let paused = acceptPausedUntil, paused.hasPassed { acceptPausedUntil = nil }
        let acceptNow = listening && acceptPausedUntil == nil
        var entries = [pollfd(fd: context.inbox.wakeDescriptor, events: Int16(POLLIN), revents: 0)]
        if !stopping { entries.append(pollfd(fd: context.stop.readDescriptor, events: Int16(POLLIN), revents: 0)) }
        if acceptNow { entries.append(pollfd(fd: listener, events: Int16(POLLIN), revents: 0)) }
        let polled = Array(waiting.values)
        let firstConnection = entries.count
        for connection in polled {
            entries.append(pollfd(fd: connection.socket.descriptor, events: Int16(POLLIN), revents: 0))
        }
        var deadline = polled.map(\.wait.deadline).min() ?? .never
        if let paused = acceptPausedUntil { deadline = min(deadline, paused) }
        let ready = poll(&entries, nfds_t(entries.count), deadline.pollTimeout)
        if ready < 0 {
            guard errno != EINTR else { return }
            configuration.log?(.failure("poll failed (errno \(errno))"))
            // Not expected; wait a moment (bounded, and cut short by a stop) rather than spin.
            context.stop.wait(until: .after(0.05))
            return
        }
        guard ready > 0 else { return }
        for (offset, connection) in polled.enumerated() where entries[firstConnection + offset].revents != 0 {
            handleReadable(connection)
        }
        // Accepting may shed a connection, so it comes after every polled one was handled: a shed descriptor
        // number may be reused by the very next accept.
        if acceptNow && entries[firstConnection - 1].revents != 0 { acceptPending() }
    }

    private func handleReadable(_ connection: HTTPConnection) {
        switch connection.receiveWhileWaiting() {
        case .waiting:
            return
        case .finished:
            waiting[connection.id] = nil
            connection.close()
        case .ready:
            waiting[connection.id] = nil
            dispatch(connection)
        }
    }

    /// A complete head gets a request thread, or 503 when `maxActiveRequests` are being served.
    private func dispatch(_ connection: HTTPConnection) {
        guard context.registry.beginServing(limit: configuration.maxActiveRequests) else {
            connection.answerWhileWaiting(HTTPRequestError(503, "too many requests in progress"), retryAfter: 1,
                                          overCapacity: true)
            waiting[connection.id] = connection
            return
        }
        let thread = Thread { connection.serve() }
        thread.name = "http-request"
        thread.start()
    }

    /// A connection handed back by a request thread: its next head has not fully arrived.
    private func adopt(_ connection: HTTPConnection) {
        if stopping && connection.wait.phase != .lingering {
            connection.close()
            return
        }
        waiting[connection.id] = connection
        // Bytes may already wait in the kernel; a head may even be complete in the buffer after lingering.
        handleReadable(connection)
    }

    private func expireDeadlines() {
        for connection in waiting.values where connection.wait.deadline.hasPassed {
            if !connection.expireWait() {
                waiting[connection.id] = nil
                connection.close()
            }
        }
    }

    /// Accepts every connection that is ready, so a burst does not cost one poll each.
    private func acceptPending() {
        while let accepted = SocketCalls.acceptConnection(listener) {
            if waiting.count >= max(configuration.maxWaitingConnections, 1) { shedOldest() }
            let id = context.registry.admit(accepted.descriptor)
            waiting[id] = HTTPConnection(id: id, descriptor: accepted.descriptor, remoteAddress: accepted.remote,
                                         context: context)
        }
        switch errno {
        case EAGAIN, EWOULDBLOCK, EINTR, ECONNABORTED:
            return
        default:
            // Out of descriptors and the like: free one by shedding the oldest slow connection, report, and
            // retry accepting shortly rather than spinning on a listener that stays readable.
            shedOldest()
            configuration.log?(.failure("accept failed (errno \(errno))"))
            acceptPausedUntil = .after(0.05)
        }
    }

    /// Closes the connection that is first in line to go (see `ConnectionWaitState.shedOrder`).
    private func shedOldest() {
        guard let victim = waiting.values.min(by: { $0.wait.shedOrder < $1.wait.shedOrder }) else { return }
        waiting[victim.id] = nil
        if victim.wait.phase != .lingering { configuration.log?(.shed(remoteAddress: victim.remoteAddress)) }
        victim.close()
    }

    /// Stops accepting, closes every connection with nothing in flight, and answers heads still arriving
    /// 503 (a slow client must not hold the stop up to its head deadline); those linger a moment at most.
    private func beginStopping() {
        stopping = true
        closeListener()
        for connection in waiting.values {
            switch connection.wait.phase {
            case .fresh, .idle:
                waiting[connection.id] = nil
                connection.close()
            case .partial:
                connection.answerWhileWaiting(HTTPRequestError(503, "the server is stopping"))
            case .lingering:
                break
            }
        }
    }

    private func closeListener() {
        guard listening else { return }
        listening = false
        SocketCalls.closeDescriptor(listener)
    }
}
