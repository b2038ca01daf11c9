import ListContract
import SellerCore
@testable import SellerStore
import Testing
import TestSupport

/// The typed list contract (ListContract): statuses of the query's kind only, one parse of sort column names,
/// stored enum values that keep a spelling this build does not know.
@Suite struct ListContractTests {
    @Test func aStatusOfAnotherKindIsRefusedNotSilentlyEmpty() throws {
        let (directory, store) = try ListFixtures.makeStore("list-contract-status")
        defer { withExtendedLifetime(directory) {} }
        try ListFixtures.fill(store, [ListFixtures.record(.orders, 1)])
        let stray = StoreListQuery(kind: .orders, statuses: [.ticket(.done)])
        #expect(throws: ListQueryError.statusNotOfKind(.ticket(.done), .orders)) { try store.page(stray) }
        #expect(throws: ListQueryError.statusNotOfKind(.ticket(.done), .orders)) { try store.count(stray) }
        for kind in EntityKind.allCases {
            #expect(ListStatus.all(for: kind).allSatisfy { $0.kind == kind && !$0.label.isEmpty })
        }
    }

    @Test func sortColumnsParseByNameInAnySpellingOrByHeader() {
        #expect(ListSortColumn.parse("windowEndsAt", for: .exceptions) == .windowEndsAt)
        #expect(ListSortColumn.parse("window-ends-at", for: .exceptions) == .windowEndsAt)
        #expect(ListSortColumn.parse("WINDOW_ENDS_AT", for: .exceptions) == .windowEndsAt)
        #expect(ListSortColumn.parse("重试截止时间", for: .exceptions) == .windowEndsAt)
        #expect(ListSortColumn.parse("windowEndsAt", for: .orders) == nil, "not a column of orders")
        #expect(ListSortColumn.parse("", for: .orders) == nil)
        for kind in EntityKind.allCases {
            for column in ListSortColumn.columns(for: kind) {
                #expect(ListSortColumn.parse(column.rawValue, for: kind) == column)
                #expect(ListSortColumn.parse(column.label, for: kind) == column)
            }
        }
    }

    @Test func storedValuesKeepAnUnknownSpelling() {
        let known = StoredValue<OrderStatus>(rawValue: "COMPLETED")
        #expect(known == .known(.completed) && known.label == OrderStatus.completed.label)
        let newer = StoredValue<OrderStatus>(rawValue: "ON_HOLD_V9")
        #expect(newer == .unrecognized("ON_HOLD_V9") && newer.known == nil)
        #expect(newer.rawValue == "ON_HOLD_V9" && newer.label == "ON_HOLD_V9")
        let mark = PendingMark(action: StoredValue(rawValue: "teleport"), state: .failed)
        #expect(mark.action.label == "teleport" && !mark.isPending)
        #expect(PendingMark(.restart).isPending && PendingMark(.restart).action.label == ActionKind.restart.label)
    }

    @Test("a failed mark keeps its failure class in the column; marks written before it read as they were")
    func failedMarkColumn() {
        let failed = PendingMark(action: .known(.restart), state: .failed, failure: .known(.restartFailed))
        #expect(failed.columnText == "!restart:restart-failed")
        #expect(PendingMark(column: failed.columnText) == failed)
        #expect(PendingMark(column: "!restart") == PendingMark(.restart, state: .failed))
        #expect(PendingMark(column: "!restart:") == PendingMark(.restart, state: .failed))
        #expect(PendingMark(column: "!restart:from-the-future")?.failure == .unrecognized("from-the-future"))
        #expect(PendingMark(column: "restart") == PendingMark(.restart), "a pending mark has no class")
        #expect(PendingMark(action: .known(.restart), state: .pending, failure: .known(.refused)).failure == nil)
        #expect(PendingMark(column: "!") == nil && PendingMark(column: "!:refused") == nil)
    }
}
