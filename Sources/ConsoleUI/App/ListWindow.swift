import ListContract
import SellerCore

/// The rows of one list that are in memory: a window of a few pages around the selection, never the whole
/// list. Scrolling past either end asks the store for the next page by key (keyset paging), and the far end
/// is dropped so the window stays bounded however far the seller scrolls through a million rows.
public struct ListWindow: Hashable, Sendable {
    public internal(set) var rows: [ListRow] = []
    /// No rows exist before `rows[0]` / after `rows.last` (as of the last load).
    public internal(set) var atTop = true
    public internal(set) var atBottom = false
    /// Index into `rows` of the selected row (0 when empty).
    public internal(set) var selected = 0
    /// Index into `rows` of the first visible row.
    public internal(set) var scroll = 0
    /// The absolute position of `rows[0]` in the whole list, when known (from the top it is; after a jump to
    /// the bottom it is derived from the count).
    public internal(set) var firstIndex: Int? = 0

    /// Rows per page asked of the store.
    public static let pageSize = 100
    /// Rows kept in memory at most.
    public static let maxRows = 500

    public init() {}

    public var isEmpty: Bool { rows.isEmpty }
    public var selectedRow: ListRow? { rows.indices.contains(selected) ? rows[selected] : nil }

    /// The absolute position of the selected row, when known.
    public var selectedIndex: Int? { firstIndex.map { $0 + selected } }

    /// Moves the selection by `delta` rows within what is loaded, keeping it visible in `height` rows.
    public mutating func move(by delta: Int, height: Int) {
        guard !rows.isEmpty else { return }
        selected = min(max(0, selected + delta), rows.count - 1)
        keepVisible(height: height)
    }

    /// The part of a move by `delta` that runs past the loaded rows toward an end not loaded yet (0 when the
    /// rows it needs are here or the list ends there): it waits for the page instead of being dropped.
    public func overrun(_ delta: Int) -> Int {
        guard !rows.isEmpty else { return 0 }
        if delta > 0, !atBottom { return max(0, selected + delta - (rows.count - 1)) }
        if delta < 0, !atTop { return min(0, selected + delta) }
        return 0
    }

    /// Selects a loaded row by index.
    public mutating func select(_ index: Int, height: Int) {
        guard !rows.isEmpty else { return }
        selected = min(max(0, index), rows.count - 1)
        keepVisible(height: height)
    }

    /// Scrolls the view by `delta` rows (the mouse wheel), dragging the selection along only when it would
    /// leave the screen.
    public mutating func scrollView(by delta: Int, height: Int) {
        guard !rows.isEmpty else { return }
        let maxScroll = max(0, rows.count - max(1, height))
        scroll = min(max(0, scroll + delta), maxScroll)
        if selected < scroll { selected = scroll }
        if selected >= scroll + height { selected = min(rows.count - 1, scroll + height - 1) }
    }

    mutating func keepVisible(height: Int) {
        let h = max(1, height)
        if selected < scroll { scroll = selected }
        if selected >= scroll + h { scroll = selected - h + 1 }
        scroll = max(0, min(scroll, max(0, rows.count - h)))
    }

    /// Whether the selection is near enough to the loaded end that the next page should be fetched now, so
    /// scrolling never waits for it.
    public func needsRowsBelow(height: Int) -> Bool {
        !atBottom && !rows.isEmpty && rows.count - selected <= max(ListWindow.pageSize / 2, height * 2)
    }

    public func needsRowsAbove(height: Int) -> Bool {
        !atTop && !rows.isEmpty && selected <= max(ListWindow.pageSize / 2, height * 2)
    }

    /// Replaces everything with a freshly loaded window (first load, a new filter or sort, a jump or a
    /// refresh): `selecting` is the row to select, `keepingRowOnScreenAt` where it should appear.
    public mutating func reset(rows: [ListRow], atTop: Bool, atBottom: Bool, selecting: Int,
                               screenRow: Int, firstIndex: Int?, height: Int) {
        self.rows = rows
        self.atTop = atTop
        self.atBottom = atBottom
        self.firstIndex = atTop ? 0 : firstIndex
        selected = rows.isEmpty ? 0 : min(max(0, selecting), rows.count - 1)
        scroll = max(0, selected - max(0, screenRow))
        keepVisible(height: height)
    }

    /// Adds a page fetched after the last row and drops rows far above the selection.
    public mutating func appendPage(_ page: ListPageResult, height: Int) {
        let known = Set(rows.suffix(ListWindow.pageSize).map(\.id))
        rows.append(contentsOf: page.rows.filter { !known.contains($0.id) })
        atBottom = !page.hasMore
        let excess = rows.count - ListWindow.maxRows
        let droppable = min(excess, max(0, scroll - height))
        if droppable > 0 {
            rows.removeFirst(droppable)
            selected -= droppable
            scroll -= droppable
            firstIndex = firstIndex.map { $0 + droppable }
            atTop = false
        }
    }

    /// Adds a page fetched before the first row and drops rows far below the selection.
    public mutating func prependPage(_ page: ListPageResult, height: Int) {
        let known = Set(rows.prefix(ListWindow.pageSize).map(\.id))
        let added = page.rows.filter { !known.contains($0.id) }
        rows.insert(contentsOf: added, at: 0)
        selected += added.count
        scroll += added.count
        atTop = !page.hasMore
        firstIndex = atTop ? 0 : firstIndex.map { max(0, $0 - added.count) }
        let excess = rows.count - ListWindow.maxRows
        let droppable = min(excess, max(0, rows.count - (scroll + height * 2)))
        if droppable > 0 {
            rows.removeLast(droppable)
            atBottom = false
        }
    }

    /// Fixes the absolute positions once the list's total is known after a jump to the bottom.
    public mutating func alignToTotal(_ total: Int) {
        if atBottom && !atTop { firstIndex = max(0, total - rows.count) }
    }
}
