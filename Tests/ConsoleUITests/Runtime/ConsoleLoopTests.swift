@testable import ConsoleRuntime
import ConsoleUI
import Foundation
import SellerCore
import TermUI
import TestSupport
import Testing

/// The live loop (`ConsoleLoop.run`, which `ConsoleSession` runs over ncurses) under a scripted terminal, and the
/// worker threads that answer it.
@Suite struct ConsoleLoopTests {
    static func idleRouter() -> EffectRouter {
        EffectRouter(read: { _ in }, write: { _ in }, file: { _ in }, sync: { _ in }, sender: { _ in },
                     theme: { _ in }, log: { _ in })
    }

    @Test func theLiveLoopPaintsReadsKeysAndEndsOnQuit() {
        let state = AppState(size: Size(width: 80, height: 24), now: Timestamp(millis: 0), utcOffsetSeconds: 0)
        let terminal = ScriptedTerminal(size: state.size)
        terminal.feed([.resize, .char("q")])
        let loop = ConsoleLoop(state: state, terminal: terminal, inbox: Inbox(), router: Self.idleRouter())
        loop.run()
        #expect(loop.state.quitting)
        #expect(terminal.pendingKeys.isEmpty)
        #expect(terminal.frameCount == 1, "painted before waiting; the keys came in one read")
    }

    @Test func anAnswerPostedFromAnotherThreadReachesUpdate() {
        let state = AppState(size: Size(width: 80, height: 24), now: Timestamp(millis: 0), utcOffsetSeconds: 0)
        let inbox = Inbox()
        let loop = ConsoleLoop(state: state, terminal: ScriptedTerminal(size: state.size), inbox: inbox,
                               router: Self.idleRouter())
        let thread = Thread { inbox.post(.outboxCountLoaded(7)) }
        thread.start()
        #expect(waitUntil(timeout: 10) { loop.step() })
        #expect(loop.state.outboxCount == 7)
    }

    @Test func aReaderThatCannotOpenItsStoreSaysSoOnce() {
        let inbox = Inbox()
        let worker = EffectWorker.storeReader(path: "/nonexistent-\(UInt64.random(in: 0...UInt64.max))/store.db",
                                              inbox: inbox)
        worker.start()
        defer { worker.stop() }
        var answers: [Msg] = []
        #expect(waitUntil(timeout: 10) { answers += inbox.drain(); return !answers.isEmpty })
        guard case .loadFailed(nil, let failure)? = answers.first else {
            Issue.record("\(answers)")
            return
        }
        #expect(failure.stage == .open)
    }

    @Test func aWaitingReadThatANewerOneReplacesIsDropped() {
        let inbox = Inbox()
        let worker = EffectWorker<StoreRead>(name: "test-reader", inbox: inbox,
                                             supersedes: { $0.isSuperseded(by: $1) }) {
            { request in
                if case .outboxCount = request { return .outboxCountLoaded(0) }
                return .uploadsLoaded([])
            }
        }
        worker.submit(.outboxCount)
        worker.submit(.outboxCount)
        worker.submit(.uploads)
        worker.start()
        defer { worker.stop() }
        var answers: [Msg] = []
        #expect(waitUntil(timeout: 10) { answers += inbox.drain(); return answers.count >= 2 })
        #expect(answers == [.outboxCountLoaded(0), .uploadsLoaded([])])
    }
}
