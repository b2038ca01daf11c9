import Localization
import TermUI

/// The `v` chooser: a box in the middle of the screen listing the config's saved views, one a line (name, tab,
/// filter, status, sort); Enter opens the selected one. Names and filters come from the seller's own config,
/// and are sanitised all the same, since the file may have been written by anything.
enum ViewChooserView {
    static let headers: [Phrase] = [Phrase(zh: "名称", en: "Name"), Phrase(zh: "标签页", en: "Tab"),
                                    Phrase(zh: "筛选", en: "Filter"), Phrase(zh: "状态", en: "Status"),
                                    Phrase(zh: "排序", en: "Sort")]

    static func frame(_ size: Size, rows: Int) -> Rect {
        let width = min(size.width - 4, 76)
        let height = min(size.height - 4, rows + 3)
        return Rect(x: (size.width - width) / 2, y: max(1, (size.height - height) / 2), width: max(0, width),
                    height: max(3, height))
    }

    static func row(_ saved: SavedView) -> TableRow {
        let view = saved.view
        let sort = view.sort.map { $0.rawValue + (view.descending == true ? " ↓" : view.descending == false ? " ↑" : "") }
        return TableRow([TextSanitizer.sanitize(saved.name, limit: 60), saved.tab.commandName,
                         TextSanitizer.sanitize(view.filter, limit: 120), view.status ?? "", sort ?? ""])
    }

    static func render(_ state: AppState, into buffer: inout Buffer) {
        guard let selected = state.views.chooser else { return }
        let language = state.language
        let box = frame(state.size, rows: state.views.saved.count)
        let block = Block(title: ViewText.chooserTitle(language), rightTitle: ViewText.chooserHint(language),
                          focused: true, background: .dialog)
        block.render(in: box, into: &buffer)
        let inner = block.inner(box)
        guard !inner.isEmpty else { return }
        let visible = max(1, inner.height - 1)
        let offset = max(0, selected - visible + 1)
        let columns = [TableColumn(headers[0](language), min: 8, max: 20, flex: 1),
                       TableColumn(headers[1](language), min: 11, max: 11),
                       TableColumn(headers[2](language), min: 8, flex: 3),
                       TableColumn(headers[3](language), min: 6, max: 8),
                       TableColumn(headers[4](language), min: 14, max: 16)]
        let rows = state.views.saved.dropFirst(offset).prefix(visible).map(row)
        Table(columns: columns, rows: Array(rows), selected: selected - offset, total: state.views.saved.count,
              offset: offset).render(in: inner, into: &buffer)
    }
}
