import Dispatch
import Foundation
import MarketClient
import Testing
import TestSupport

/// A thread that blocks for an async call (the relay's forward, koosim's restart, the console's outcome lookup)
/// must get its answer even while synchronous work holds every thread of the cooperative pool.
@Suite("blocking bridge", .exclusive)
struct BlockingBridgeTests {
    @Test("a bridged call finishes while every cooperative thread is blocked")
    func finishesWithoutThePool() async throws {
        let release = DispatchSemaphore(value: 0)
        let holding = Holding()
        // Hold every thread of the pool (more holders than it has threads; those it cannot start wait), then
        // block this test's own thread on the bridge. With a plain `Task` the call never starts and this fails.
        let others = 16
        let holders = (0..<others).map { _ in
            Task.detached {
                holding.increment()
                release.wait()
            }
        }
        var started = -1
        _ = waitUntil(timeout: 5, pollEvery: 0.3) {
            defer { started = holding.count }
            return holding.count > 0 && holding.count == started   // no holder started in the last 0.3 s
        }
        let answer = BlockingBridge.wait(seconds: 10) { () async -> Int in
            try? await Task.sleep(for: .milliseconds(20))   // a suspension, resumed on the bridge's executor
            return 42
        }
        for _ in 0..<others { release.signal() }
        for holder in holders { await holder.value }
        #expect(answer == 42)
    }

    @Test("an operation that outlasts the wait gives nil and is cancelled")
    func timesOut() {
        let cancelled = Holding()
        let answer = BlockingBridge.wait(seconds: 0.2) { () async -> Int in
            while !Task.isCancelled { try? await Task.sleep(for: .milliseconds(10)) }
            cancelled.increment()
            return 1
        }
        #expect(answer == nil)
        #expect(waitUntil(timeout: 5) { cancelled.count == 1 })
    }
}

private final class Holding: @unchecked Sendable {
    private let lock = NSLock()
    private var value = 0
    var count: Int { lock.withLock { value } }
    func increment() { lock.withLock { value += 1 } }
}
