import Foundation
import SellerCore

/// The relay's one journal writer: a thread of its own that opens the journal (a store connection belongs to
/// one thread) and applies writes from a bounded queue in order. Calls never wait on it for long: a call hands
/// its arrival over and waits for the commit at most `journalWait`, then goes on; a full queue or a write that
/// throws is a lost write, counted and reported, never an error for the call.
final class JournalWriter: @unchecked Sendable {
    typealias Write = (CallJournal) throws -> Void

    private struct Entry {
        var write: Write
        var committed: DispatchSemaphore?
    }

    private let condition = NSCondition()
    private var queue: [Entry] = []
    private var head = 0
    private var finishing = false
    private var lost = 0
    private let capacity: Int
    private let onLoss: @Sendable (_ lostSoFar: Int, _ reason: String) -> Void
    private let finished = DispatchSemaphore(value: 0)
    private var idleWork: (Write, TimeInterval)?

    /// `onLoss` runs on the thread that saw the loss, with the count so far and why.
    init(capacity: Int, onLoss: @escaping @Sendable (Int, String) -> Void) {
        self.capacity = max(1, capacity)
        self.onLoss = onLoss
    }

    var lostWrites: Int { condition.withLock { lost } }

    /// Opens the journal on the writer's thread and returns once it is open (or why not), within `timeout`.
    /// `idle` runs every `interval` seconds while the queue stays empty (the heartbeat).
    func start(open: @escaping @Sendable () throws -> CallJournal, timeout: TimeInterval,
               idle: @escaping Write, every interval: TimeInterval) throws {
        let opened = DispatchSemaphore(value: 0)
        let failure = OpenFailure()
        condition.withLock { idleWork = (idle, interval) }
        let thread = Thread { [self] in
            let journal: CallJournal
            do {
                journal = try open()
            } catch {
                failure.error = error
                opened.signal()
                finished.signal()
                return
            }
            opened.signal()
            run(journal)
            finished.signal()
        }
        thread.name = "relay-journal"
        thread.start()
        guard opened.wait(timeout: .now() + timeout) == .success else { throw RelayError.journalTimeout }
        if let error = failure.error { throw RelayError.journalOpen("\(error)") }
    }

    /// Queues a write; with `wait`, blocks until it is done (committed or failed) or the wait is over. True
    /// when it was done in time.
    @discardableResult
    func submit(_ write: @escaping Write, wait: TimeInterval? = nil) -> Bool {
        let committed = wait.map { _ in DispatchSemaphore(value: 0) }
        let accepted = condition.withLock { () -> Bool in
            guard !finishing, queue.count - head < capacity else { return false }
            queue.append(Entry(write: write, committed: committed))
            condition.signal()
            return true
        }
        guard accepted else {
            countLoss("the journal queue is full")
            return false
        }
        guard let committed, let wait else { return true }
        return committed.wait(timeout: .now() + max(0, wait)) == .success
    }

    /// Writes everything queued, then `last`, and stops the thread; bounded by `timeout`.
    func finish(last: @escaping Write, timeout: TimeInterval) {
        submit(last)
        condition.withLock {
            finishing = true
            condition.signal()
        }
        _ = finished.wait(timeout: .now() + timeout)
    }

    /// Applies entries in order, as many as queued up (at most `batchSize`) in one commit, and the idle work (the
    /// heartbeat) whenever its interval has passed, busy or not.
    private func run(_ journal: CallJournal) {
        let noIdle: Write = { _ in }
        let work = condition.withLock { idleWork }
        let idle = work?.0 ?? noIdle, interval = work?.1 ?? 5
        var due = Date(timeIntervalSinceNow: interval)
        while true {
            let taken = next(until: due)
            if Date() >= due {
                apply([Entry(write: idle, committed: nil)], journal)
                due = Date(timeIntervalSinceNow: interval)
            }
            switch taken {
            case .entries(let entries): apply(entries, journal)
            case .idle: continue
            case .drained: return
            }
        }
    }

    /// Writes `entries` in one batch; a write that throws is lost alone (its savepoint rolled back), a batch
    /// whose commit fails loses them all. Waiters are released either way: a loss is counted, never waited on.
    private func apply(_ entries: [Entry], _ journal: CallJournal) {
        var failed = 0
        do {
            try journal.batch {
                for entry in entries {
                    do {
                        try entry.write(journal)
                    } catch {
                        failed += 1
                        countLoss("\(error)")
                    }
                }
            }
        } catch {
            for _ in failed..<entries.count { countLoss("\(error)") }
        }
        for entry in entries { entry.committed?.signal() }
    }

    private enum Next {
        case entries([Entry])
        case idle
        case drained
    }

    /// The entries queued so far (at most `batchSize`); `.idle` when `due` passes first; `.drained` once
    /// finishing with nothing left.
    private func next(until due: Date) -> Next {
        condition.lock()
        defer { condition.unlock() }
        while head == queue.count {
            if finishing { return .drained }
            if !condition.wait(until: due) && head == queue.count { return .idle }
        }
        let end = min(queue.count, head + Self.batchSize)
        let entries = Array(queue[head..<end])
        head = end
        if head > 1024 && head * 2 > queue.count {
            queue.removeFirst(head)
            head = 0
        }
        return .entries(entries)
    }

    /// Writes per commit at most: enough to amortise a commit, few enough that one batch is short.
    static let batchSize = 256

    private func countLoss(_ reason: String) {
        let count = condition.withLock { () -> Int in
            lost += 1
            return lost
        }
        onLoss(count, reason)
    }
}

/// The journal's open error, handed from the writer's thread to `start`.
private final class OpenFailure: @unchecked Sendable {
    var error: Error?
}
