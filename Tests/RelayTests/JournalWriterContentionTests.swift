import Foundation
@testable import Relay
import SellerCore
import Synchronization
import Testing

/// The journal writer behind another writer: when every batch first waits for the store's write lock (a sync
/// holds it page after page), each commit must still carry what queued up meanwhile, not one write.
@Suite("journal writer under contention") struct JournalWriterContentionTests {
    /// A journal whose every batch waits `lockWait` before its body runs, as a store does for a lock held
    /// elsewhere; it counts batches and writes.
    final class ContendedJournal: CallJournal, Sendable {
        let lockWait: TimeInterval
        let batches = Mutex(0)

        init(lockWait: TimeInterval) { self.lockWait = lockWait }

        func batch(_ body: () throws -> Void) throws {
            Thread.sleep(forTimeInterval: lockWait)   // the simulated lock wait, not a wait for the test's result
            batches.withLock { $0 += 1 }
            try body()
        }

        func recordArrival(_ arrival: JournalArrival) throws {}
        func recordAnswer(callId: String, _ answer: JournalAnswer) throws -> String? { nil }
        func closeUnansweredCalls(at now: Timestamp) throws -> Int { 0 }
        func relayStarted(id: String, pid: Int, listen: String, upstream: String, at now: Timestamp) throws {}
        func relayHeartbeat(id: String, calls: Int, lostWrites: Int, at now: Timestamp) throws {}
        func relayStopped(id: String, calls: Int, lostWrites: Int, at now: Timestamp) throws {}
    }

    @Test("a batch's slice starts after the lock wait: 600 writes behind a 10 ms lock take a few commits")
    func batchesAfterTheLockWait() throws {
        let journal = ContendedJournal(lockWait: 0.010)
        let writer = JournalWriter(capacity: 10_000) { _, _ in }
        try writer.start(open: { journal }, timeout: 10, idle: { _ in }, every: 3_600)
        let written = Mutex(0)
        for _ in 0..<600 {
            writer.submit { _ in written.withLock { $0 += 1 } }
        }
        let deadline = Date().addingTimeInterval(30)
        while written.withLock({ $0 }) < 600 && Date() < deadline { Thread.sleep(forTimeInterval: 0.005) }
        writer.finish(last: { _ in }, timeout: 10)
        #expect(written.withLock { $0 } == 600)
        #expect(writer.lostWrites == 0)
        // Timed from before the lock, every batch held one write: 600 commits. Now the first takes what queued
        // during its wait and the backlog goes in catch-up batches.
        #expect(journal.batches.withLock { $0 } < 20, "\(journal.batches.withLock { $0 }) batches")
    }
}
