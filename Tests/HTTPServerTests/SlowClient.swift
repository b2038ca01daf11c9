import Glibc
import Foundation
import TestSupport

/// A client that sends a request as slowly as an attacker would, a byte at a time, and watches for the
/// server's answer between bytes (a bounded `poll`, not a sleep: the answer ends the wait at once).
struct SlowClient {
    let client: RawClient

    /// Sends `bytes` one at a time, `interval` apart, until they run out or the server answers or closes;
    /// returns how many were sent. Ends after `limit` in any case.
    @discardableResult
    func trickle(_ bytes: [UInt8], every interval: TimeInterval, limit: TimeInterval) throws -> Int {
        let end = Date().addingTimeInterval(limit)
        var sent = 0
        while sent < bytes.count && Date() < end {
            if serverSpoke(within: interval) { return sent }
            try client.send([bytes[sent]])
            sent += 1
        }
        return sent
    }

    /// Whether the server sent something or closed within `seconds`.
    func serverSpoke(within seconds: TimeInterval) -> Bool {
        var entry = pollfd(fd: client.descriptor, events: Int16(POLLIN), revents: 0)
        return poll(&entry, 1, Int32(max(0, seconds * 1000))) > 0
    }

    /// Whether the server has neither answered nor closed yet: the connection is still open and waiting.
    var isStillWaiting: Bool { !serverSpoke(within: 0) }
}

/// Raises this process's soft descriptor limit (up to the hard one) so tests can hold hundreds of sockets.
func raiseDescriptorLimit(to wanted: rlim_t) -> rlim_t {
    var limit = rlimit()
    guard getrlimit(Int32(RLIMIT_NOFILE.rawValue), &limit) == 0 else { return 0 }
    if limit.rlim_cur < wanted {
        limit.rlim_cur = min(wanted, limit.rlim_max)
        _ = setrlimit(Int32(RLIMIT_NOFILE.rawValue), &limit)
        _ = getrlimit(Int32(RLIMIT_NOFILE.rawValue), &limit)
    }
    return limit.rlim_cur
}
