import ListContract
import SellerCore
import TermUI

/// How the five lists look: which columns, how wide, and what goes in each cell. Columns are listed most
/// important first, because `Table` hides columns from the right when their minimum widths do not fit; the
/// minimums are chosen so a row's essentials fit an 80-column terminal (with the badge gutter and scrollbar)
/// and every column shows at 160.
public enum ListPresentation {
    /// The badge of a row whose outbox action is not confirmed yet; one cell, because the table's badge
    /// gutter is at most two cells wide.
    public static let pendingBadge = "⧗"

    /// The columns of `kind`'s table, left to right.
    public static func columns(for kind: EntityKind) -> [TableColumn] {
        layout(for: kind).map(\.column)
    }

    /// The columns of `kind`'s table for the rows on screen. An amount is never cut: its column first gets the
    /// width of the widest amount shown, and the name columns give up what that takes from them.
    public static func columns(for kind: EntityKind, rows: some Sequence<ListRow>,
                               context: DisplayContext) -> [TableColumn] {
        var columns = columns(for: kind)
        guard let amount = columnIDs(for: kind).firstIndex(of: .amount) else { return columns }
        let widest = rows.reduce(0) { widest, row in
            guard case .order(let order) = row.content else { return widest }
            return max(widest, DisplayWidth.width(of: orderCell(.amount, order, context).text))
        }
        var deficit = widest - columns[amount].minWidth
        guard deficit > 0 else { return columns }
        columns[amount].minWidth = widest
        columns[amount].maxWidth = max(columns[amount].maxWidth ?? widest, widest)
        for id in [ListColumn.productName, .customerName] {
            guard deficit > 0, let index = columnIDs(for: kind).firstIndex(of: id) else { continue }
            let given = min(deficit, max(0, columns[index].minWidth - minimumNameWidth))
            columns[index].minWidth -= given
            deficit -= given
        }
        return columns
    }

    /// The narrowest a name column gets when an amount needs its room: one wide character and `…`.
    static let minimumNameWidth = 3

    /// What each column of `kind`'s table shows, in the same order as `columns(for:)`.
    public static func columnIDs(for kind: EntityKind) -> [ListColumn] {
        layout(for: kind).map(\.id)
    }

    /// The badge of a row whose last action failed in the outbox.
    public static let failedBadge = "✗"
    /// The mark of a row chosen for a bulk action.
    public static let markBadge = "*"

    /// The badge of a row's outbox state (pending, failed or none) and its role.
    static func actionBadge(_ mark: PendingMark?) -> (text: String, role: StyleRole) {
        switch mark?.state {
        case nil: ("", .badge)
        case .pending?: (pendingBadge, .badge)
        case .failed?: (failedBadge, .statusFailed)
        }
    }

    /// The badge's text alone (the CLI's table), empty without a mark.
    public static func badgeText(_ mark: PendingMark?) -> String { actionBadge(mark).text }

    /// The cells of one row: every store string sanitised to one line, statuses as their Chinese label with a
    /// role per cell, and the pending badge when an action waits in the outbox. `marked` is nil when the list
    /// has no marks; otherwise the gutter gets a mark column in front of the badge.
    public static func row(_ row: ListRow, context: DisplayContext, marked: Bool? = nil) -> TableRow {
        let ids = columnIDs(for: row.kind)
        let plain: [ListCell] = switch row.content {
        case .order(let r): ids.map { orderCell($0, r, context) }
        case .instance(let r): ids.map { instanceCell($0, r, context) }
        case .exception(let r): ids.map { exceptionCell($0, r, context) }
        case .supervision(let r): ids.map { supervisionCell($0, r, context) }
        case .ticket(let r): ids.map { ticketCell($0, r, context) }
        case .call(let r): ids.map { callCell($0, r, context) }
        }
        let cells = failedActionShown(row.pendingMark, in: plain, kind: row.kind)
        let badge = rowBadge(row, marked: marked != nil, language: context.language)
        guard let marked else {
            return TableRow(cells.map(\.text), cellRoles: cells.map(\.role), badge: badge.text, badgeRole: badge.role)
        }
        let text = (marked ? markBadge : " ") + (badge.text.isEmpty ? " " : badge.text)
        return TableRow(cells.map(\.text), cellRoles: cells.map(\.role), badge: text,
                        badgeRole: badge.text.isEmpty ? .badge : badge.role)
    }

