#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// A one-shot broadcast that every server thread can include in its `poll`: a pipe whose write end is closed
/// when the server stops, which makes the read end readable (EOF) for all waiters at once. This wakes the
/// accept loop, idle keep-alive connections and stalled faults without polling a flag.
///
/// Connection threads keep a reference, so the read end stays open (and its descriptor number is not reused)
/// until the last thread that might poll it has finished.
final class StopSignal: @unchecked Sendable {
    /// The descriptor to poll for `POLLIN`; it becomes readable once `trigger()` has run.
    let readDescriptor: Int32
    private var writeDescriptor: Int32
    private let lock = NSLock()

    init() throws {
        var ends: [Int32] = [-1, -1]
        guard pipe(&ends) == 0 else { throw HTTPServerError.system("pipe", errno) }
        for end in ends { _ = fcntl(end, F_SETFD, FD_CLOEXEC) }
        readDescriptor = ends[0]
        writeDescriptor = ends[1]
    }

    deinit {
        if writeDescriptor >= 0 { close(writeDescriptor) }
        close(readDescriptor)
    }

    /// Wakes every waiter, now and later. Idempotent.
    func trigger() {
        lock.lock()
        defer { lock.unlock() }
        if writeDescriptor >= 0 {
            close(writeDescriptor)
            writeDescriptor = -1
        }
    }

    var isTriggered: Bool {
        lock.lock()
        defer { lock.unlock() }
        return writeDescriptor < 0
    }

    /// Sleeps until the deadline or until the signal fires, whichever is first. Returns true if it fired.
    @discardableResult
    func wait(until deadline: MonotonicDeadline) -> Bool {
        var entry = pollfd(fd: readDescriptor, events: Int16(POLLIN), revents: 0)
        while true {
            let timeout = deadline.pollTimeout
            let ready = poll(&entry, 1, timeout)
            if ready > 0 { return true }
            if ready == 0 { if deadline.hasPassed { return false } else { continue } }
            if errno != EINTR { return isTriggered }
        }
    }
}
