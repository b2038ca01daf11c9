import Foundation

/// The server's list of open connections and their sockets, and the count of requests being served: it
/// enforces `maxActiveRequests`, lets `stop()` wait for every connection to end, and lets it force-shutdown
/// the sockets of those that overstay the grace period. A descriptor is forgotten (`release`) before it is
/// closed, so a forced shutdown can never hit a descriptor number the kernel has already reused.
final class ConnectionRegistry: @unchecked Sendable {
    private let condition = NSCondition()
    private var descriptors: [Int: Int32] = [:]
    private var nextID = 0
    private var serving = 0

    /// Records a new connection and returns its id.
    func admit(_ descriptor: Int32) -> Int {
        condition.lock()
        defer { condition.unlock() }
        nextID += 1
        descriptors[nextID] = descriptor
        return nextID
    }

    /// Claims one of `limit` request slots; false when all are taken.
    func beginServing(limit: Int) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        guard serving < limit else { return false }
        serving += 1
        return true
    }

    func endServing() {
        condition.lock()
        defer { condition.unlock() }
        serving = max(0, serving - 1)
    }

    /// The descriptor is about to be closed.
    func release(_ id: Int) {
        condition.lock()
        defer { condition.unlock() }
        if descriptors[id] != nil { descriptors[id] = -1 }
    }

    /// The connection is closed and nothing will touch it again.
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

    /// Waits until every connection has ended or the deadline passes; true if they all ended.
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

    /// Shuts down every still-open socket, which wakes whoever waits on it (a request thread or the polling
    /// thread), who then closes it.
    func shutdownAll() {
        condition.lock()
        defer { condition.unlock() }
        for descriptor in descriptors.values where descriptor >= 0 {
            SocketCalls.shutdownBoth(descriptor)
        }
    }
}
