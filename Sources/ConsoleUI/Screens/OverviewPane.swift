import ListContract
import Localization
import SellerCore
import TermUI

/// The overview tab (概览): every count that needs the seller, grouped, over the whole body of the screen. Lines
/// with nothing to do stay, dimmed, so the layout never moves; pressing ones carry a word (紧急, 待办, 达限, 超限)
/// as well as a role. Where each goes is `OverviewGeometry`'s; tall screens add where Enter goes.
enum OverviewPane {
    /// The status bar's hints on this tab.
    static let hintCommands: [Command] = [.open, .sync, .commandLine, .help, .quit]

    /// The body between the tab bar and the status bar.
    static func area(_ layout: ScreenLayout) -> Rect {
        Rect(x: 0, y: layout.tabBar.bottom, width: layout.size.width,
             height: max(0, layout.statusBar.y - layout.tabBar.bottom))
    }

    /// The pane's border for a state; its inside is where the lines go.
    static func block(_ state: AppState) -> Block {
        Block(title: ScreenPaneText.overviewTitle(state.language), rightTitle: lastSync(state),
              focused: state.mode.isNormalOrPrompt && state.dialog == nil)
    }

    static func render(_ state: AppState, in area: Rect, into buffer: inout Buffer) {
        let block = block(state)
        buffer.render(block, in: area)
        let inner = block.inner(area)
        guard !inner.isEmpty else { return }
        let geometry = OverviewGeometry(inner: inner)
        for row in geometry.rows {
            switch row {
            case .heading(let group, let rect):
                buffer.write(group.title(state.language), x: rect.x, y: rect.y, role: .header, emphasis: .bold, maxWidth: rect.width)
                renderNew(group, state.attention.counts, language: state.language, in: rect, into: &buffer)
            case .line(let index, let rect):
                renderLine(OverviewLine.all[index], selected: index == state.overview.selected,
                           counts: state.overview.counts, wide: geometry.wide, language: state.language, in: rect,
                           into: &buffer)
            }
        }
        // Beside the lines, when there is room: what the selected line counts and where Enter goes.
        guard let side = geometry.panel else { return }
        let line = state.overview.selectedLine
        buffer.write(line.label(state.language), x: side.x, y: side.y, role: .header, emphasis: .bold, maxWidth: side.width)
        let text = line.explanation(state.language) + "\n\nEnter " + line.destination(state.language)
        buffer.render(ScrollingText(text, role: .row),
                      in: Rect(x: side.x, y: side.y + 2, width: side.width, height: max(0, side.height - 2)))
    }

    /// `▶ 重试已停止，需重新启动      3 紧急`, and in the wide layout `→ 接口异常` too.
    static func renderLine(_ line: OverviewLine, selected: Bool, counts: AttentionCounts?, wide: Bool,
                           language: Language, in row: Rect, into buffer: inout Buffer) {
        let count = counts?.count(line.item)
        let (urgency, word) = line.urgency(count ?? 0)
        let base: StyleRole = selected ? .rowSelected : (count == 0 ? .muted : .row)
        buffer.fill(row, role: base)
        let countWidth = 8, wordWidth = 5
        let destinationWidth = wide ? destinationColumn(language, policy: buffer.policy) : 0
        let labelWidth = max(0, row.width - 2 - countWidth - wordWidth - destinationWidth)
        buffer.write(selected ? "▶ " : "  ", x: row.x, y: row.y, role: base, maxWidth: 2)
        buffer.write(line.label(language), x: row.x + 2, y: row.y, width: labelWidth, role: base)
        let countRole = selected ? base : (urgency.role ?? base)
        let emphasis: Emphasis = urgency == .urgent ? .bold : []
        buffer.write(countText(line, count), x: row.x + 2 + labelWidth, y: row.y, width: countWidth,
                     alignment: .right, role: countRole, emphasis: emphasis)
        buffer.write(word.map { " " + $0(language) } ?? "", x: row.x + 2 + labelWidth + countWidth, y: row.y,
                     width: wordWidth, role: countRole, emphasis: emphasis)
        if wide {
            buffer.write("  " + line.destination(language), x: row.x + row.width - destinationWidth, y: row.y,
                         width: destinationWidth, role: selected ? base : .muted)
        }
    }

    /// The wide layout's column for where Enter goes: as wide as the widest destination in `language`.
    static func destinationColumn(_ language: Language, policy: WidthPolicy) -> Int {
        max(14, 2 + (OverviewLine.all.map { DisplayWidth.width(of: $0.destination(language), policy: policy) }.max() ?? 0))
    }

    /// After a group's heading, how many of its records are new to the seller (`新 2`), the same word the lists
    /// mark them with; nothing when none is.
    static func renderNew(_ group: OverviewGroup, _ counts: NewRecordCounts?, language: Language, in rect: Rect,
                          into buffer: inout Buffer) {
        guard let kind = group.kind, let new = counts?[kind], new > 0 else { return }
        let x = rect.x + DisplayWidth.width(of: group.title(language), policy: buffer.policy) + 2
        buffer.write(ScreenMessageText.newCount(CountFormat.grouped(new))(language), x: x, y: rect.y,
                     role: .statusPending, emphasis: .bold, maxWidth: max(0, rect.right - x))
    }

    /// The count, `…` until the first read; the monthly threshold line as `3/5`.
    static func countText(_ line: OverviewLine, _ count: Int?) -> String {
        guard let count else { return "…" }
        let text = CountFormat.grouped(count)
        return line.item == .unsubscribedThisMonth ? text + "/\(OverviewLine.delistingThreshold)" : text
    }

    /// `上次同步 11-23 10:00` (the store's, whichever process synced it), or that it never was.
    static func lastSync(_ state: AppState) -> String {
        guard let counts = state.overview.counts else { return "" }
        guard let at = counts.lastSyncAt else { return ScreenPaneText.neverSynced(state.language) }
        return ScreenPaneText.lastSync(LocalTimeFormat.compact(at, context: state.displayContext))(state.language)
    }
}