    /// While the record's last action has failed, its state cell says why (`重新启动失败`, `当前状态不允许`) in the
    /// failed role, beside the ✗ badge: what the seller did did not happen, and the row says so until 重试 or 放弃.
    /// The record's own state stays in its detail.
    static func failedActionShown(_ mark: PendingMark?, in cells: [ListCell], kind: EntityKind) -> [ListCell] {
        guard mark?.state == .failed,
              let index = columnIDs(for: kind).firstIndex(where: { [.status, .state, .node, .outcome].contains($0) })
        else { return cells }
        var shown = cells
        shown[index] = (text: failureWord(mark?.failure), role: .statusFailed)
        return shown
    }

    /// A failure class in a word short enough for a state column (10 cells); the 队列 tab and the detail give the
    /// full sentence.
    public static func failureWord(_ failure: StoredValue<OutboxFailure>?) -> String {
        switch failure?.known {
        case .keysRefused?: "密钥被拒"
        case .notAllowed?: "状态不允许"
        case .refused?: "被拒绝"
        case .fileChanged?: "文件已变化"
        case .fileUnreadable?: "文件不可读"
        case .gaveUp?: "重试用尽"
        case .unreadable?: "无法读取"
        case .restartFailed?: "重启失败"
        case nil: "操作失败"
        }
    }

    /// The table column that carries the sort marker for `sort`, nil when no column shows that value (e.g.
    /// orders sorted by 更新时间).
    public static func sortColumnIndex(for kind: EntityKind, sort: ListSort) -> Int? {
        columnIDs(for: kind).firstIndex { $0.sortColumn == sort.column }
    }

    /// The `Table.Sort` for `sort`, with the marker's direction as the column reads (days idle run against
    /// `nodeSince`).
    public static func tableSort(for kind: EntityKind, sort: ListSort) -> Table.Sort? {
        guard let index = sortColumnIndex(for: kind, sort: sort) else { return nil }
        let ascending = !sort.descending
        return Table.Sort(column: index, ascending: columnIDs(for: kind)[index].runsAgainstSort ? !ascending : ascending)
    }

    /// How the pane title names the sort: the header of the column that shows the sort value, with the arrow
    /// the column's marker points (↓ with ▼), so title, marker and values agree; the sort column's own name when
    /// no column shows it (orders by 更新时间).
    public static func sortCaption(for kind: EntityKind, sort: ListSort) -> String {
        guard let marker = tableSort(for: kind, sort: sort), let index = sortColumnIndex(for: kind, sort: sort) else {
            return sort.column.label + (sort.descending ? " ↓" : " ↑")
        }
        return columns(for: kind)[index].title + (marker.ascending ? " ↑" : " ↓")
    }

    // MARK: - Column layouts

