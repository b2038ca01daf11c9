import ConsoleUI
import ListContract
import SellerCore
import TermUI
import Testing

@Suite struct ListPresentationTests {
    let context = PresentationFixtures.context

    /// The columns that may give way at 80 columns; everything else must show.
    /// 计费模式 gives way to the expiry with its year and word (issue 13, item 6).
    static let secondaryAt80: [EntityKind: Set<String>] = [.exceptions: ["来源", "调用次数", "实例ID"],
                                                           .instances: ["计费模式"],
                                                           .calls: ["HTTP", "实例ID", "来源"]]

    @Test(arguments: EntityKind.allCases)
    func essentialsFitAt80AndEverythingShowsAt160(kind: EntityKind) {
        let columns = ListPresentation.columns(for: kind, language: .zh)
        // 80 columns less a border, the pending-badge gutter (badge + space) and the scrollbar.
        let narrow = Table.columnWidths(columns, available: 80 - 2 - 2 - 1)
        for (column, width) in zip(columns, narrow) where !(Self.secondaryAt80[kind] ?? []).contains(column.title) {
            #expect(width >= column.minWidth && width > 0, "\(kind) \(column.title) at 80")
        }
        let wide = Table.columnWidths(columns, available: 160 - 2 - 1)
        #expect(wide.allSatisfy { $0 > 0 }, "\(kind) at 160: \(wide)")
        #expect(ListPresentation.columnIDs(for: kind, language: .zh).count == columns.count)
    }

    @Test(arguments: EntityKind.allCases)
    func everyRowHasOneCellPerColumnAndNoControlCharacters(kind: EntityKind) {
        let columns = ListPresentation.columns(for: kind, language: .zh)
        for row in PresentationFixtures.rows(for: kind) {
            let cells = ListPresentation.row(row, context: context)
            #expect(cells.cells.count == columns.count)
            for text in cells.cells {
                #expect(!text.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x7F }, "\(text)")
            }
        }
    }

    @Test func statusCellsCarryALabelAndARole() {
        func cell(_ kind: EntityKind, row: Int, _ column: ListColumn) -> (String, StyleRole?) {
            let table = ListPresentation.row(PresentationFixtures.rows(for: kind)[row], context: context)
            guard let i = ListPresentation.columnIDs(for: kind, language: .zh).firstIndex(of: column) else { return ("?", nil) }
            return (table.cells[i], i < table.cellRoles.count ? table.cellRoles[i] : nil)
        }
        #expect(cell(.orders, row: 0, .status) == ("处理中", .statusPending))
        #expect(cell(.orders, row: 1, .status) == ("已完成", .statusOk))
        #expect(cell(.orders, row: 2, .status) == ("已取消", .statusClosed))
        // A status from a newer build: its raw value, no role to guess with.
        #expect(cell(.orders, row: 3, .status) == ("ON_HOLD_V9", nil))
        #expect(cell(.instances, row: 1, .status) == ("开通失败", .statusFailed))
        #expect(cell(.exceptions, row: 0, .state) == ("自动重试中", .statusPending))
        #expect(cell(.exceptions, row: 2, .state) == ("重试已停止", .statusFailed))
        #expect(cell(.exceptions, row: 3, .state) == ("已解决", .statusOk))
        #expect(cell(.supervision, row: 1, .node) == ("商家确认需求", .statusWarn))
        #expect(cell(.tickets, row: 1, .status) == ("待受理", .statusWarn))
    }

    @Test func retryWindowAndIdleDaysAreFlaggedWithText() {
        func cell(_ kind: EntityKind, row: Int, _ column: ListColumn) -> (String, StyleRole?) {
            let table = ListPresentation.row(PresentationFixtures.rows(for: kind)[row], context: context)
            let i = ListPresentation.columnIDs(for: kind, language: .zh).firstIndex(of: column) ?? 0
            return (table.cells[i], table.cellRoles[i])
        }
        #expect(cell(.exceptions, row: 0, .windowLeft) == ("45分钟", nil))
        #expect(cell(.exceptions, row: 1, .windowLeft) == ("15分钟", .statusWarn))
        #expect(cell(.exceptions, row: 2, .windowLeft) == ("已截止", .statusFailed))
        #expect(cell(.exceptions, row: 3, .windowLeft) == ("—", .muted))
        #expect(cell(.exceptions, row: 0, .activity) == ("实例升级", nil))
        #expect(cell(.exceptions, row: 3, .activity) == ("tenantSync", nil))
        // Six days on a buyer-side node: past the 5-day appeal line.
        #expect(cell(.supervision, row: 0, .daysIdle) == ("6天", .statusWarn))
        #expect(cell(.supervision, row: 1, .rejectCount) == ("4", .statusWarn))
        #expect(cell(.supervision, row: 2, .daysIdle) == ("53天", nil))
        #expect(cell(.orders, row: 0, .amount) == ("¥12,800.00", nil))
        #expect(cell(.orders, row: 2, .createTime) == ("2025-12-30", nil))
        #expect(cell(.instances, row: 1, .expireTime) == ("—", nil))
    }

