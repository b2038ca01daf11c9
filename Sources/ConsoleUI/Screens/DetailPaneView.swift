import Localization
import SellerCore
import TermUI

/// The detail pane: a border whose title is the trail of followed links (`订单 CS… › 实例 …`), the wrapped
/// record inside, or a line saying why there is none.
enum DetailPaneView {
    static func render(_ state: AppState, in area: Rect, into buffer: inout Buffer) {
        if state.activeTab == .outbox {
            renderOutboxItem(state, in: area, into: &buffer)
            return
        }
        let detail = state.detail
        let focused = state.focus == .detail && state.mode.isNormalOrPrompt && state.dialog == nil
        let language = state.language
        let hint = detail.isFollowing ? ScreenPaneText.back(language) : (focused ? ScreenPaneText.linkKeys(language) : "")
        let block = Block(title: title(detail, language: language), rightTitle: hint, focused: focused)
        buffer.render(block, in: area)
        let inner = block.inner(area)
        guard !inner.isEmpty else { return }
        if let layout = state.detailLayout {
            buffer.render(DetailPane(layout: layout, scroll: detail.scroll, selectedLink: detail.selectedLink,
                                     focused: focused), in: inner)
            return
        }
        let message: Phrase
        if detail.missing {
            message = ScreenPaneText.notStored
        } else if detail.loading {
            message = ScreenPaneText.loading
        } else if state.activeTab == .outbox {
            message = ScreenPaneText.selectAction
        } else {
            message = ScreenPaneText.noSelection
        }
        buffer.render(ScrollingText(message(language), role: .muted), in: inner)
    }

    static func title(_ detail: DetailState, language: Language) -> String {
        var stops = detail.trail.map(\.target)
        if let target = detail.target { stops.append(target) }
        guard !stops.isEmpty else { return ScreenPaneText.detail(language) }
        let names = stops.map { ScreenTabText.record($0.kind)(language) + " " + TextSanitizer.sanitize($0.id) }
        return (stops.count > 3 ? ["…"] + names.suffix(3) : names).joined(separator: " › ")
    }

    /// The selected outbox item: payload, files, idempotency key, every timestamp, the last error.
    static func renderOutboxItem(_ state: AppState, in area: Rect, into buffer: inout Buffer) {
        let focused = state.focus == .detail && state.mode.isNormalOrPrompt && state.dialog == nil
        let item = state.outbox.selectedItem
        let language = state.language
        let block = Block(title: (item.map { ScreenPaneText.outboxItem($0.id) } ?? ScreenPaneText.detail)(language),
                          rightTitle: focused ? ScreenPaneText.back(language) : "", focused: focused)
        buffer.render(block, in: area)
        let inner = block.inner(area)
        guard !inner.isEmpty else { return }
        guard let item else {
            buffer.render(ScrollingText(ScreenPaneText.selectAction(language), role: .muted), in: inner)
            return
        }
        buffer.render(KeyValuePanel(OutboxPresentation.detail(item, context: state.displayContext),
                                    offset: state.outbox.detailScroll), in: inner)
    }
}
