#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// The accept thread: waits on the listening socket and the stop signal together, admits each connection
/// into the registry (or answers 503 when the cap is reached) and gives it a thread of its own. Closes the
/// listening socket when the server stops, so no connection is accepted after `stop()` begins.
struct HTTPAcceptLoop {
    let listener: Int32
    let context: HTTPServerContext

    func run() {
        defer { close(listener) }
        var entries = [pollfd(fd: listener, events: Int16(POLLIN), revents: 0),
                       pollfd(fd: context.stop.readDescriptor, events: Int16(POLLIN), revents: 0)]
        while true {
            entries[0].revents = 0
            entries[1].revents = 0
            let ready = poll(&entries, 2, -1)
            if ready < 0 && errno != EINTR {
                context.configuration.log?(.failure("poll on the listening socket failed (errno \(errno))"))
                return
            }
            if entries[1].revents != 0 || context.stop.isTriggered { return }
            guard ready > 0, entries[0].revents != 0 else { continue }
            acceptPending()
        }
    }

    /// Accepts every connection that is ready, so a burst does not cost one poll each.
    private func acceptPending() {
        while let accepted = SocketCalls.acceptConnection(listener) {
            if let id = context.registry.admit(accepted.descriptor, limit: context.configuration.maxConnections) {
                let connection = HTTPConnectionStarter(id: id, descriptor: accepted.descriptor,
                                                       remoteAddress: accepted.remote, context: context)
                let thread = Thread { connection.run() }
                thread.name = "koosim-http-connection"
                thread.start()
            } else {
                refuseOverCapacity(accepted.descriptor, remote: accepted.remote)
            }
        }
        switch errno {
        case EAGAIN, EWOULDBLOCK, EINTR, ECONNABORTED:
            return
        default:
            // Out of descriptors and the like: report, and give the system a moment rather than spinning.
            context.configuration.log?(.failure("accept failed (errno \(errno))"))
            context.stop.wait(until: .after(0.05))
        }
    }

    /// Over the cap: a short 503 without waiting on the client, then close. Done on the accept thread,
    /// which never blocks here because the socket is non-blocking and the response fits its send buffer.
    private func refuseOverCapacity(_ descriptor: Int32, remote: String) {
        var response = context.configuration.errorResponse(503, "too many connections")
        response.headers.set("Retry-After", "1")
        let bytes = response.wireHead(announcedLength: response.body.count, closing: true,
                                      requestVersion: .http11, serverName: context.configuration.serverName)
            + response.body
        _ = bytes.withUnsafeBytes { send(descriptor, $0.baseAddress, $0.count, SocketCalls.sendFlags) }
        _ = shutdown(descriptor, Int32(SHUT_WR))
        close(descriptor)
        context.configuration.log?(.overCapacity(remoteAddress: remote))
    }
}

/// The Sendable parts of a new connection, carried into its thread, where the non-Sendable connection
/// object is built and run.
private struct HTTPConnectionStarter: Sendable {
    let id: Int
    let descriptor: Int32
    let remoteAddress: String
    let context: HTTPServerContext

    func run() {
        HTTPConnection(id: id, descriptor: descriptor, remoteAddress: remoteAddress, context: context).run()
    }
}
