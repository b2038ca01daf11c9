#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// Turns SIGINT/SIGTERM into an orderly shutdown for `koosim`: the signals are ignored at the process level
/// and observed with DispatchSourceSignal instead, so the main thread can block in `wait()`, stop the server
/// gracefully, and exit normally. A second signal during shutdown exits at once (status 128 + signal), for
/// when the operator does not want to wait.
public final class TerminationSignals: @unchecked Sendable {
    private let condition = NSCondition()
    private var received: Int32?
    private var sources: [DispatchSourceSignal] = []
    /// A serial queue of its own: it runs on libdispatch's overcommit threads, so the handler still runs when
    /// every thread of the global concurrent pool (Swift concurrency's, on Linux) is busy or blocked.
    private let queue = DispatchQueue(label: "koosim.termination-signals")

    /// Starts watching `signals` (SIGINT and SIGTERM by default) from now on.
    public init(_ signals: [Int32] = [SIGINT, SIGTERM], exitOnSecondSignal: Bool = true) {
        for number in signals {
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: queue)
            source.setEventHandler { [weak self] in self?.deliver(number, exitOnSecond: exitOnSecondSignal) }
            source.resume()
            sources.append(source)
        }
    }

    deinit {
        for source in sources { source.cancel() }
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
