import Foundation
import SellerCore

/// The relay's one journal writer: a thread of its own that opens the journal (a store connection belongs to
/// one thread) and applies writes from two bounded queues. Calls never wait on it for long: a call hands its
/// arrival over and waits for the commit at most `journalWait`, then goes on; a full queue or a write that throws
/// is a lost write, counted and reported, never an error for the call.
///
/// Two lanes, because a call waits for its arrival but nobody waits for an answer: the waited-for writes
/// (arrivals) are committed first, all that queued up in one commit; the others (answers, heartbeats) are applied
/// in batches that stop after `answerSlice` or as soon as a waited-for write arrives, so an arrival waits at most
/// for one answer's projection and a commit, however busy the journal is. An arrival always precedes its call's
/// answer: it is queued first, and the waited-for lane always drains first.
final class JournalWriter: @unchecked Sendable {
    typealias Write = (CallJournal) throws -> Void

    private struct Entry {
        var write: Write
        var committed: DispatchSemaphore?
        /// The record's place in the journal log, when it came through one.
        var sequence: UInt64? = nil
    }

    /// A FIFO that keeps its storage until it has drained well past its front.
    private struct Lane {
        var items: [Entry] = []
        var head = 0
        var count: Int { items.count - head }
        var isEmpty: Bool { head == items.count }

        mutating func append(_ entry: Entry) { items.append(entry) }

        mutating func popFirst() -> Entry? {
            guard head < items.count else { return nil }
            let entry = items[head]
            head += 1
            if head > 1024 && head * 2 > items.count {
                items.removeFirst(head)
                head = 0
            }
            return entry
        }
    }

    private let condition = NSCondition()
    private var waited = Lane()
    private var later = Lane()
    private var finishing = false
    private var lost = 0
    private let capacity: Int
    private let onLoss: @Sendable (_ lostSoFar: Int, _ reason: String) -> Void
    private let finished = DispatchSemaphore(value: 0)
    private var idleWork: (Write, TimeInterval)?
    /// The log in front of the store, told what is committed; nil without one.
    private var log: JournalLog?
    /// Set once a logged record failed to reach the store: the log then keeps everything from there on, and the
    /// next start carries it into the store again.
    private var logFrozen = false

    /// `onLoss` runs on the thread that saw the loss, with the count so far and why.
    init(capacity: Int, onLoss: @escaping @Sendable (Int, String) -> Void) {
        self.capacity = max(1, capacity)
        self.onLoss = onLoss
    }

    var lostWrites: Int { condition.withLock { lost } }

    /// Opens the journal on the writer's thread and returns once it is open (or why not), within `timeout`.
    /// `idle` runs every `interval` seconds (the heartbeat).
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

    /// The log whose records the writer carries into the store.
    func use(_ log: JournalLog) { condition.withLock { self.log = log } }