    @Test func aPastDeadlineOnAnOpenMessageIsAFailure() {
        var row = PresentationFixtures.exceptionRows[0]
        guard case .exception(var content) = row.content else { return }
        content.windowEndsAt = PresentationFixtures.now.adding(seconds: -60)
        row.content = .exception(content)
        let table = ListPresentation.row(row, context: context)
        let i = ListPresentation.columnIDs(for: .exceptions, language: .zh).firstIndex(of: .windowLeft) ?? 0
        #expect(table.cells[i] == "已截止")
        #expect(table.cellRoles[i] == .statusFailed)
    }

    @Test func pendingActionsGetABadge() {
        for kind in EntityKind.allCases {
            for row in PresentationFixtures.rows(for: kind) {
                let table = ListPresentation.row(row, context: context)
                #expect(table.badge == (row.pendingMark == nil ? "" : ListPresentation.pendingBadge))
                #expect(table.badgeRole == .badge)
            }
        }
    }

    @Test func failedActionsGetTheFailedBadgeAndRole() throws {
        for kind in EntityKind.allCases {
            var row = try #require(PresentationFixtures.rows(for: kind).first)
            row.content = Self.marked(row.content, PendingMark(.restart, state: .failed))
            let table = ListPresentation.row(row, context: context)
            #expect(table.badge == ListPresentation.failedBadge && table.badgeRole == .statusFailed, "\(kind)")
        }
    }

    @Test("a row whose action failed says why in its state cell, in the failed role")
    func failedActionsSayWhyOnTheRow() throws {
        for kind in EntityKind.allCases {
            var row = try #require(PresentationFixtures.rows(for: kind).first)
            let plain = ListPresentation.row(row, context: context)
            row.content = Self.marked(row.content, PendingMark(action: .known(.restart), state: .failed,
                                                               failure: .known(.restartFailed)))
            let table = ListPresentation.row(row, context: context)
            let changed = zip(plain.cells, table.cells).enumerated().filter { $0.element.0 != $0.element.1 }
            #expect(changed.count == 1, "\(kind): one cell says why")
            let index = try #require(changed.first?.offset)
            #expect(table.cells[index] == "重启失败" && table.cellRoles[index] == .statusFailed, "\(kind)")
            row.content = Self.marked(row.content, PendingMark(.restart, state: .failed))
            #expect(ListPresentation.row(row, context: context).cells[index] == "操作失败", "\(kind): no class kept")
        }
        for failure in OutboxFailure.allCases {
            #expect(DisplayWidth.width(of: ListPresentation.failureWord(.known(failure)).zh) <= 10,
                    "\(failure) fits the exceptions' 处理状态 column")
        }
    }

    @Test func sortMarkerFindsTheColumnShowingTheSortValue() {
        for kind in EntityKind.allCases {
            for column in ListSortColumn.columns(for: kind) {
                let index = ListPresentation.sortColumnIndex(for: kind, sort: ListSort(column), language: .zh)
                if let index {
                    #expect(ListPresentation.columnIDs(for: kind, language: .zh)[index].sortColumn == column)
                }
            }
        }
        #expect(ListPresentation.sortColumnIndex(for: .orders, sort: ListSort(.createTime), language: .zh) == 1)
        #expect(ListPresentation.sortColumnIndex(for: .orders, sort: ListSort(.updatedAt), language: .zh) == nil)
        #expect(ListPresentation.sortColumnIndex(for: .tickets, sort: ListSort(.updatedAt), language: .zh) == 5)
        #expect(ListPresentation.sortColumnIndex(for: .exceptions, sort: ListSort(.windowEndsAt), language: .zh) == 4)
        // Oldest nodeSince first is the most days idle first: the marker points down.
        let idle = ListPresentation.tableSort(for: .supervision, sort: ListSort(.nodeSince, descending: false), language: .zh)
        #expect(idle == Table.Sort(column: 4, ascending: false))
        #expect(ListPresentation.tableSort(for: .orders, sort: ListSort(.createTime, descending: true), language: .zh)
                == Table.Sort(column: 1, ascending: false))
    }

    /// `content` with the outbox mark `mark`.
    static func marked(_ content: ListRow.Content, _ mark: PendingMark) -> ListRow.Content {
        switch content {
        case .order(var r): r.pendingMark = mark; return .order(r)
        case .instance(var r): r.pendingMark = mark; return .instance(r)
        case .exception(var r): r.pendingMark = mark; return .exception(r)
        case .supervision(var r): r.pendingMark = mark; return .supervision(r)
        case .ticket(var r): r.pendingMark = mark; return .ticket(r)
        case .call(var r): r.pendingMark = mark; return .call(r)
        }
    }
}
