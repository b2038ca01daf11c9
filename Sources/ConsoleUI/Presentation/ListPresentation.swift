import ListContract
import Localization
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

    /// The columns of `kind`'s table, left to right, titled in `language`.
    public static func columns(for kind: EntityKind, language: Language) -> [TableColumn] {
        layout(for: kind, language: language).map(\.column)
    }

    /// The columns of `kind`'s table for the rows on screen. An amount is never cut: its column first gets the
    /// width of the widest amount shown, and the name columns give up what that takes from them.
    public static func columns(for kind: EntityKind, rows: some Sequence<ListRow>,
                               context: DisplayContext) -> [TableColumn] {
        var columns = columns(for: kind, language: context.language)
        let ids = columnIDs(for: kind, language: context.language)
        guard let amount = ids.firstIndex(of: .amount) else { return columns }
        let widest = rows.reduce(0) { widest, row in
            guard case .order(let order) = row.content else { return widest }
            return max(widest, DisplayWidth.width(of: orderCell(.amount, order, context).text))
        }
        var deficit = widest - columns[amount].minWidth
        guard deficit > 0 else { return columns }
        columns[amount].minWidth = widest
        columns[amount].maxWidth = max(columns[amount].maxWidth ?? widest, widest)
        for id in [ListColumn.productName, .customerName] {
            guard deficit > 0, let index = ids.firstIndex(of: id) else { continue }
            let given = min(deficit, max(0, columns[index].minWidth - minimumNameWidth))
            columns[index].minWidth -= given
            deficit -= given
        }
        return columns
    }

    /// The narrowest a name column gets when an amount needs its room: one wide character and `…`.
    static let minimumNameWidth = 3

    /// What each column of `kind`'s table shows, in the same order as `columns(for:)`.
    public static func columnIDs(for kind: EntityKind, language: Language) -> [ListColumn] {
        layout(for: kind, language: language).map(\.id)
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

    /// The cells of one row: every store string sanitised to one line, statuses as their label in the context's
    /// language with a role per cell, and the pending badge when an action waits in the outbox. `marked` is nil when the list
    /// has no marks; otherwise the gutter gets a mark column in front of the badge.
    public static func row(_ row: ListRow, context: DisplayContext, marked: Bool? = nil) -> TableRow {
        let ids = columnIDs(for: row.kind, language: context.language)
        let plain: [ListCell] = switch row.content {
        case .order(let r): ids.map { orderCell($0, r, context) }
        case .instance(let r): ids.map { instanceCell($0, r, context) }
        case .exception(let r): ids.map { exceptionCell($0, r, context) }
        case .supervision(let r): ids.map { supervisionCell($0, r, context) }
        case .ticket(let r): ids.map { ticketCell($0, r, context) }
        case .call(let r): ids.map { callCell($0, r, context) }
        }
        let cells = failedActionShown(row.pendingMark, in: plain, kind: row.kind, language: context.language)
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
    static func failedActionShown(_ mark: PendingMark?, in cells: [ListCell], kind: EntityKind,
                                  language: Language) -> [ListCell] {
        guard mark?.state == .failed,
              let index = columnIDs(for: kind, language: language)
                .firstIndex(where: { [.status, .state, .node, .outcome].contains($0) })
        else { return cells }
        var shown = cells
        shown[index] = (text: failureWord(mark?.failure).text(language), role: .statusFailed)
        return shown
    }

    /// A failure class in a word short enough for a state column (10 cells); the 队列 tab and the detail give the
    /// full sentence.
    public static func failureWord(_ failure: StoredValue<OutboxFailure>?) -> Phrase {
        switch failure?.known {
        case .keysRefused?: Phrase(zh: "密钥被拒", en: "Bad keys")
        case .notAllowed?: Phrase(zh: "状态不允许", en: "Disallowed")
        case .refused?: Phrase(zh: "被拒绝", en: "Refused")
        case .fileChanged?: Phrase(zh: "文件已变化", en: "Modified")
        case .fileUnreadable?: Phrase(zh: "文件不可读", en: "Unreadable")
        case .gaveUp?: Phrase(zh: "重试用尽", en: "Gave up")
        case .unreadable?: Phrase(zh: "无法读取", en: "Unreadable")
        case .restartFailed?: Phrase(zh: "重启失败", en: "Re-failed")
        case nil: Phrase(zh: "操作失败", en: "Failed")
        }
    }

    /// The table column that carries the sort marker for `sort`, nil when no column shows that value (e.g.
    /// orders sorted by 更新时间).
    public static func sortColumnIndex(for kind: EntityKind, sort: ListSort, language: Language) -> Int? {
        columnIDs(for: kind, language: language).firstIndex { $0.sortColumn == sort.column }
    }

    /// The `Table.Sort` for `sort`, with the marker's direction as the column reads (days idle run against
    /// `nodeSince`).
    public static func tableSort(for kind: EntityKind, sort: ListSort, language: Language) -> Table.Sort? {
        guard let index = sortColumnIndex(for: kind, sort: sort, language: language) else { return nil }
        let ascending = !sort.descending
        let against = columnIDs(for: kind, language: language)[index].runsAgainstSort
        return Table.Sort(column: index, ascending: against ? !ascending : ascending)
    }

    /// How the pane title names the sort: the header of the column that shows the sort value, with the arrow
    /// the column's marker points (↓ with ▼), so title, marker and values agree; the sort column's own name when
    /// no column shows it (orders by 更新时间).
    public static func sortCaption(for kind: EntityKind, sort: ListSort, language: Language) -> String {
        guard let marker = tableSort(for: kind, sort: sort, language: language),
              let index = sortColumnIndex(for: kind, sort: sort, language: language) else {
            return sort.column.label(language) + (sort.descending ? " ↓" : " ↑")
        }
        return columns(for: kind, language: language)[index].title + (marker.ascending ? " ↑" : " ↓")
    }

    // MARK: - Column layouts

    /// Widths: ids and times are fixed (they have one length), names flex by weight up to a sensible maximum,
    /// the free-text column (product, 异常信息, 标题) takes whatever is left. The minimums of the columns that must
    /// show add up to at most 75 cells: 80 less a border (2), the badge gutter (2) and the scrollbar (1). English
    /// titles and values are longer or shorter than the Chinese, so a fixed column has a width per language, the
    /// widest of its title and values (`ListColumnWidthTests` checks both against 80 columns).
    static func layout(for kind: EntityKind, language: Language) -> [(id: ListColumn, column: TableColumn)] {
        let columns = ListColumnTitles(language: language)
        return switch kind {
        // English order types and statuses are wider (Unsubscribe, Processing): in English the type goes last,
        // so at 80 columns it gives way and the status and amount keep their place.
        case .orders:
            [
                (.orderId, columns.orderId),
                (.createTime, columns.time(RecordField.createTime, sortedByDefault: true)),
                (.customerName, columns.customer),
                (.productName, columns.flexible(RecordField.productName, min: 8, flex: 3)),
            ] + (language == .zh ? [(.orderType, columns.fixed(RecordField.orderTypeColumn, 8))] : [])
            + [
                (.status, columns.fixed(RecordField.status, zh: 6, en: 10)),
                (.amount, columns.flexible(RecordField.amount, min: 10, max: 14, flex: 1, alignment: .right)),
            ] + (language == .en ? [(.orderType, columns.fixed(RecordField.orderTypeColumn, 11))] : [])
        case .instances: [
            (.instanceId, columns.flexible(RecordField.instanceId, min: 9, max: 36, flex: 2)),
            (.orderId, columns.orderId),
            (.productName, columns.flexible(RecordField.productName, min: 8, flex: 3)),
            (.customerName, columns.customer),
            (.status, columns.fixed(RecordField.status, 8)),
            // The expiry (with its year and word) outranks 计费模式, which gives way at 80 columns.
            (.expireTime, columns.fixed(RecordField.expireTime, expiryWidth)),
            (.chargingMode, columns.flexible(RecordField.chargingMode, min: 8, max: language == .zh ? 10 : 14, flex: 1)),
        ]
        // 来源, 调用次数 and 实例ID come last: at 80 columns they give way to the 异常信息 a seller must read, and
        // the full-width instance id shows only where there is room for all of it.
        case .exceptions: [
            (.lastAttemptAt, columns.time(RecordField.lastAttemptAt, sortedByDefault: true)),
            (.activity, columns.flexible(RecordField.activity, min: 8, max: 16, flex: 1)),
            (.orderId, columns.orderId),
            (.state, columns.flexible(RecordField.exceptionState, min: language == .zh ? 10 : 12, max: 14, flex: 1)),
            (.windowLeft, columns.fixed(RecordField.windowLeftColumn, 12)),
            (.exceptionInfo, columns.flexible(RecordField.exceptionInfo, min: 9, flex: 6)),
            (.source, columns.fixed(RecordField.source, 8)),
            (.attemptCount, columns.fixed(RecordField.attemptCount, 8, alignment: .right)),
            (.instanceId, columns.fixed(RecordField.instanceId, 36)),
        ]
        case .supervision: [
            (.orderId, columns.orderId),
            (.customerName, columns.customer),
            (.productName, columns.flexible(RecordField.productName, min: 8, flex: 3)),
            (.node, columns.flexible(RecordField.node, min: 12, max: 16, flex: 1)),
            (.daysIdle, columns.fixed(RecordField.daysIdleColumn, zh: 8 + sortMarkerWidth, en: 4 + sortMarkerWidth,
                                      alignment: .right)),
            (.rejectCount, columns.fixed(RecordField.rejectCountColumn, zh: 8, en: 7, alignment: .right)),
            (.scenario, columns.fixed(RecordField.scenario, zh: 6, en: 8)),
        ]
        case .tickets: [
            (.caseId, columns.flexible(RecordField.caseId, min: 19, max: 24, flex: 1)),
            (.title, columns.flexible(RecordField.title, min: 12, flex: 4)),
            (.customerName, columns.customer),
            (.status, columns.fixed(RecordField.status, zh: 10, en: 13)),
            (.messageCount, columns.fixed(RecordField.messageCount, zh: 6, en: 5, alignment: .right)),
            (.updatedAt, columns.time(RecordField.updatedAt, sortedByDefault: true)),
        ]
        // HTTP shows from the 160-column screen's list on, 实例ID and 来源 on wider ones; the 失败原因 a seller
        // reads keeps the rest. At every width a replay is marked in its 接口类型 cell (重放·).
        case .calls: [
            (.receivedAt, columns.time(RecordField.receivedAt, sortedByDefault: true)),
            (.activity, columns.flexible(RecordField.activity, min: 8, max: 16, flex: 1)),
            (.orderId, columns.orderId),
            (.outcome, columns.fixed(RecordField.outcome, zh: 8, en: 7)),
            (.signature, columns.fixed(RecordField.signature, zh: 8, en: 9)),
            (.latency, columns.fixed(RecordField.latency, 8, alignment: .right)),
            (.failure, columns.flexible(RecordField.failureReason, min: 9, flex: 6)),
            (.httpStatus, columns.fixed(Phrase(verbatim: "HTTP"), 4, alignment: .right)),
            (.instanceId, columns.fixed(RecordField.instanceId, 36)),
            (.origin, columns.fixed(RecordField.source, zh: 10, en: 11)),
        ]
        }
    }

    /// `2026-11-23 即将到期` / `2026-11-23 Due soon`: a date with its year and the longest expiry word.
    static let expiryWidth = 10 + 1 + 8

    /// Room for the ` ▼` the table adds to the sorted column's title.
    static let sortMarkerWidth = 2
}
