import Localization
import SellerCore
import TermUI

/// The 队列 Outbox tab: the outbox items, newest first, with a progress bar over the 进度 cell of deliveries
/// that are uploading. Only the rows on screen become cells.
enum OutboxPane {
    static func render(_ state: AppState, in area: Rect, into buffer: inout Buffer) {
        let outbox = state.outbox
        let focused = state.focus == .list && state.mode.isNormalOrPrompt && state.dialog == nil
        let title = ScreenPaneText.outboxTitle(outbox.preset.phrase)(state.language)
        let block = Block(title: title, rightTitle: position(state), focused: focused)
        buffer.render(block, in: area)
        let inner = block.inner(area)
        guard !inner.isEmpty else { return }
        let height = max(0, inner.height - 1)
        let visible = Array(outbox.items.dropFirst(outbox.scroll).prefix(height))
        let context = state.displayContext
        let total = outbox.items.count + (outbox.atBottom ? 0 : 1)
        let table = Table(
            columns: OutboxPresentation.columns(language: state.language),
            rows: visible.map { OutboxPresentation.row($0, context: context) },
            selected: outbox.items.isEmpty ? nil : outbox.selected - outbox.scroll,
            focused: focused, total: total, offset: outbox.scroll, emptyText: emptyText(state))
        buffer.render(table, in: inner)
        drawProgress(visible, total: total, in: inner, into: &buffer, language: state.language)
    }

    /// Bars in the 进度 column, positioned the way `Table` lays its columns out (no badge gutter here).
    static func drawProgress(_ visible: [OutboxItem], total: Int, in inner: Rect, into buffer: inout Buffer,
                             language: Language) {
        let bodyHeight = max(0, inner.height - 1)
        let scrollbar = Scrollbar(total: total, offset: 0, visible: bodyHeight).isNeeded && inner.width > 2
        let width = inner.width - (scrollbar ? 1 : 0)
        let widths = Table.columnWidths(OutboxPresentation.columns(language: language), available: width)
        let offsets = Table.columnOffsets(widths)
        let column = OutboxPresentation.progressColumn
        guard widths[column] > 0 else { return }
        for (row, item) in visible.enumerated() {
            guard let progress = item.progress, item.action.kind == .deliver, !item.state.isFinished,
                  item.state == .sending || progress.sentBytes > 0 else { continue }
            buffer.render(ProgressBar(fraction: progress.fraction),
                          in: Rect(x: inner.x + offsets[column], y: inner.y + 1 + row, width: widths[column], height: 1))
        }
    }

    /// `3/120`, with `+` while more items wait below.
    static func position(_ state: AppState) -> String {
        let outbox = state.outbox
        let unfinished = state.outboxCount.map { ScreenPaneText.unfinished(CountFormat.grouped($0))(state.language) }
            ?? ""
        guard !outbox.items.isEmpty else { return unfinished }
        let more = outbox.atBottom ? "" : "+"
        return unfinished + (unfinished.isEmpty ? "" : " · ") + "\(outbox.selected + 1)/\(outbox.items.count)\(more)"
    }

    static func emptyText(_ state: AppState) -> String {
        let text: Phrase
        if let error = state.outbox.error {
            text = ScreenPaneText.cannotRead(TextSanitizer.sanitize(error))
        } else if !state.outbox.loaded {
            text = ScreenPaneText.loading
        } else {
            text = state.outbox.presetIndex == 0 ? ScreenPaneText.outboxEmpty
                : ScreenPaneText.outboxNone(state.outbox.preset.phrase)
        }
        return text(state.language)
    }
}
