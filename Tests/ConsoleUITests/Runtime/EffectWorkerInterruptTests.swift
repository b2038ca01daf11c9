import ConsoleRuntime
import ConsoleUI
import Dispatch
import Synchronization
import TestSupport
import Testing

/// A request that a newer one supersedes while it is being performed is interrupted and its answer dropped: a
/// filter typed on does not wait for the walk of the shorter filter before it.
@Suite struct EffectWorkerInterruptTests {
    /// How many times the worker interrupted its request.
    final class Counter: Sendable {
        private let count = Mutex(0)
        var value: Int { count.withLock { $0 } }
        func add() { count.withLock { $0 += 1 } }
    }

    /// Request 1 runs until `stop` is signalled, as an interrupt does (at most 10 s); any other answers at once.
    /// Answers name their request.
    static func worker(_ inbox: Inbox, interrupts: Counter, started: DispatchSemaphore,
                       stop: DispatchSemaphore) -> EffectWorker<Int> {
        EffectWorker(name: "interrupt-test", inbox: inbox, supersedes: { running, newer in newer > running },
                            interruptible: {
            ({ request in
                if request == 1 {
                    started.signal()
                    _ = stop.wait(timeout: .now() + 10)
                }
                return .outboxCountLoaded(request)
            }, {
                interrupts.add()
                stop.signal()
            })
        })
    }

    @Test func aSupersededRequestInFlightIsInterruptedAndItsAnswerDropped() throws {
        let inbox = Inbox()
        let interrupts = Counter()
        let started = DispatchSemaphore(value: 0), stop = DispatchSemaphore(value: 0)
        let worker = Self.worker(inbox, interrupts: interrupts, started: started, stop: stop)
        worker.start()
        defer { worker.stop() }
        worker.submit(1)
        #expect(started.wait(timeout: .now() + 10) == .success)
        worker.submit(2)
        var answers: [Msg] = []
        #expect(waitUntil { answers += inbox.drain(); return !answers.isEmpty })
        #expect(answers == [.outboxCountLoaded(2)])
        #expect(interrupts.value == 1)
    }

    @Test func aRequestThatSupersedesNothingLetsTheOneInFlightFinish() throws {
        let inbox = Inbox()
        let interrupts = Counter()
        let started = DispatchSemaphore(value: 0), stop = DispatchSemaphore(value: 0)
        let worker = Self.worker(inbox, interrupts: interrupts, started: started, stop: stop)
        worker.start()
        defer { worker.stop() }
        worker.submit(1)
        #expect(started.wait(timeout: .now() + 10) == .success)
        worker.submit(0)
        stop.signal()
        var answers: [Msg] = []
        #expect(waitUntil { answers += inbox.drain(); return answers.count == 2 })
        #expect(answers == [.outboxCountLoaded(1), .outboxCountLoaded(0)])
        #expect(interrupts.value == 0)
    }
}
