import ListContract
import SellerCore
import TermUI

/// What the detail feature needs of the rest of the screen: the display (for the document) and the pane's size.
struct DetailViewport {
    var context: DisplayContext
    /// The pane's text width.
    var paneWidth: Int
    /// Lines of text visible.
    var lines: Int
}

// The detail feature: following the list's selection, following links, scrolling. A record stays on screen
// until the next one arrives, and an answer to a superseded request is dropped.
extension DetailState {
    /// Points the pane at `row` (the active list's selection) unless it shows a followed link, and loads it
    /// when it changed. With no row the pane empties when `clearWhenNone` (the list has loaded and is empty).
    mutating func follow(_ row: ListRow?, clearWhenNone: Bool, forceReload: Bool) -> [Effect] {
        guard !isFollowing else { return [] }
        guard let row else {
            if clearWhenNone { self = DetailState() }
            return []
        }
        let target = Target(kind: row.kind, id: row.id)
        guard forceReload || target != self.target else { return [] }
        return show(target, keepingTrail: false)
    }

    /// Starts loading `target` into the pane.
    mutating func show(_ target: Target, keepingTrail: Bool) -> [Effect] {
        self = loading(target, trail: keepingTrail ? trail : [], generation: generation + 1)
        return [.loadDetail(DetailRequest(kind: target.kind, id: target.id, generation: generation))]
    }

    /// Asks for the record again (the store changed under it).
    mutating func reload() -> [Effect] {
        guard let target else { return [] }
        generation += 1
        return [.loadDetail(DetailRequest(kind: target.kind, id: target.id, generation: generation))]
    }

    mutating func receive(_ response: DetailResponse, viewport: DetailViewport) {
        guard response.request.generation == generation else { return }
        loading = false
        // A record stays marked new while it stays in the pane, though showing it just made it seen.
        let stillShown = row?.isNew == true && row?.id == response.row?.id && row?.kind == response.row?.kind
        record = response.record
        links = response.links
        row = response.row
        if stillShown { row?.isNew = true }
        failedAction = response.failedAction
        missing = response.record == nil
        present(context: viewport.context, paneWidth: viewport.paneWidth)
        let linkCount = document?.links.count ?? 0
        if let link = selectedLink, link >= linkCount { selectedLink = linkCount > 0 ? linkCount - 1 : nil }
    }

    mutating func scroll(by delta: Int, viewport: DetailViewport) {
        present(context: viewport.context, paneWidth: viewport.paneWidth)
        guard let maxScroll = layout?.maxScroll(height: viewport.lines) else { return }
        scroll = min(max(0, scroll + delta), maxScroll)
    }

    mutating func scroll(toEnd: Bool, viewport: DetailViewport) {
        scroll = 0
        if toEnd { scroll(by: Int(Int32.max), viewport: viewport) }
    }

    /// Selects the next or previous link and scrolls it into view; false when the document has no links.
    mutating func selectLink(step: Int, viewport: DetailViewport) -> Bool {
        present(context: viewport.context, paneWidth: viewport.paneWidth)
        guard let layout, let count = document?.links.count else { return true }
        guard count > 0 else { return false }
        let next: Int
        if let current = selectedLink {
            next = ((current + step) % count + count) % count
        } else {
            next = step > 0 ? 0 : count - 1
        }
        selectedLink = next
        scroll = layout.scroll(scroll, revealingLink: next, height: viewport.lines)
        return true
    }

    /// Follows the selected link (the first one when none is selected yet); nil when there is none to follow.
    mutating func followLink(viewport: DetailViewport) -> [Effect]? {
        present(context: viewport.context, paneWidth: viewport.paneWidth)
        guard let document, !document.links.isEmpty, let current = target else { return nil }
        let index = selectedLink ?? 0
        guard document.links.indices.contains(index) else { return [] }
        let link = document.links[index]
        let stop = Stop(target: current, scroll: scroll, selectedLink: index)
        var effects = show(Target(kind: link.kind, id: link.id), keepingTrail: true)
        trail.append(stop)
        record = nil
        links = nil
        row = nil
        failedAction = nil
        effects.append(.log("follow \(current.kind.commandName) \(current.id) -> \(link.kind.commandName) \(link.id)"))
        return effects
    }

    /// Back along the trail of followed links; at the trail's start, back to `selectedRow` if the list moved
    /// meanwhile. Nil when there is no trail (the focus goes back to the list).
    mutating func goBack(selectedRow: ListRow?) -> [Effect]? {
        guard let stop = trail.popLast() else { return nil }
        let rest = trail
        var effects = show(stop.target, keepingTrail: false)
        trail = rest
        scroll = stop.scroll
        selectedLink = stop.selectedLink
        if rest.isEmpty, let row = selectedRow, row.id != stop.target.id {
            effects = follow(row, clearWhenNone: false, forceReload: true)
        }
        return effects
    }
}
