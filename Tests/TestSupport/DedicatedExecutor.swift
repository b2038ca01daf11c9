import Foundation

/// A task executor with a thread of its own, for tests that time what the code under test does: their tasks
/// run here instead of on the cooperative pool, which a parallel test run can keep busy for a minute (two
/// threads on this machine, each held by a synchronous test), so a timed request neither starts late nor resumes
/// late for reasons that are not its own.
public final class DedicatedExecutor: TaskExecutor, @unchecked Sendable {
    public static let shared = DedicatedExecutor()

    /// Not a pool queue: its thread is not one of the cooperative pool's, and busy pool threads do not hold it.
    private let queue = DispatchQueue(label: "test.dedicated-executor")

    public func enqueue(_ job: consuming ExecutorJob) {
        let job = UnownedJob(job)
        let executor = asUnownedTaskExecutor()
        queue.async { job.runSynchronously(on: executor) }
    }
}

/// Runs `body` with its tasks on `DedicatedExecutor.shared`; child tasks it starts with `Task(executorPreference:)`
/// may share it.
public func onDedicatedExecutor<Value: Sendable>(
    _ body: @Sendable () async throws -> Value
) async rethrows -> Value {
    try await withTaskExecutorPreference(DedicatedExecutor.shared) { try await body() }
}
