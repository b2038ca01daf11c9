@testable import ConsoleUI
import SellerCore
import Testing
import TermUI

/// The 队列 tab's list through `update`: paging by id, presets, superseded pages, and its action keys.
@Suite struct OutboxUpdateTests {
    typealias F = UpdateFixtures

    /// Opens the 队列 tab and answers its first page with `count` items, newest (highest id) first.
    static func opened(_ count: Int, full: Bool = true) throws -> (AppState, [OutboxItem]) {
        var state = F.started()
        let first = OutboxPageRequest(states: [], beforeId: nil, limit: OutboxListState.pageSize, generation: 1)
        #expect(state.update(.key(.char("6"))) == [.loadOutboxPage(first)])
        #expect(state.outbox.loading && state.activeTab == .outbox)
        let items = (0..<count).map { F.outboxItem(Int64(1_000 - $0)) }
        #expect(state.update(.outboxPageLoaded(first, items)) == [])
        return (state, items)
    }

    @Test func theEndOfAFullPageAsksForTheNextOneBelowTheLastId() throws {
        var (state, items) = try Self.opened(100)
        #expect(state.outbox.items == items && state.outbox.selected == 0 && !state.outbox.atBottom)
        let next = OutboxPageRequest(states: [], beforeId: items[99].id, limit: OutboxListState.pageSize,
                                     generation: 1)
        #expect(state.update(.key(.char("G"))) == [.loadOutboxPage(next)])
        #expect(state.outbox.selected == 99 && state.outbox.loadingMore)
        #expect(state.update(.key(.up)) == [])   // already asked
        let older = (0..<10).map { F.outboxItem(Int64(900 - $0)) }
        #expect(state.update(.outboxPageLoaded(next, older)) == [])
        #expect(state.outbox.items == items + older && state.outbox.atBottom && !state.outbox.loadingMore)
        #expect(state.outbox.selectedItem == items[98])
    }

    @Test func aPresetStartsAgainAndAPageOfTheOldPresetIsDropped() throws {
        var (state, items) = try Self.opened(100)
        let next = OutboxPageRequest(states: [], beforeId: items[99].id, limit: OutboxListState.pageSize,
                                     generation: 1)
        #expect(state.update(.key(.char("G"))) == [.loadOutboxPage(next)])
        let unfinished = OutboxPageRequest(states: OutboxListState.presets[1].states, beforeId: nil,
                                           limit: OutboxListState.pageSize, generation: 2)
        #expect(state.update(.key(.char("f"))) == [.loadOutboxPage(unfinished)])
        #expect(state.outbox.items.isEmpty && state.outbox.presetIndex == 1 && state.outbox.selected == 0)
        let before = state
        #expect(state.update(.outboxPageLoaded(next, [F.outboxItem(5)])) == [])
        #expect(state == before)
        #expect(state.update(.outboxPageLoaded(unfinished, [F.outboxItem(7)])) == [])
        #expect(state.outbox.items == [F.outboxItem(7)] && state.outbox.atBottom)
    }

    @Test func resendIsOfferedForFailedItemsOnly() throws {
        var state = F.started()
        let first = OutboxPageRequest(states: [], beforeId: nil, limit: OutboxListState.pageSize, generation: 1)
        _ = state.update(.key(.char("6")))
        let done = F.outboxItem(41, state: .done)
        let failed = F.outboxItem(40, state: .failed)
        _ = state.update(.outboxPageLoaded(first, [done, failed]))
        #expect(state.update(.key(.char("R"))) == [])
        #expect(state.toasts.last?.message.contains("#41") == true && state.toasts.last?.kind == .warn)
        _ = state.update(.key(.down))
        #expect(state.update(.key(.char("R"))) == [.retryOutboxItem(id: 40, at: F.now)])
        // Discard opens a confirmation on the unfinished item; confirming sends the discard.
        #expect(state.update(.key(.char("D"))) == [])
        guard case .confirm(let confirm)? = state.dialog else {
            Issue.record("no discard dialog")
            return
        }
        #expect(confirm.operation == .discard(outboxId: 40) && confirm.focusedButton == 0)
        let effects = F.press([.tab, .enter], &state)
        #expect(effects.first == .discardOutboxItem(id: 40, at: F.now, force: false) && effects.count == 2)
        #expect(state.dialog == nil)
    }

    @Test func anAnswerOfUnknownOutcomeAsksBeforeForcing() throws {
        var (state, items) = try Self.opened(3)
        _ = state.update(.outboxDiscardAnswered(id: items[1].id, .outcomeUnknown("timeout")))
        guard case .confirm(let confirm)? = state.dialog else {
            Issue.record("no second dialog")
            return
        }
        #expect(confirm.operation == .discard(outboxId: items[1].id, force: true) && confirm.focusedButton == 0)
        #expect(confirm.items.contains("原因：timeout"))
    }
}
