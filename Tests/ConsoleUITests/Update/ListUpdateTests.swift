@testable import ConsoleUI
import ListContract
import SellerCore
import Testing
import TermUI

/// The lists through `update`: windows, pages, generations, quick filters and what a store change refreshes.
@Suite struct ListUpdateTests {
    typealias F = UpdateFixtures

    @Test func aLoadedWindowSelectsItsFirstRowAndLoadsThatRecord() throws {
        var state = F.started()
        let rows = F.orderRows(20)
        let effects = state.update(try F.window(state, .orders, rows: rows))
        #expect(effects == [.loadDetail(DetailRequest(kind: .orders, id: rows[0].id, generation: 1))])
        let list = try #require(state.tabs[.orders])
        #expect(list.window.rows == rows && list.window.selected == 0 && list.loaded && !list.loadingWindow)
        #expect(state.detail.target == DetailState.Target(kind: .orders, id: rows[0].id) && state.detail.loading)
    }

    @Test func movingNearTheLoadedEndAsksForTheNextPageOnce() throws {
        var state = F.started()
        let rows = F.orderRows(100)
        #expect(state.update(try F.window(state, .orders, rows: rows, atBottom: false))
                == [.loadDetail(DetailRequest(kind: .orders, id: rows[0].id, generation: 1))])
        for step in 1...3 {   // 13 rows a page: 61 rows left below the selection, more than half a page of 100
            #expect(state.update(.key(.pageDown))
                    == [.loadDetail(DetailRequest(kind: .orders, id: rows[13 * step].id, generation: 1 + step))])
        }
        let query = try #require(state.tabs[.orders]?.query)
        let request = PageRequest(tab: .orders, query: query, direction: .below, key: rows[99].key, generation: 1)
        #expect(state.update(.key(.pageDown))
                == [.loadPage(request), .loadDetail(DetailRequest(kind: .orders, id: rows[52].id, generation: 5))])
        #expect(state.tabs[.orders]?.loadingBelow == true)
        // Already asked: the next move only follows the selection.
        #expect(state.update(.key(.pageDown))
                == [.loadDetail(DetailRequest(kind: .orders, id: rows[65].id, generation: 6))])
        let more = F.orderRows(30, from: 100)
        #expect(state.update(.pageLoaded(request, ListPageResult(rows: more, hasMore: false))) == [])
        let list = try #require(state.tabs[.orders])
        #expect(list.window.rows == rows + more && list.window.atBottom && !list.loadingBelow)
        #expect(list.window.selectedRow?.id == rows[65].id)
    }

    @Test func answersToSupersededRequestsAreDropped() throws {
        var state = F.started()
        let presets = QuickFilter.presets(for: .orders)
        try #require(presets.count > 1)
        var query = try #require(state.tabs[.orders]?.query)
        query.statuses = presets[1].statuses
        #expect(state.update(.key(.char("f")))
                == [.loadWindow(WindowRequest(tab: .orders, query: query, anchor: .top, generation: 2,
                                              rows: state.layout.visibleRows)),
                    .loadCount(tab: .orders, query: query, generation: 2)])
        #expect(state.tabs[.orders]?.quickFilterIndex == 1 && state.tabs[.orders]?.loadingWindow == true)
        // The window and count of the first query arrive late: nothing changes.
        let before = state
        #expect(state.update(try F.window(state, .orders, rows: F.orderRows(5), generation: 1)) == [])
        #expect(state.update(.countLoaded(tab: .orders, generation: 1, count: 5, capped: false)) == [])
        #expect(state == before)
        // The answers to the current query are taken.
        let rows = F.orderRows(3, from: 50)
        #expect(state.update(try F.window(state, .orders, rows: rows))
                == [.loadDetail(DetailRequest(kind: .orders, id: rows[0].id, generation: 1))])
        #expect(state.update(.countLoaded(tab: .orders, generation: 2, count: 3, capped: false)) == [])
        #expect(state.tabs[.orders]?.window.rows == rows && state.tabs[.orders]?.total == 3)
    }

    @Test func eachFilterKeystrokeSupersedesTheLastAndEscRestoresTheFilter() throws {
        var state = F.started()
        let base = try #require(state.tabs[.orders]?.query)
        func load(_ text: String, _ generation: Int) -> [Effect] {
            var query = base
            query.filterText = text
            // A filter carries the console's clock and display offset for its dates (`created:7d`).
            query.filterClock = text.isEmpty ? nil : FilterClock(now: state.now, utcOffsetSeconds: state.utcOffsetSeconds)
            return [.loadWindow(WindowRequest(tab: .orders, query: query, anchor: .top, generation: generation,
                                              rows: state.layout.visibleRows)),
                    .loadCount(tab: .orders, query: query, generation: generation)]
        }
        #expect(state.update(.key(.char("/"))) == [])
        #expect(state.update(.key(.char("a"))) == load("a", 2))
        #expect(state.update(.key(.char("b"))) == load("ab", 3))
        #expect(state.update(try F.window(state, .orders, rows: F.orderRows(9), generation: 2)) == [])
        #expect(state.tabs[.orders]?.loaded == false)
        #expect(state.update(.key(.escape)) == load("", 4))
        #expect(state.mode == .normal && state.tabs[.orders]?.query == base)
    }

    @Test func aStoreChangeRefreshesOnlyTheListsItNames() throws {
        var state = F.started()
        let changes = StoreChanges.outbox(recordKind: .tickets)
        let tickets = try #require(state.tabs[.tickets]?.query)
        #expect(Self.withoutOverview(state.update(.storeChanged(changes)))
                == [.loadWindow(WindowRequest(tab: .tickets, query: tickets, anchor: .top, generation: 2,
                                              rows: state.layout.visibleRows)),
                    .loadCount(tab: .tickets, query: tickets, generation: 2), .loadOutboxCount, .loadUploads,
                    .read(.newRecords)])
        for tab in ConsoleTab.allCases where tab.entityKind != nil && tab != .tickets {
            #expect(state.tabs[tab]?.generation == 1, "\(tab) was not named")
        }
        #expect(state.outbox.stale)
        // Within the second: held back, and done by the first tick a second after the last refresh.
        #expect(state.update(.storeChanged(.records(.orders))) == [])
        #expect(state.sync.pendingRefresh == StoreChanges.records(.orders))
        #expect(Self.ticked(&state, F.now.adding(millis: 999)) == [])
        let orders = try #require(state.tabs[.orders]?.query)
        #expect(Self.ticked(&state, F.now.adding(seconds: 1))
                == [.loadWindow(WindowRequest(tab: .orders, query: orders, anchor: .top, generation: 2,
                                              rows: state.layout.visibleRows)),
                    .loadCount(tab: .orders, query: orders, generation: 2)])
        #expect(state.sync.pendingRefresh == nil)
    }

    /// A tick's effects without the relay poll and the overview's counts, which ticks may add
    /// (RelayWatchUpdateTests and OverviewSessionTests cover them).
    static func ticked(_ state: inout AppState, _ time: Timestamp) -> [Effect] {
        withoutOverview(state.update(.tick(time)).filter { if case .read(.relayActivity) = $0 { false } else { true } })
    }

    /// Effects without the overview's count reads, which every store change and the clock add.
    static func withoutOverview(_ effects: [Effect]) -> [Effect] {
        effects.filter { if case .read(.attention) = $0 { false } else { true } }
    }

    @Test func theOutboxIsPolledByTheClockNotByTicks() throws {
        var state = F.started()
        #expect(state.update(.outboxCountLoaded(2)) == [])   // the first count changes nothing it did not know
        #expect(Self.ticked(&state, F.now) == [])            // schedules the poll five seconds on
        for tenth in 1..<50 { #expect(Self.ticked(&state, F.now.adding(millis: Int64(tenth) * 100)) == []) }
        #expect(Self.ticked(&state, F.now.adding(seconds: 5)) == [.loadOutboxCount, .loadUploads])
        // An upload starts: the next poll comes a second later instead of five.
        let upload = OutboxItem(
            id: 9, action: .deliver(taskId: "T1", files: [DeliverableUpload(
                path: "/work/a.pdf", fileName: "a.pdf", size: 100, sha256: "00", kind: .acceptance)], actualStart: nil),
            idempotencyKey: "k9", state: .sending, attempts: 1, lastError: nil, targetLabel: "T1", createdAt: F.now,
            updatedAt: F.now, nextAttemptAt: nil, progress: UploadProgress(sentBytes: 10, totalBytes: 100))
        #expect(state.update(.uploadsLoaded([upload])) == [])
        #expect(state.uploads == [upload])
        #expect(Self.ticked(&state, F.now.adding(millis: 5_250)) == [])
        #expect(Self.ticked(&state, F.now.adding(millis: 6_249)) == [])
        #expect(Self.ticked(&state, F.now.adding(millis: 6_250)) == [.loadOutboxCount, .loadUploads])
        // Nothing unfinished: no more polls.
        #expect(state.update(.outboxCountLoaded(0)).contains(.loadOutboxCount))   // a changed count refreshes
        #expect(state.update(.uploadsLoaded([])) == [])
        #expect(Self.ticked(&state, F.now.adding(seconds: 60)) == [])
    }
}
