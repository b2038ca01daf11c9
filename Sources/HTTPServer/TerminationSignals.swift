#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// The write end of the pipe the signal handler writes to: a C signal handler cannot capture context.
nonisolated(unsafe) private var signalPipeWriter: Int32 = -1

/// Turns SIGINT/SIGTERM into an orderly shutdown for `koosim`: a `sigaction` handler writes the signal's number
/// to a pipe (all a handler may safely do) and a thread of its own reads it, so the main thread can block in
/// `wait()`, stop the server gracefully, and exit normally. The handler is in place when `init` returns, so a
/// signal sent the moment `koosim` prints its URL is never lost (a dispatch signal source registers later, on
/// the dispatch manager's thread, and a signal in between was dropped). A second signal during shutdown exits at
/// once (status 128 + signal), for when the operator does not want to wait.
public final class TerminationSignals: @unchecked Sendable {
    private let condition = NSCondition()
    private var received: Int32?

    /// Starts watching `signals` (SIGINT and SIGTERM by default) from now on. One instance per process.
    public init(_ signals: [Int32] = [SIGINT, SIGTERM], exitOnSecondSignal: Bool = true) {
        var ends: [Int32] = [-1, -1]
        guard pipe(&ends) == 0 else {
            // No pipe: the signals keep their default action, which still ends the process.
            return
        }
        _ = fcntl(ends[0], F_SETFD, FD_CLOEXEC)
        _ = fcntl(ends[1], F_SETFD, FD_CLOEXEC)
        signalPipeWriter = ends[1]
        for number in signals {
            var action = sigaction()
            action.__sigaction_handler.sa_handler = { number in
                var byte = UInt8(truncatingIfNeeded: number)
                _ = write(signalPipeWriter, &byte, 1)
            }
            sigemptyset(&action.sa_mask)
            action.sa_flags = SA_RESTART
            sigaction(number, &action, nil)
        }
        let reader = ends[0]
        let thread = Thread { [self] in
            var byte: UInt8 = 0
            while true {
                let got = read(reader, &byte, 1)
                if got == 1 {
                    deliver(Int32(byte), exitOnSecond: exitOnSecondSignal)
                } else if got < 0 && errno == EINTR {
                    continue
                } else {
                    return
                }
            }
        }
        thread.name = "termination-signals"
        thread.start()
    }

    /// Blocks until one of the signals arrives and returns its number.
    public func wait() -> Int32 {
        condition.lock()
        defer { condition.unlock() }
        while received == nil { condition.wait() }
        return received ?? 0
    }

    /// The signal received so far, if any, without blocking.
    public var receivedSignal: Int32? {
        condition.lock()
        defer { condition.unlock() }
        return received
    }

    private func deliver(_ number: Int32, exitOnSecond: Bool) {
        condition.lock()
        defer { condition.unlock() }
        if received == nil {
            received = number
            condition.broadcast()
        } else if exitOnSecond {
            _exit(128 + number)
        }
    }
}

extension HTTPServer {
    /// For `koosim`'s main: blocks until SIGINT or SIGTERM, runs `beforeStop` (stop the world's clock, say
    /// goodbye), stops the server gracefully and returns the signal, after which main simply returns.
    @discardableResult
    public func runUntilTerminated(signals: [Int32] = [SIGINT, SIGTERM],
                                   beforeStop: () -> Void = {}) -> Int32 {
        let trap = TerminationSignals(signals)
        let number = trap.wait()
        beforeStop()
        stop()
        return number
    }
}
