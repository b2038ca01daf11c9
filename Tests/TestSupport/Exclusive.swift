import Synchronization
import Testing

/// Tests that time real networks, processes or terminals run one at a time, while the rest of the suite runs in
/// parallel beside them: two of them side by side on two cores starve each other's deadlines.
///
/// `Exclusive.run` is a process-wide lock that such a test holds for its whole body; the `.exclusive` trait takes
/// it around a test, or around a whole suite (give such a suite `.serialized` too: then the holder, which may
/// block a thread while it waits on a child process, takes at most one of the cooperative pool's two threads,
/// and the quick tests keep the other). Waiters are served in arrival order and wait without a thread. It is reentrant within a task
/// (a suite that holds it may run tests that ask for it again), so it cannot deadlock on itself, and every holder
/// is bounded by its own deadlines, so every wait for it is bounded too.
public enum Exclusive {
    @TaskLocal static var held = false
    private static let gate = ExclusiveGate()

    public static func run<T>(_ body: () async throws -> T) async rethrows -> T {
        if held { return try await body() }
        await gate.acquire()
        defer { gate.release() }
        return try await $held.withValue(true) { try await body() }
    }
}

/// A FIFO lock for async code: a waiter parks on a continuation instead of blocking a thread.
final class ExclusiveGate: Sendable {
    private struct State {
        var held = false
        var waiters: [CheckedContinuation<Void, Never>] = []
    }

    private let state = Mutex(State())

    func acquire() async {
        await withCheckedContinuation { (waiter: CheckedContinuation<Void, Never>) in
            let free = state.withLock { state in
                if state.held {
                    state.waiters.append(waiter)
                    return false
                }
                state.held = true
                return true
            }
            if free { waiter.resume() }
        }
    }

    /// Hands the lock to the longest waiter, or frees it.
    func release() {
        let next = state.withLock { state -> CheckedContinuation<Void, Never>? in
            guard !state.waiters.isEmpty else {
                state.held = false
                return nil
            }
            return state.waiters.removeFirst()
        }
        next?.resume()
    }
}

/// `@Test(.exclusive)` or `@Suite(.exclusive)`: the test (or the whole suite) runs holding `Exclusive`.
public struct ExclusiveTrait: TestTrait, SuiteTrait, TestScoping {
    public var isRecursive: Bool { false }

    public func provideScope(for test: Test, testCase: Test.Case?,
                             performing function: @Sendable () async throws -> Void) async throws {
        try await Exclusive.run(function)
    }
}

extension Trait where Self == ExclusiveTrait {
    /// Runs the test, or the whole suite, alone among the tests that take it (`Exclusive`).
    public static var exclusive: Self { ExclusiveTrait() }
}
