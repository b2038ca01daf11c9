import ConsoleUI
import Foundation
import Synchronization

/// The live console's export worker: one thread per export, so the loop keeps painting and reading keys while
/// a million rows are written. `update` refuses a second export while one runs; Esc sets the cancel flag, which
/// the export checks before each page. Progress reaches the loop at most ten times a second.
public final class ExportRunner: Sendable {
    private struct Running {
        var cancelled = false
        var done: DispatchSemaphore?
    }

    private let performer: ExportPerformer
    private let inbox: Inbox
    private let state = Mutex(Running())

    public init(performer: ExportPerformer, inbox: Inbox) {
        self.performer = performer
        self.inbox = inbox
    }

    public func perform(_ task: ExportTask) {
        switch task {
        case .start(let job): start(job)
        case .cancel: state.withLock { $0.cancelled = true }
        }
    }

    private func start(_ job: ExportJob) {
        let done = DispatchSemaphore(value: 0)
        let busy = state.withLock { running -> Bool in
            guard running.done == nil else { return true }
            running = Running(cancelled: false, done: done)
            return false
        }
        guard !busy else { return }
        let thread = Thread { [self] in
            var shownAt: ContinuousClock.Instant?
            let outcome = performer.run(job, cancelled: { state.withLock { $0.cancelled } }) { rows, total in
                let now = ContinuousClock.now
                if let shownAt, now - shownAt < .milliseconds(100) { return }
                shownAt = now
                inbox.post(.exportProgress(rows: rows, total: total))
            }
            state.withLock { $0 = Running() }
            inbox.post(.exportFinished(outcome))
            done.signal()
        }
        thread.name = "export"
        thread.stackSize = 4 << 20
        thread.start()
    }

    /// At quit: a running export stops after its page and removes its partial file; waits at most `timeout`.
    public func cancelAndWait(timeout: Duration = .seconds(2)) {
        let done = state.withLock { running -> DispatchSemaphore? in
            running.cancelled = true
            return running.done
        }
        guard let done else { return }
        let milliseconds = Int(timeout.components.seconds * 1000 + timeout.components.attoseconds / 1_000_000_000_000_000)
        _ = done.wait(timeout: .now() + .milliseconds(milliseconds))
    }
}
