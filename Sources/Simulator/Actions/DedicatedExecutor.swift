import Dispatch

/// A task executor on a serial dispatch queue of its own. A connection thread that blocks on an async call (the
/// simulator's 重新启动 waits for its production call) must not need a thread of Swift's cooperative pool to make
/// progress: when long synchronous work holds the pool's threads (two on a two-core machine), the call would not
/// even start, and the blocked connection would time out. Tasks that prefer this executor run, and resume after
/// each `await`, here.
final class DedicatedExecutor: TaskExecutor, @unchecked Sendable {
    private let queue: DispatchQueue

    init(label: String) {
        queue = DispatchQueue(label: label)
    }

    func enqueue(_ job: consuming ExecutorJob) {
        let job = UnownedJob(job)
        let executor = asUnownedTaskExecutor()
        queue.async { job.runSynchronously(on: executor) }
    }
}
