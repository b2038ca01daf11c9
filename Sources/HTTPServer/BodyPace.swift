/// The deadlines a request body must keep, so a client trickling bytes cannot hold a request thread: each
/// wait for the next byte ends after `bodyTimeout`, and the body as a whole gets `bodyTimeout` plus one
/// second per `minimumBodyRate` bytes received (the way Apache's mod_reqtimeout counts), so even a steady
/// trickle below the rate runs out of time.
final class BodyPace {
    private let started = MonotonicDeadline.now
    private let timeout: Double
    private let minimumRate: Int
    private(set) var received = 0

    init(timeout: Double, minimumRate: Int) {
        self.timeout = timeout
        self.minimumRate = minimumRate
    }

    /// Counts bytes taken off the socket for the body (framing included).
    func count(_ bytes: Int) { received += bytes }

    /// When the wait for the next bytes must end.
    var nextDeadline: MonotonicDeadline {
        let perWait = MonotonicDeadline.after(timeout)
        guard minimumRate > 0 else { return perWait }
        let allowance = timeout + Double(received) / Double(minimumRate)
        return min(perWait, started.adding(seconds: allowance))
    }
}
