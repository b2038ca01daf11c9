import Foundation
import Synchronization
import Testing

/// Tests that time real networks, processes or terminals run one at a time, while the rest of the suite runs in
/// parallel beside them: two of them side by side on two cores starve each other's deadlines.
///
/// `Exclusive.run` is a process-wide lock that such a test holds for its whole body; the `.exclusive` trait takes
/// it around a test, or around a whole suite (give such a suite `.serialized` too: then the holder, which may
/// block a thread while it waits on a child process, takes at most one of the cooperative pool's two threads,
/// and the quick tests keep the other). Waiters are served in arrival order and wait without a thread. It is
/// reentrant within a task (a suite that holds it may run tests that ask for it again), so it cannot deadlock on
/// itself, and every holder is bounded by its own deadlines, so every wait for it is bounded too.
///
/// The holder runs on threads of its own (`TestThreads`, a task executor preference), not on the cooperative
/// pool: quick tests that compute for seconds on both pool threads would otherwise delay the moment a timed
/// test resumes after its answer, and the test would measure the pool, not the code.
public enum Exclusive {
    @TaskLocal static var held = false
    private static let gate = ExclusiveGate()
    private static let threads = TestThreads(count: 4)

    /// The holders' threads, for a task a holder starts on its own (`Task(executorPreference:)`): an unstructured
    /// task does not inherit the preference, so it would run on the cooperative pool, which a parallel run once
    /// held for 78 s while a timed request waited to start.
    public static var executor: any TaskExecutor { threads }

    public static func run<T>(_ body: () async throws -> T) async rethrows -> T {
        if held { return try await body() }
        await gate.acquire()
        defer { gate.release() }
        return try await withTaskExecutorPreference(threads) {
            try await $held.withValue(true) { try await body() }
        }
    }
}

/// A task executor on a few threads of its own. Several, so a test that blocks one (waiting on a child process)
/// leaves the others to the tasks it started.
final class TestThreads: TaskExecutor, @unchecked Sendable {
    private let condition = NSCondition()
    private var jobs: [UnownedJob] = []

    init(count: Int) {
        for index in 0..<count {
            let thread = Thread { [self] in work() }
            thread.name = "exclusive-test-\(index)"
            thread.start()
        }
    }

    func enqueue(_ job: consuming ExecutorJob) {
        let job = UnownedJob(job)
        condition.lock()
        jobs.append(job)
        condition.signal()
        condition.unlock()
    }

    private func work() {
        while true {
            condition.lock()
            while jobs.isEmpty { condition.wait() }
            let job = jobs.removeFirst()
            condition.unlock()
            job.runSynchronously(on: asUnownedTaskExecutor())
        }
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
