import SellerCore
import TermUI

// The detail pane: following the list's selection, following links, scrolling.
extension AppState {
    /// Points the detail pane at the active list's selected row (unless it is showing a followed link) and
    /// loads it when it changed.
    mutating func followSelection(forceReload: Bool) -> [Effect] {
        guard !detail.isFollowing else { return [] }
        guard let row = activeList?.window.selectedRow else {
            if activeList?.loaded == true || activeTab == .outbox {
                detail = DetailState()
            }
            return []
        }
        let target = DetailState.Target(kind: row.kind, id: row.id)
        guard forceReload || target != detail.target else { return [] }
        return show(target, keepingTrail: false)
    }

    /// Starts loading `target` into the pane. The previous record stays on screen until the new one arrives,
    /// so moving through a list does not flicker.
    mutating func show(_ target: DetailState.Target, keepingTrail: Bool) -> [Effect] {
        let trail = keepingTrail ? detail.trail : []
        let generation = detail.generation + 1
        detail = detail.loading(target, trail: trail, generation: generation)
        return [.loadDetail(DetailRequest(kind: target.kind, id: target.id, generation: generation))]
    }

    mutating func receiveDetail(_ response: DetailResponse) {
        guard response.request.generation == detail.generation else { return }
        detail.loading = false
        detail.record = response.record
        detail.links = response.links
        detail.missing = response.record == nil
        presentDetail()
        let linkCount = detailDocument?.links.count ?? 0
        if let link = detail.selectedLink, link >= linkCount { detail.selectedLink = linkCount > 0 ? linkCount - 1 : nil }
    }

    /// The pane's document for the loaded record (built by `presentDetail`).
    public var detailDocument: DetailDocument? { detail.document }

    /// The document wrapped to the pane's current width.
    public var detailLayout: DetailLayout? { detail.layout }

    /// Brings the document and its layout up to date with the record, the clock's minute and the pane's width
    /// (the focus changes the width); called after every message and before the layout is used within one.
    mutating func presentDetail() {
        detail.present(context: displayContext, paneWidth: layout.detailArea.width)
    }

    mutating func scrollDetail(by delta: Int) {
        presentDetail()
        guard let maxScroll = detailLayout?.maxScroll(height: layout.detailLines) else { return }
        detail.scroll = min(max(0, detail.scroll + delta), maxScroll)
    }

    mutating func scrollDetail(toEnd: Bool) {
        detail.scroll = 0
        if toEnd { scrollDetail(by: Int(Int32.max)) }
    }

    /// Selects the next or previous link of the document and scrolls it into view.
    mutating func selectLink(step: Int) {
        presentDetail()
        guard let layout = detailLayout, let count = detailDocument?.links.count else { return }
        guard count > 0 else {
            showToast("没有可跳转的记录 No links here", kind: .info)
            return
        }
        let next: Int
        if let current = detail.selectedLink {
            next = ((current + step) % count + count) % count
        } else {
            next = step > 0 ? 0 : count - 1
        }
        detail.selectedLink = next
        detail.scroll = layout.scroll(detail.scroll, revealingLink: next, height: self.layout.detailLines)
    }

    /// Enter in the detail pane: follows the selected link (the first one when none is selected yet).
    mutating func followLink() -> [Effect] {
        presentDetail()
        guard let document = detailDocument, !document.links.isEmpty, let current = detail.target else {
            showToast("没有可跳转的记录 No links here", kind: .info)
            return []
        }
        let index = detail.selectedLink ?? 0
        guard document.links.indices.contains(index) else { return [] }
        let link = document.links[index]
        let stop = DetailState.Stop(target: current, scroll: detail.scroll, selectedLink: index)
        var effects = show(DetailState.Target(kind: link.kind, id: link.id), keepingTrail: true)
        detail.trail.append(stop)
        detail.record = nil
        detail.links = nil
        focus = .detail
        effects.append(.log("follow \(current.kind.commandName) \(current.id) -> \(link.kind.commandName) \(link.id)"))
        return effects
    }

    /// Esc in the detail pane: back along the trail of followed links, then back to the list.
    mutating func goBack() -> [Effect] {
        guard let stop = detail.trail.popLast() else {
            focus = .list
            return []
        }
        let trail = detail.trail
        var effects = show(stop.target, keepingTrail: false)
        detail.trail = trail
        detail.scroll = stop.scroll
        detail.selectedLink = stop.selectedLink
        if trail.isEmpty, let row = activeList?.window.selectedRow, row.id != stop.target.id {
            effects = followSelection(forceReload: true)
        }
        return effects
    }
}
