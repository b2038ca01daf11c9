import Synchronization
import Testing
import TestSupport

/// The lock that keeps the tests which time real things from starving each other (`Exclusive`).
@Suite struct ExclusiveTests {
    final class Counts: Sendable {
        let inside = Mutex(0)
        let mostAtOnce = Mutex(0)
        let finished = Mutex(0)
    }

    @Test("holders never overlap, and a holder may take it again without waiting for itself")
    func holdersNeverOverlapAndItIsReentrant() async {
        let counts = Counts()
        await withTaskGroup(of: Void.self) { group in
            for _ in 0..<8 {
                group.addTask {
                    await Exclusive.run {
                        let now = counts.inside.withLock { count in
                            count += 1
                            return count
                        }
                        counts.mostAtOnce.withLock { $0 = max($0, now) }
                        await Task.yield()
                        // Taken again inside: reentrant, so this does not wait for itself.
                        await Exclusive.run { await Task.yield() }
                        counts.inside.withLock { $0 -= 1 }
                        counts.finished.withLock { $0 += 1 }
                    }
                }
            }
        }
        #expect(counts.mostAtOnce.withLock { $0 } == 1)
        #expect(counts.finished.withLock { $0 } == 8)
    }

    struct Failed: Error {}

    @Test("a thrown error leaves the lock free for the next holder")
    func errorsReleaseTheLock() async throws {
        await #expect(throws: Failed.self) { try await Exclusive.run { throw Failed() } }
        let answer = await Exclusive.run { 42 }
        #expect(answer == 42)
    }
}
