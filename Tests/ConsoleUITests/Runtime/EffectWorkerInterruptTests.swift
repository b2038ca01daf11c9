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

    /// A started worker performing request 1, which runs until interrupted or `stop` is signalled.
    struct Running {
        let inbox = Inbox()
        let interrupts = Counter()
        let stop = DispatchSemaphore(value: 0)
        let worker: EffectWorker<Int>

        init() {
            let started = DispatchSemaphore(value: 0)
            worker = EffectWorkerInterruptTests.worker(inbox, interrupts: interrupts, started: started, stop: stop)
            worker.start()
            worker.submit(1)
            #expect(started.wait(timeout: .now() + 10) == .success)
        }

        /// The answers posted, once there are `count` of them (or after 10 s).
        func answers(_ count: Int) -> [Msg] {
            var answers: [Msg] = []
            #expect(waitUntil { answers += inbox.drain(); return answers.count >= count })
            return answers
        }
    }

    @Test func aSupersededRequestInFlightIsInterruptedAndItsAnswerDropped() throws {
        let running = Running()
        defer { running.worker.stop() }
        running.worker.submit(2)
        #expect(running.answers(1) == [.outboxCountLoaded(2)])
        #expect(running.interrupts.value == 1)
    }

    @Test func aRequestThatSupersedesNothingLetsTheOneInFlightFinish() throws {
        let running = Running()
        defer { running.worker.stop() }
        running.worker.submit(0)
        running.stop.signal()
        #expect(running.answers(2) == [.outboxCountLoaded(1), .outboxCountLoaded(0)])
        #expect(running.interrupts.value == 0)
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
