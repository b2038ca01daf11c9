import Dispatch
import Foundation
import Synchronization

/// Waits on a blocking thread (an HTTP server's connection thread, the console's store worker) for an async
/// client call, bounded in time. The call runs as a task that prefers `BlockingBridge.executor`, a dispatch queue
/// of its own rather than Swift's cooperative pool: when long synchronous work holds the pool's threads (two on a
/// two-core machine), a task there would not even start, and the thread waiting for it would give up although
/// nothing was wrong with the network.
public enum BlockingBridge {
    /// Runs the tasks the bridge starts, and their continuations after every `await`.
    public static let executor = DispatchTaskExecutor(label: "seller-console blocking bridge")

    /// `operation`'s value, or nil when it has not finished within `seconds` (the task is then cancelled).
    public static func wait<Value: Sendable>(seconds: TimeInterval,
                                             _ operation: @escaping @Sendable () async -> Value) -> Value? {
        let slot = Slot<Value>()
        let task = Task(executorPreference: executor) {
            slot.deliver(await operation())
        }
        if let value = slot.wait(seconds: seconds) { return value }
        task.cancel()
        return nil
    }

    /// One value, handed from the task to the waiting thread.
    private final class Slot<Value: Sendable>: Sendable {
        private let value = Mutex<Value?>(nil)
        private let ready = DispatchSemaphore(value: 0)

        func deliver(_ newValue: Value) {
            value.withLock { $0 = newValue }
            ready.signal()
        }

        func wait(seconds: TimeInterval) -> Value? {
            guard ready.wait(timeout: .now() + seconds) == .success else { return nil }
            return value.withLock { $0 }
        }
    }
}

/// A task executor over a concurrent dispatch queue: each task's jobs still run one at a time (a task never has
/// two jobs queued), while tasks run side by side, as the relay's concurrent forwards need.
public final class DispatchTaskExecutor: TaskExecutor, @unchecked Sendable {
    private let queue: DispatchQueue

    public init(label: String) {
        queue = DispatchQueue(label: label, attributes: .concurrent)
    }

    public func enqueue(_ job: consuming ExecutorJob) {
        let job = UnownedJob(job)
        let executor = asUnownedTaskExecutor()
        queue.async { job.runSynchronously(on: executor) }
    }
}