    /// Queues a write; with `wait`, it goes to the waited-for lane and the caller blocks until it is done
    /// (committed or failed) or the wait is over. True when it was done in time.
    @discardableResult
    func submit(_ write: @escaping Write, wait: TimeInterval? = nil, sequence: UInt64? = nil) -> Bool {
        let committed = wait.map { _ in DispatchSemaphore(value: 0) }
        let accepted = condition.withLock { () -> Bool in
            guard !finishing, waited.count + later.count < capacity else { return false }
            if committed != nil {
                waited.append(Entry(write: write, committed: committed))
            } else {
                later.append(Entry(write: write, committed: nil, sequence: sequence))
            }
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

    /// Applies the lanes until finished and drained, and the idle work (the heartbeat) whenever its interval
    /// has passed, busy or not.
    private func run(_ journal: CallJournal) {
        let noIdle: Write = { _ in }
        let work = condition.withLock { idleWork }
        let idle = work?.0 ?? noIdle, interval = work?.1 ?? 5
        var due = Date(timeIntervalSinceNow: interval)
        while true {
            guard waitForWork(until: due) else { return }
            if Date() >= due {
                apply { applied in applied == 0 ? [Entry(write: idle, committed: nil)] : [] }
                due = Date(timeIntervalSinceNow: interval)
            }
            if let arrivals = takeWaited() {
                apply { applied in applied == 0 ? arrivals : [] }
            } else {
                // The slice starts with the batch's first write, once the write lock is held: timed from before
                // the lock, a wait behind another writer (a sync's page) would leave one write per commit.
                // Behind by more than a batch, the writer catches up in longer batches.
                let limit = condition.withLock { later.count > Self.batchSize } ? Self.catchUp : Self.usual
                var sliceEnd: DispatchTime?
                apply { applied in
                    let end = sliceEnd ?? DispatchTime.now() + limit.slice
                    sliceEnd = end
                    return self.nextLater(applied: applied, until: end, batchSize: limit.size)
                }
            }
        }
        func apply(_ next: (Int) -> [Entry]) { self.apply(journal, next) }
    }

    /// Writes, in one batch, the entries `next` hands out (asked again after each, with the count so far, until it
    /// hands out none); a write that throws is lost alone (its savepoint rolled back), a batch whose commit fails
    /// loses them all. Waiters are released either way: a loss is counted, never waited on.
    private func apply(_ journal: CallJournal, _ next: (Int) -> [Entry]) {
        var done: [Entry] = []
        var failed = 0
        do {
            try journal.batch {
                while case let entries = next(done.count), !entries.isEmpty {
                    for entry in entries {
                        done.append(entry)
                        do {
                            try entry.write(journal)
                        } catch {
                            failed += 1
                            countLoss("\(error)")
                        }
                    }
                }
            }
        } catch {
            for _ in failed..<done.count { countLoss("\(error)") }
            failed = done.count
        }
        for entry in done { entry.committed?.signal() }
        advanceLog(done, failed: failed)
    }

    /// Tells the log what reached the store, unless a logged record failed (now or before).
    private func advanceLog(_ done: [Entry], failed: Int) {
        let newest = done.compactMap(\.sequence).max()
        let log = condition.withLock { () -> JournalLog? in
            if failed > 0 && done.contains(where: { $0.sequence != nil }) { logFrozen = true }
            return logFrozen ? nil : self.log
        }
        if let log, let newest { log.committed(through: newest) }
    }

    /// Blocks until there is work or `due` passes; false once finishing with nothing left.
    private func waitForWork(until due: Date) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        while waited.isEmpty && later.isEmpty {
            if finishing { return false }
            if !condition.wait(until: due) { return true }
        }
        return true
    }

    /// Every waited-for entry queued (at most `batchSize`), or nil when there is none.
    private func takeWaited() -> [Entry]? {
        condition.withLock {
            guard !waited.isEmpty else { return nil }
            var entries: [Entry] = []
            while entries.count < Self.batchSize, let entry = waited.popFirst() { entries.append(entry) }
            return entries
        }
    }

    /// The next later entry for the batch under way, or none when a waited-for entry is queued, the slice is
    /// over, or the batch is full.
    private func nextLater(applied: Int, until end: DispatchTime, batchSize: Int) -> [Entry] {
        condition.withLock {
            guard waited.isEmpty, applied < batchSize, applied == 0 || DispatchTime.now() < end,
                  let entry = later.popFirst() else { return [] }
            return [entry]
        }
    }

    /// Writes per commit at most: enough to amortise a commit, few enough that one batch is short.
    static let batchSize = 256
    /// How long a batch of answers may run before the commit, when no arrival interrupts it.
    static let answerSlice = DispatchTimeInterval.milliseconds(2)
    static let usual = (size: batchSize, slice: answerSlice)
    /// A batch's bounds when the queue is behind (the store's write lock was held elsewhere, by a sync): a commit
    /// per few writes could not keep up with 500 calls a second; 50 ms is still short beside a sync's page.
    static let catchUp = (size: 4096, slice: DispatchTimeInterval.milliseconds(50))

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