    /// Widths: ids and times are fixed (they have one length), names flex by weight up to a sensible maximum,
    /// the free-text column (product, 异常信息, 标题) takes whatever is left. The minimums of the columns that must
    /// show add up to at most 75 cells: 80 less a border (2), the badge gutter (2) and the scrollbar (1).
    static func layout(for kind: EntityKind) -> [(id: ListColumn, column: TableColumn)] {
        switch kind {
        case .orders: [
            (.orderId, orderIdColumn),
            (.createTime, timeColumn("创建时间", sortedByDefault: true)),
            (.customerName, customerColumn),
            (.productName, TableColumn("产品名称", min: 8, flex: 3)),
            (.orderType, TableColumn.fixed("订单类型", 8)),
            (.status, TableColumn.fixed("状态", 6)),
            (.amount, TableColumn("金额", min: 10, max: 14, flex: 1, alignment: .right)),
        ]
        case .instances: [
            (.instanceId, TableColumn("实例ID", min: 9, max: 36, flex: 2)),
            (.orderId, orderIdColumn),
            (.productName, TableColumn("产品名称", min: 8, flex: 3)),
            (.customerName, customerColumn),
            (.status, TableColumn.fixed("状态", 8)),
            // The expiry (with its year and word) outranks 计费模式, which gives way at 80 columns.
            (.expireTime, TableColumn.fixed("到期时间", expiryWidth)),
            (.chargingMode, TableColumn("计费模式", min: 8, max: 10, flex: 1)),
        ]
        // 来源, 调用次数 and 实例ID come last: at 80 columns they give way to the 异常信息 a seller must read, and
        // the full-width instance id shows only where there is room for all of it.
        case .exceptions: [
            (.lastAttemptAt, timeColumn("最近调用时间", sortedByDefault: true)),
            (.activity, TableColumn("接口类型", min: 8, max: 16, flex: 1)),
            (.orderId, orderIdColumn),
            (.state, TableColumn("处理状态", min: 10, max: 14, flex: 1)),
            (.windowLeft, TableColumn.fixed("剩余重试时间", 12)),
            (.exceptionInfo, TableColumn("异常信息", min: 9, flex: 6)),
            (.source, TableColumn.fixed("来源", 8)),
            (.attemptCount, TableColumn.fixed("调用次数", 8, alignment: .right)),
            (.instanceId, TableColumn.fixed("实例ID", 36)),
        ]
        case .supervision: [
            (.orderId, orderIdColumn),
            (.customerName, customerColumn),
            (.productName, TableColumn("产品名称", min: 8, flex: 3)),
            (.node, TableColumn("当前节点", min: 12, max: 16, flex: 1)),
            (.daysIdle, TableColumn.fixed("停留天数", 8 + sortMarkerWidth, alignment: .right)),
            (.rejectCount, TableColumn.fixed("驳回次数", 8, alignment: .right)),
            (.scenario, TableColumn.fixed("场景", 6)),
        ]
        case .tickets: [
            (.caseId, TableColumn("工单号", min: 19, max: 24, flex: 1)),
            (.title, TableColumn("标题", min: 12, flex: 4)),
            (.customerName, customerColumn),
            (.status, TableColumn.fixed("状态", 10)),
            (.messageCount, TableColumn.fixed("留言数", 6, alignment: .right)),
            (.updatedAt, timeColumn("更新时间", sortedByDefault: true)),
        ]
        // HTTP shows from the 160-column screen's list on, 实例ID and 来源 on wider ones; the 失败原因 a seller
        // reads keeps the rest. At every width a replay is marked in its 接口类型 cell (重放·).
        case .calls: [
            (.receivedAt, timeColumn("调用时间", sortedByDefault: true)),
            (.activity, TableColumn("接口类型", min: 8, max: 16, flex: 1)),
            (.orderId, orderIdColumn),
            (.outcome, TableColumn.fixed("结果", 8)),
            (.signature, TableColumn.fixed("签名", 8)),
            (.latency, TableColumn.fixed("耗时", 8, alignment: .right)),
            (.failure, TableColumn("失败原因", min: 9, flex: 6)),
            (.httpStatus, TableColumn.fixed("HTTP", 4, alignment: .right)),
            (.instanceId, TableColumn.fixed("实例ID", 36)),
            (.origin, TableColumn.fixed("来源", 10)),
        ]
        }
    }

    /// KooGallery order ids are 17 characters (CS + yyMMddHHmm + 5); longer ones get a little more room.
    static let orderIdColumn = TableColumn("订单号", min: 17, max: 24, flex: 1)
    static let customerColumn = TableColumn("客户名称", min: 8, max: 24, flex: 2)

    /// `2026-11-23 即将到期`: a date with its year and the longest expiry word.
    static let expiryWidth = 10 + 1 + 8

    /// Room for the ` ▼` the table adds to the sorted column's title.
    static let sortMarkerWidth = 2

    /// `LocalTimeFormat.compact` is at most 11 cells. A column a list opens sorted by keeps its whole title
    /// beside the sort marker.
    static func timeColumn(_ title: String, sortedByDefault: Bool = false) -> TableColumn {
        let titleWidth = DisplayWidth.width(of: title) + (sortedByDefault ? sortMarkerWidth : 0)
        return TableColumn.fixed(title, max(11, titleWidth))
    }
}
