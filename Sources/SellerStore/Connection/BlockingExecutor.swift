import Dispatch

/// A serial executor on a dispatch queue of its own, for work that blocks: SQLite calls, file reads, hashing.
///
/// Swift's cooperative pool has one thread per core (two on the machines this runs on); a job that blocks one of
/// them starves every other task. Work that blocks runs here instead, on a GCD thread outside the pool, and
/// async code awaits it. An actor whose `unownedExecutor` is one of these runs all its methods here, in order
/// (`StoreConnection`); plain closures go through `run`.
public final class BlockingExecutor: SerialExecutor, Sendable {
    private let queue: DispatchQueue

    /// `label` names the queue's thread in debuggers and crash reports.
    public init(label: String) {
        queue = DispatchQueue(label: label, qos: .userInitiated)
    }

    public func enqueue(_ job: consuming ExecutorJob) {
        let job = UnownedJob(job)
        let executor = asUnownedSerialExecutor()
        queue.async { job.runSynchronously(on: executor) }
    }

    /// Runs `body` on this executor's queue, after the work queued before it, and returns its result.
    ///
    /// Cancellation does not interrupt `body` (blocking code cannot be interrupted); callers keep such bodies
    /// short and check for cancellation between them.
    public func run<T: Sendable, Failure: Error>(_ body: @escaping @Sendable () throws(Failure) -> T)
        async throws(Failure) -> T {
        let result: Result<T, Failure> = await withCheckedContinuation { continuation in
            queue.async {
                do throws(Failure) {
                    continuation.resume(returning: .success(try body()))
                } catch {
                    continuation.resume(returning: .failure(error))
                }
            }
        }
        return try result.get()
    }
}
