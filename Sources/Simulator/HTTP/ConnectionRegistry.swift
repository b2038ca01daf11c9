import Foundation

/// The server's list of live connection threads and their sockets: it enforces the connection cap, lets
/// `stop()` wait for threads to finish, and lets it force-shutdown the sockets of threads that overstay the
/// grace period. A descriptor is forgotten (`release`) before its thread closes it, so a forced shutdown can
/// never hit a descriptor number the kernel has already reused.
final class ConnectionRegistry: @unchecked Sendable {
    private let condition = NSCondition()
    private var descriptors: [Int: Int32] = [:]
    private var nextID = 0

    /// Admits a connection, or returns nil when `limit` are already open.
    func admit(_ descriptor: Int32, limit: Int) -> Int? {
        condition.lock()
        defer { condition.unlock() }
        guard descriptors.count < limit else { return nil }
        nextID += 1
        descriptors[nextID] = descriptor
        return nextID
    }

    /// The descriptor is about to be closed by its thread.
    func release(_ id: Int) {
        condition.lock()
        defer { condition.unlock() }
        if descriptors[id] != nil { descriptors[id] = -1 }
    }

    /// The connection's thread is done.
    func finish(_ id: Int) {
        condition.lock()
        defer { condition.unlock() }
        descriptors[id] = nil
        condition.broadcast()
    }

    var count: Int {
        condition.lock()
        defer { condition.unlock() }
        return descriptors.count
    }

    /// Waits until every connection thread has finished or the deadline passes; true if they all finished.
    func waitUntilEmpty(until deadline: MonotonicDeadline) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        while !descriptors.isEmpty {
            if deadline.hasPassed { return false }
            let seconds = Double(max(deadline.pollTimeout, 1)) / 1000
            _ = condition.wait(until: Date().addingTimeInterval(min(seconds, 0.25)))
        }
        return true
    }

    /// Shuts down every still-open socket, which wakes any thread blocked reading or writing it.
    func shutdownAll() {
        condition.lock()
        defer { condition.unlock() }
        for descriptor in descriptors.values where descriptor >= 0 {
            SocketCalls.shutdownBoth(descriptor)
        }
    }
}
