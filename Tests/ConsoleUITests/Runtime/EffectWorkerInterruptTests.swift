@testable import ConsoleRuntime
import ConsoleUI
import Dispatch
import ListContract
import SellerCore
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
        EffectWorker(name: "interrupt-test", inbox: inbox, supersedes: { waiting, newer in newer > waiting },
                     interrupts: { running, newer in newer > running }, interruptible: {
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

    /// A read is interrupted only when the newer one asks its tab for another list; a refresh of the same list
    /// lets it finish, or refreshes a second apart during a sync would never let a slow read end.
    @Test func onlyAnotherListAbandonsARead() {
        let all = StoreListQuery(kind: .orders), filtered = StoreListQuery(kind: .orders, filterText: "pro")
        let window = { (tab: ConsoleTab, query: StoreListQuery, generation: Int) in
            StoreRead.window(WindowRequest(tab: tab, query: query, anchor: .top, generation: generation, rows: 40))
        }
        #expect(window(.orders, all, 1).isAbandoned(by: window(.orders, filtered, 2)))
        #expect(!window(.orders, all, 1).isAbandoned(by: window(.orders, all, 2)), "a refresh")
        #expect(!window(.orders, all, 1).isAbandoned(by: window(.instances, filtered, 2)), "another tab")
        #expect(StoreRead.count(tab: .orders, query: all, generation: 1)
            .isAbandoned(by: .count(tab: .orders, query: filtered, generation: 2)))
        #expect(!StoreRead.count(tab: .orders, query: all, generation: 1)
            .isAbandoned(by: .count(tab: .orders, query: all, generation: 2)))
    }
}
