/// The tab bar: `1 订单 5,000 │ 2 实例 120 …` (or `1 Orders 5,000 │ …`: the words are the caller's), with a spinner on tabs
/// still loading.
/// When the full labels do not fit it steps down through each tab's narrower titles (`订单`, then the shortest),
/// and if even those do not fit it scrolls so the selected tab stays visible.
public struct Tabs: Widget {
    public struct Item: Hashable, Sendable {
        /// The titles from the widest to the narrowest; the bar uses the widest level at which every tab fits.
        public var titles: [String]
        /// The key that selects the tab, shown before the title (`1`).
        public var hotkey: String
        public var count: Int?
        /// Shown instead of `count` when set (`12/340`: the rows a filter lets through, of all).
        public var countText: String?
        public var loading: Bool

        /// `middleTitle` and `shortTitle` are used, in turn, when the wider titles do not fit (e.g. `订单`).
        public init(_ title: String, middleTitle: String? = nil, shortTitle: String? = nil, hotkey: String = "",
                    count: Int? = nil, loading: Bool = false, countText: String? = nil) {
            self.countText = countText
            titles = [title] + [middleTitle, shortTitle].compactMap { $0 }
            self.hotkey = hotkey
            self.count = count
            self.loading = loading
        }
    }

    public var items: [Item]
    public var selected: Int
    /// Animation tick for the loading spinner.
    public var tick: Int

    public init(_ items: [Item], selected: Int, tick: Int = 0) {
        self.items = items
        self.selected = selected
        self.tick = tick
    }

    /// The spans of one tab label (padded with a space each side).
    func label(_ item: Item, level: Int, spinner: Character) -> [Span] {
        var spans: [Span] = []
        var head = " "
        if !item.hotkey.isEmpty { head += item.hotkey + " " }
        head += item.titles[min(level, item.titles.count - 1)]
        spans.append(Span(head, role: .tab))
        var tail = ""
        if let text = item.countText {
            tail += " " + text
        } else if let count = item.count {
            tail += " " + CountFormat.grouped(count)
        }
        if item.loading { tail += " " + String(spinner) }
        if !tail.isEmpty { spans.append(Span(tail, role: .tabCount)) }
        spans.append(Span(" ", role: .tab))
        return spans
    }

    /// Where each shown tab sits on the bar: the labels (full or short), the first tab shown (the bar
    /// scrolls so the selected tab stays visible) and each tab's starting column. Shared by drawing and by
    /// mouse hit-testing, so a click always lands on the tab drawn under it.
    struct Placement {
        var labels: [[Span]]
        var widths: [Int]
        var first: Int
        var starts: [Int: Int]
    }

    func placement(in area: Rect, policy: WidthPolicy) -> Placement {
        let spinner = Spinner.frame(tick, symbols: policy.symbols)
        let separators = items.count - 1
        let levels = items.map(\.titles.count).max() ?? 1
        var labels: [[Span]] = []
        var w: [Int] = []
        for level in 0..<levels {
            labels = items.map { label($0, level: level, spinner: spinner) }
            w = labels.map { $0.reduce(0) { $0 + $1.width(policy: policy) } }
            if w.reduce(0, +) + separators <= area.width { break }
        }
        let active = min(max(selected, 0), items.count - 1)
        // Scroll: drop tabs from the left until the selected one ends inside the area.
        var first = 0
        func end(from start: Int) -> Int { (start...active).reduce(0) { $0 + w[$1] } + (active - start) }
        while first < active && end(from: first) > area.width { first += 1 }
        var starts: [Int: Int] = [:]
        var x = area.x
        for i in first..<items.count where x < area.right {
            if i > first { x += 1 }
            starts[i] = x
            x += w[i]
        }
        return Placement(labels: labels, widths: w, first: first, starts: starts)
    }

    /// The index of the tab drawn at `column` of a bar rendered in `area`, nil on a separator or past the end.
    public func tab(atColumn column: Int, in area: Rect, policy: WidthPolicy = .default) -> Int? {
        guard !items.isEmpty else { return nil }
        let placed = placement(in: area, policy: policy)
        return placed.starts.first { index, start in column >= start && column < start + placed.widths[index] }?.key
    }

    public func render(in area: Rect, into buffer: inout Buffer) {
        let area = area.intersection(buffer.area)
        guard !area.isEmpty, !items.isEmpty else { return }
        let policy = buffer.policy
        let s = policy.symbols
        buffer.fill(area.row(0), role: .tab)
        let placed = placement(in: area, policy: policy)
        let (labels, w, first) = (placed.labels, placed.widths, placed.first)
        let active = min(max(selected, 0), items.count - 1)
        var x = area.x
        for i in first..<items.count where x < area.right {
            if i > first {
                buffer.set(s.tabSeparator, x: x, y: area.y, role: .border)
                x += 1
            }
            var spans = labels[i]
            if i == active {
                spans = spans.map { Span($0.text, role: $0.role == .tabCount ? .tabCount : .tabActive, emphasis: .bold) }
            }
            let room = area.right - x
            if w[i] > room {
                // The last tab that shows is cut: end it with an ellipsis rather than mid-word.
                let text = DisplayWidth.truncate(spans.map(\.text).joined(), to: room, policy: policy)
                buffer.write(text, x: x, y: area.y, role: i == active ? .tabActive : .tab, maxWidth: room, clip: area)
                break
            }
            x += buffer.write(spans, x: x, y: area.y, maxWidth: room, clip: area)
        }
    }
}
