import Localization
import SellerCore

/// A request for a page of the outbox, newest first: the whole first page again (`beforeId` nil, replacing
/// what is loaded) or the next page below the last loaded item.
public struct OutboxPageRequest: Hashable, Sendable {
    public var states: [OutboxState]
    public var beforeId: Int64?
    public var limit: Int
    public var generation: Int

    public init(states: [OutboxState], beforeId: Int64?, limit: Int, generation: Int) {
        self.states = states
        self.beforeId = beforeId
        self.limit = limit
        self.generation = generation
    }
}

/// The 队列 tab: a window of outbox items paged from SQL by id (never the whole table), the selection, the
/// status preset, and whether the detail pane scrolls the selected item.
public struct OutboxListState: Equatable, Sendable {
    /// The status presets `f` cycles.
    public struct Preset: Hashable, Sendable {
        /// The name in both languages (`label` is the Chinese one).
        public var phrase: Phrase
        public var states: [OutboxState]

        public var label: String { phrase.zh }
    }

    public static let presets = [
        Preset(phrase: Phrase(zh: "全部", en: "all"), states: []),
        Preset(phrase: Phrase(zh: "未完成", en: "unfinished"), states: [.queued, .sending, .waiting, .failed]),
        Preset(phrase: Phrase(zh: "失败", en: "failed"), states: [.failed]),
        Preset(phrase: Phrase(zh: "未发送", en: "unsent"), states: [.queued, .sending, .waiting]),
    ]
    public static let pageSize = 100
    /// Items kept in memory at most; older ones are dropped from the top while scrolling down.
    public static let maxItems = 300

    public var presetIndex = 0
    public internal(set) var items: [OutboxItem] = []
    public internal(set) var selected = 0
    public internal(set) var scroll = 0
    /// No items exist before `items[0]` / after `items.last` (as of the last load).
    public internal(set) var atTop = true
    public internal(set) var atBottom = false
    public internal(set) var loaded = false
    public var loading = false
    public var loadingMore = false
    /// The store changed while another tab was shown: reload when the tab is shown again.
    public var stale = true
    public var generation = 0
    public var error: String?
    /// Lines the detail pane is scrolled by.
    public var detailScroll = 0

    public init() {}

    public var preset: Preset {
        OutboxListState.presets.indices.contains(presetIndex) ? OutboxListState.presets[presetIndex]
            : OutboxListState.presets[0]
    }

    public var selectedItem: OutboxItem? { items.indices.contains(selected) ? items[selected] : nil }

    /// Takes a loaded page: a first page replaces the items (keeping the selected item selected when it is still
    /// there), a later page is appended and the far top dropped so at most `maxItems` stay.
    mutating func receive(_ request: OutboxPageRequest, _ page: [OutboxItem], height: Int) {
        let full = page.count >= request.limit
        if request.beforeId == nil {
            let keptID = selectedItem?.id
            let screenRow = selected - scroll
            items = page
            atTop = true
            atBottom = !full
            selected = keptID.flatMap { id in items.firstIndex { $0.id == id } } ?? min(selected, max(0, items.count - 1))
            scroll = max(0, selected - max(0, screenRow))
            loading = false
            loaded = true
            stale = false
        } else {
            guard items.last?.id == request.beforeId else { return }
            items += page
            atBottom = !full
            loadingMore = false
            let excess = items.count - OutboxListState.maxItems
            let droppable = min(excess, max(0, scroll - height))
            if droppable > 0 {
                items.removeFirst(droppable)
                selected -= droppable
                scroll -= droppable
                atTop = false
            }
        }
        keepVisible(height: height)
    }

    mutating func move(by delta: Int, height: Int) {
        guard !items.isEmpty else { return }
        let target = min(max(0, selected + delta), items.count - 1)
        if target != selected { detailScroll = 0 }
        selected = target
        keepVisible(height: height)
    }

    mutating func keepVisible(height: Int) {
        let h = max(1, height)
        if selected < scroll { scroll = selected }
        if selected >= scroll + h { scroll = selected - h + 1 }
        scroll = max(0, min(scroll, max(0, items.count - h)))
    }

    /// Whether the selection is near enough to the loaded end to fetch the next page now.
    func needsMore(height: Int) -> Bool {
        !atBottom && !loadingMore && !items.isEmpty && items.count - selected <= max(20, height * 2)
    }
}
