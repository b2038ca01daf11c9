#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// Where request threads hand connections back to the polling thread once a request is answered and the
/// next head is not yet complete. A byte on a pipe wakes the poller; the poller closes the inbox when it
/// exits, after which a hand-back is refused and the request thread closes the connection itself.
final class ConnectionInbox: @unchecked Sendable {
    /// The descriptor the poller watches for `POLLIN`.
    let wakeDescriptor: Int32
    private let writeDescriptor: Int32
    private let lock = NSLock()
    private var pending: [HTTPConnection] = []
    private var open = true

    init() throws {
        var ends: [Int32] = [-1, -1]
        guard pipe(&ends) == 0 else { throw HTTPServerError.system("pipe", errno) }
        for end in ends { SocketCalls.prepareDescriptor(end) }
        wakeDescriptor = ends[0]
        writeDescriptor = ends[1]
    }

    deinit {
        close(wakeDescriptor)
        close(writeDescriptor)
    }

    /// Queues a connection for the poller; false once the poller has exited.
    func deliver(_ connection: HTTPConnection) -> Bool {
        lock.lock()
        defer { lock.unlock() }
        guard open else { return false }
        pending.append(connection)
        // A full pipe already means "wake up", so a failed write loses nothing.
        var byte: UInt8 = 1
        _ = write(writeDescriptor, &byte, 1)
        return true
    }

    /// Everything delivered so far; clears the wake-up.
    func takeAll() -> [HTTPConnection] {
        lock.lock()
        defer { lock.unlock() }
        var sink = [UInt8](repeating: 0, count: 256)
        while read(wakeDescriptor, &sink, sink.count) > 0 {}
        let taken = pending
        pending = []
        return taken
    }

    /// Closes the inbox if nothing is waiting in it; true if it is now closed.
    func closeIfEmpty() -> Bool {
        lock.lock()
        defer { lock.unlock() }
        if pending.isEmpty { open = false }
        return !open
    }
}
