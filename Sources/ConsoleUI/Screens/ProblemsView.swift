import ListContract
import Localization
import SellerCore
import TermUI

/// The `:problems` view: a box over the console listing the records the sync could not decode, one a
/// line (类型 kind, 编号 id, 字段 the field path, 原因 why). Everything in it came from the network, so
/// every cell is sanitised. Any key but a move closes it.
enum ProblemsView {
    static func columns(_ language: Language) -> [TableColumn] {
        let names = ScreenPaneText.problemsColumns(language)
        return [
            TableColumn(names[0], min: 6, max: 10, flex: 1),
            TableColumn(names[1], min: 10, max: 28, flex: 3),
            TableColumn(names[2], min: 8, max: 28, flex: 2),
            TableColumn(names[3], min: 10, flex: 5),
        ]
    }

    /// The box on a screen of `size`: everything between the tab bar and the status bar, so the panes behind
    /// do not show through at its edges.
    static func frame(_ size: Size) -> Rect {
        Rect(x: 0, y: 1, width: size.width, height: max(3, size.height - 2))
    }

    /// Rows the table shows at once (the box, less its border and the header).
    static func pageHeight(_ size: Size) -> Int { max(1, frame(size).height - 3) }

    static func title(_ problems: ProblemsState, language: Language) -> String {
        let count = problems.count ?? problems.rows.count
        var title = ScreenPaneText.problemsTitle(CountFormat.grouped(count))(language)
        if count > problems.rows.count, !problems.rows.isEmpty {
            title += ScreenPaneText.problemsShown(CountFormat.grouped(problems.rows.count))(language)
        }
        return title
    }

    static func row(_ problem: SyncProblem) -> TableRow {
        TableRow([problem.kind.label,
                  TextSanitizer.sanitize(problem.recordId, limit: 120),
                  TextSanitizer.sanitize(problem.path, limit: 200),
                  TextSanitizer.sanitize(problem.reason, limit: 300)],
                 cellRoles: [nil, nil, nil, .statusFailed])
    }

    static func render(_ state: AppState, into buffer: inout Buffer) {
        let problems = state.problems
        guard problems.isOpen else { return }
        let box = frame(state.size)
        let language = state.language
        let block = Block(title: title(problems, language: language), rightTitle: ScreenPaneText.problemsClose(language),
                          focused: true, background: .dialog)
        block.render(in: box, into: &buffer)
        let inner = block.inner(box)
        guard !inner.isEmpty else { return }
        let visible = pageHeight(state.size)
        let offset = max(0, problems.selected - visible + 1)
        let rows = problems.rows.dropFirst(offset).prefix(visible).map(row)
        let table = Table(columns: columns(language), rows: Array(rows), selected: problems.rows.isEmpty ? nil
                            : problems.selected - offset, total: problems.rows.count, offset: offset,
                          emptyText: ScreenPaneText.problemsNone(language))
        table.render(in: inner, into: &buffer)
    }
}
