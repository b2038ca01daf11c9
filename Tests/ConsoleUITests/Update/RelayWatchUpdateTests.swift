@testable import ConsoleUI
import ListContract
import SellerCore
import TermUI
import Testing

/// The relay in the status bar through `update` (issue 12 §6): polled every two seconds by the clock, shown only
/// while a relay runs, and the lists it feeds refreshed when it journalled more calls.
@Suite struct RelayWatchUpdateTests {
    typealias F = UpdateFixtures

    static func activity(journalled: Int, lost: Int = 0) -> RelayActivity {
        RelayActivity(relays: 1, callsLastMinute: 120, failuresLastMinute: 7,
                      lastCallAt: F.now.adding(seconds: -1), lostWrites: lost, journalled: journalled)
    }

    static func relayReads(_ effects: [Effect]) -> [Effect] {
        effects.filter { if case .read(.relayActivity) = $0 { true } else { false } }
    }

    @Test func pollsEveryTwoSecondsByTheClockNotByTicks() {
        var state = F.started()
        #expect(Self.relayReads(state.update(.tick(F.now))) == [.loadRelayActivity(at: F.now)])
        for millis in stride(from: 250, to: 2_000, by: 250) {
            #expect(Self.relayReads(state.update(.tick(F.now.adding(millis: Int64(millis))))).isEmpty)
        }
        let due = F.now.adding(seconds: 2)
        #expect(Self.relayReads(state.update(.tick(due))) == [.loadRelayActivity(at: due)])
    }

    @Test func newCallsRefreshTheListsTheRelayFeeds() {
        var state = F.started()
        _ = state.update(.tick(F.now.adding(seconds: 5)))   // past the refresh throttle
        let first = state.update(.relayActivityLoaded(Self.activity(journalled: 10)))
        #expect(first.contains { if case .read(.window(let r)) = $0 { r.tab == .calls } else { false } })
        _ = state.update(.tick(F.now.adding(seconds: 10)))
        #expect(state.update(.relayActivityLoaded(Self.activity(journalled: 10))).isEmpty, "nothing new")
        #expect(state.relay.activity == Self.activity(journalled: 10))
        #expect(state.update(.relayActivityLoaded(nil)).isEmpty)
        #expect(state.relay.activity == nil)
    }

    @Test func theStatusBarSaysItOnlyWhileARelayRuns() {
        var state = F.started()
        #expect(!ConsoleScreen.render(state).textDump.contains("中继"))
        _ = state.update(.relayActivityLoaded(Self.activity(journalled: 3, lost: 0)))
        let line = ConsoleScreen.render(state).textDump.split(separator: "\n").last.map(String.init) ?? ""
        #expect(line.contains("中继120/分 失败7 "))
        #expect(!line.contains("丢失写入"))
        _ = state.update(.relayActivityLoaded(Self.activity(journalled: 4, lost: 2)))
        #expect(ConsoleScreen.render(state).textDump.contains("丢失2"), "compact below 120 columns")
        _ = state.update(.resized(Size(width: 160, height: 40)))
        #expect(ConsoleScreen.render(state).textDump.contains("中继 120次/分 失败7 最近"))
        #expect(ConsoleScreen.render(state).textDump.contains("丢失写入2"))
    }
}
