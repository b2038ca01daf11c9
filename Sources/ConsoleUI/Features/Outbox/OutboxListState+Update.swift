import SellerCore
import TermUI

// The 队列 tab's list feature: paged from SQL by id, newest first; an answer to a superseded request is dropped.
// Every method takes the table's height in rows.
extension OutboxListState {
    /// Loads the first page again, as many items as are loaded now (at least a page), keeping the selection.
    mutating func reload() -> [Effect] {
        generation += 1
        loading = true
        loadingMore = false
        let limit = min(OutboxListState.maxItems, max(OutboxListState.pageSize, items.count))
        return [.loadOutboxPage(OutboxPageRequest(states: preset.states, beforeId: nil, limit: limit,
                                                  generation: generation))]
    }

    mutating func receivePage(_ request: OutboxPageRequest, _ page: [OutboxItem], height: Int) -> [Effect] {
        guard request.generation == generation else { return [] }
        error = nil
        receive(request, page, height: height)
        return prefetch(height: height)
    }

    /// Asks for the next page when the selection nears the end of what is loaded.
    mutating func prefetch(height: Int) -> [Effect] {
        guard loaded, !loading, needsMore(height: height), let last = items.last else { return [] }
        loadingMore = true
        return [.loadOutboxPage(OutboxPageRequest(states: preset.states, beforeId: last.id,
                                                  limit: OutboxListState.pageSize, generation: generation))]
    }

    /// j/k/PgDn… on the list.
    mutating func moveSelection(by lines: Int, height: Int) -> [Effect] {
        if lines < 0, selected == 0, !atTop { return reloadFromTop() }
        move(by: lines, height: height)
        return prefetch(height: height)
    }

    /// `g`: back to the newest item (reloading when the top was dropped while scrolling down).
    mutating func reloadFromTop() -> [Effect] {
        items = []
        selected = 0
        scroll = 0
        return reload()
    }

    /// `g` / `G` on the list.
    mutating func jump(toEnd: Bool, height: Int) -> [Effect] {
        if !toEnd {
            if !atTop { return reloadFromTop() }
            move(by: -selected, height: height)
            return []
        }
        move(by: items.count, height: height)
        return prefetch(height: height)
    }

    /// `f`: the next status preset.
    mutating func cyclePreset() -> [Effect] {
        presetIndex = (presetIndex + 1) % OutboxListState.presets.count
        detailScroll = 0
        return reloadFromTop()
    }

    /// Lines the selected item's detail can scroll (an estimate from the wrapped values; the view clamps too).
    func detailMaxScroll(context: DisplayContext, layout: ScreenLayout) -> Int {
        guard let item = selectedItem else { return 0 }
        let width = max(10, layout.detailArea.width - 18)
        let lines = OutboxPresentation.detail(item, context: context).reduce(0) {
            $0 + 1 + DisplayWidth.width(of: $1.value, policy: context.policy) / width
        }
        return max(0, lines - layout.detailLines)
    }

    mutating func scrollDetail(by lines: Int, context: DisplayContext, layout: ScreenLayout) {
        detailScroll = min(max(0, detailScroll + lines), detailMaxScroll(context: context, layout: layout))
    }
}
