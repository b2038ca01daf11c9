@testable import ConsoleUI
import ListContract
import SellerCore
import TermUI
import TestSupport
import Testing

/// Issue 13: on every list tab, for every sort column in both directions, the pane title, the header's sort
/// marker and the values in the marked column say the same thing.
@Suite struct SortAgreementSessionTests {
    let directory: TemporaryDirectory
    let storePath: String

    init() throws {
        directory = try TemporaryDirectory("sort-agreement")
        storePath = try ConsoleFixtureStore.make(orders: 200, in: directory)
    }

    @Test func titlesMarkersAndValuesAgreeOnEveryTabAndColumn() throws {
        let driver = try ConsoleDriver(storePath: storePath, size: Size(width: 160, height: 48))
        for tab in ConsoleTab.allCases {
            guard let kind = tab.entityKind else { continue }
            for column in ListSortColumn.columns(for: kind) {
                for direction in ["asc", "desc"] {
                    driver.press(.char(":"))
                    driver.type("\(tab.commandName)")
                    driver.press(.enter, .char(":"))
                    driver.type("sort \(column.rawValue) \(direction)")
                    driver.press(.enter)
                    try check(driver, kind, column, descending: direction == "desc")
                }
            }
        }
    }

    func check(_ driver: ConsoleDriver, _ kind: EntityKind, _ column: ListSortColumn, descending: Bool) throws {
        let list = try #require(driver.state.activeList)
        let where_ = "\(kind) by \(column) \(descending ? "desc" : "asc")"
        #expect(list.query.sort == ListSort(column, descending: descending), "\(where_)")
        let text = driver.screenText
        let titles = ListPresentation.columns(for: kind, language: .zh).map(\.title)
        guard let marker = ListPresentation.tableSort(for: kind, sort: list.query.sort, language: .zh) else {
            // No column shows the value: the title names the sort column, and no header carries a marker.
            #expect(text.contains("· " + column.label + (descending ? " ↓" : " ↑")), "\(where_)")
            #expect(!titles.contains { text.contains($0 + " ▲") || text.contains($0 + " ▼") }, "\(where_)")
            return
        }
        let title = titles[marker.column]
        let down = !marker.ascending
        #expect(text.contains("· " + title + (down ? " ↓" : " ↑")), "\(where_): the title names \(title)")
        // The header line: the marker is on the column, its title cut (…) first when the column is narrow, or
        // nowhere when the column is hidden at this width.
        let header = try #require(text.split(separator: "\n").first { $0.contains(titles[0]) && !$0.contains("┌") })
        let markers = header.filter { $0 == "▲" || $0 == "▼" }
        if markers.isEmpty {
            // A header word that starts like the title (cut or whole); a longer title that merely contains it
            // (最近调用时间 beside 调用…) is another column.
            let shown = header.split { $0 == " " || $0 == "│" }.contains { $0.hasPrefix(title.prefix(2)) }
            #expect(!shown, "\(where_): \(title) shows without its marker")
        } else {
            #expect(markers == (down ? "▼" : "▲"), "\(where_): \(header)")
            let marked = header.components(separatedBy: down ? " ▼" : " ▲")[0]
            let word = String(marked.split(separator: " ").last ?? "").filter { $0 != "…" && $0 != "│" }
            #expect(!word.isEmpty && title.hasPrefix(word), "\(where_): the marker is on \(word), not \(title)")
        }
        let values = list.window.rows.prefix(40).compactMap { row in
            Self.orderKey(ListPresentation.row(row, context: driver.state.displayContext).cells[marker.column])
        }
        if column == .nodeSince || column == .createTime || column == .rejectCount {
            #expect(values.count > 1, "\(where_): nothing comparable in \(title)")
        }
        for (a, b) in zip(values, values.dropFirst()) {
            #expect(down ? a >= b : a <= b, "\(where_): \(title) runs \(a) then \(b) under \(down ? "▼" : "▲")")
        }
    }

    /// A cell's value as something ordered, nil for text whose order is not the value's (names, labels, `—`):
    /// times of either compact form, days, counts, durations and latencies.
    static func orderKey(_ cell: String) -> Double? {
        let year = String(ConsoleDriver.now.fields(offsetSeconds: 8 * 3600).year)
        let digits = cell.filter { $0.isNumber }
        if cell.count >= 11, cell.dropFirst(2).first == "-", cell.dropFirst(5).first == " " {
            return Double(year + digits.prefix(8))      // `11-23 14:05`
        }
        if cell.count >= 10, cell.dropFirst(4).first == "-", cell.dropFirst(7).first == "-" {
            return Double(String(digits.prefix(8)) + "0000")     // `2025-12-30`, with or without a word
        }
        if cell == DurationFormat.pastDeadline.zh { return 0 }
        if cell.hasSuffix(" ms") { return Double(cell.dropLast(3)) }
        if cell.hasSuffix(" s") { return Double(cell.dropLast(2)).map { $0 * 1000 } }
        var minutes: Double = 0, number = "", matched = false
        for character in cell {
            if character.isNumber { number.append(character); continue }
            let value = Double(number) ?? 0
            switch character {
            case "天": minutes += value * 1440; matched = true
            case "时": minutes += value * 60; matched = true
            case "钟": minutes += value; matched = true
            default: break
            }
            if character != "小" && character != "分" { number = "" }
        }
        if matched { return minutes }
        return cell.allSatisfy(\.isNumber) && !cell.isEmpty ? Double(cell) : nil
    }
}
