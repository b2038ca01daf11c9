import Testing
@testable import TermUI

@Suite struct TableTests {
    let columns = [
        TableColumn("ID", min: 4),
        TableColumn("买家", min: 8),
        TableColumn("金额", min: 6, alignment: .right),
    ]
    let rows = [
        TableRow(["1", "张三", "1.00"]),
        TableRow(["22", "Bob", "12.50"]),
        TableRow(["333", "😀 emoji", "100.00"]),
        TableRow(["4444", "王小明明明明", "9.99"]),
    ]

    @Test func mixedCJKASCIIAndEmojiRowsLineUp() {
        let b = rendered(Table(columns: columns, rows: rows), width: 20, height: 5)
        expectLines(b, [
            "ID   买家       金额",
            "1    张三       1.00",
            "22   Bob       12.50",
            "333  😀 emoji 100.00",
            "4444 王小明…    9.99",
        ])
        // Every row is exactly 20 columns wide by display width.
        #expect(b.lines.allSatisfy { DisplayWidth.width(of: $0) == 20 })
        #expect(roleRow(b, 0) == String(repeating: "h", count: 20))
        #expect(roleRow(b, 1) == String(repeating: "r", count: 20))
    }

    @Test func sortMarkerSelectionAndScrollbar() {
        let table = Table(columns: columns, rows: Array(rows.prefix(3)), selected: 1, focused: true,
                          sort: .init(column: 2, ascending: false), total: 300, offset: 0)
        let b = rendered(table, width: 21, height: 4)
        expectLines(b, [
            "ID   买家     金额 ▼",
            "1    张三       1.00█",
            "22   Bob       12.50│",
            "333  😀 emoji 100.00│",
        ])
        #expect(roleRow(b, 0) == "hhhhhhhhhhhhhhhhhhhHh")
        #expect(roleRow(b, 2) == "SSSSSSSSSSSSSSSSSSSS|")
        #expect(roleRow(b, 1).last == "#")
        let blurred = rendered(Table(columns: columns, rows: Array(rows.prefix(2)), selected: 0, focused: false),
                               width: 20, height: 3)
        #expect(roleRow(blurred, 1) == String(repeating: "s", count: 20))
    }

    @Test func sortMarkerSurvivesNarrowColumnAndAscending() {
        let cols = [TableColumn("创建时间", min: 6)]
        let b = rendered(Table(columns: cols, rows: [], sort: .init(column: 0, ascending: true)), width: 6, height: 1)
        expectLines(b, ["创… ▲"])
        let tiny = rendered(Table(columns: [TableColumn("x", min: 1)], rows: [], sort: .init(column: 0, ascending: true)),
                            width: 1, height: 1)
        expectLines(tiny, ["▲"])
    }

    @Test func columnsThatDoNotFitAreHidden() {
        let b = rendered(Table(columns: columns, rows: Array(rows.prefix(1))), width: 12, height: 2)
        expectLines(b, ["ID", "1"])
        #expect(Table.columnWidths(columns, available: 12) == [4, 0, 0])
        #expect(Table.columnWidths(columns, available: 13) == [4, 8, 0])
    }

    @Test func flexAndMaxWidths() {
        let cols = [TableColumn("a", min: 2, max: 5, flex: 1), TableColumn("b", min: 2, flex: 1), TableColumn.fixed("c", 3)]
        #expect(Table.columnWidths(cols, available: 9) == [2, 2, 3])
        #expect(Table.columnWidths(cols, available: 21) == [5, 11, 3])
        #expect(Table.columnWidths(cols, available: 0) == [0, 0, 0])
        #expect(Table.columnWidths(cols, available: 1) == [1, 0, 0])
        #expect(Table.columnOffsets([5, 0, 3]) == [0, 6, 6])
    }

    @Test func zebraRowRolesAndCellRoles() {
        let styled = [
            TableRow(["1", "a", "1"], cellRoles: [nil, nil, .statusOk]),
            TableRow(["2", "b", "2"]),
            TableRow(["3", "c", "3"], role: .statusFailed),
        ]
        let b = rendered(Table(columns: columns, rows: styled, zebra: true, showHeader: false), width: 20, height: 3)
        #expect(roleRow(b, 0) == String(repeating: "r", count: 14) + "oooooo")
        #expect(roleRow(b, 1) == String(repeating: "z", count: 20))
        #expect(roleRow(b, 2) == String(repeating: "f", count: 20))
    }

    @Test func badgesGetAGutter() {
        let b = rendered(Table(columns: [TableColumn("ID", min: 3)], rows: [TableRow(["1"], badge: "!"), TableRow(["2"])]),
                         width: 6, height: 3)
        expectLines(b, ["  ID", "! 1", "  2"])
        #expect(b[0, 1].role == .badge)
    }

    @Test func emptyTextIsCentred() {
        let b = rendered(Table(columns: columns, rows: [], emptyText: "无匹配"), width: 20, height: 4)
        expectLines(b, ["ID   买家       金额", "", "       无匹配", ""])
        #expect(b[7, 2].role == .muted)
    }

    @Test func highlightMarksMatchesInUnselectedRows() {
        let b = rendered(Table(columns: columns, rows: rows, selected: 0, showHeader: false, highlight: "张 bO"),
                         width: 20, height: 4)
        #expect(roleRow(b, 0).allSatisfy { $0 == "S" })   // selection wins
        #expect(roleRow(b, 1) == "rrrrrmmrrrrrrrrrrrrr")
        let c = rendered(Table(columns: columns, rows: [TableRow(["", "张三", ""])], showHeader: false, highlight: "张"),
                         width: 20, height: 1)
        #expect(roleRow(c, 0) == "rrrrrmmrrrrrrrrrrrrr")
    }

    @Test func zeroAreaAndOneColumn() {
        let table = Table(columns: columns, rows: rows, selected: 0, total: 100)
        let zero = rendered(table, width: 0, height: 0)
        #expect(zero.cells.isEmpty)
        var b = Buffer(size: Size(width: 5, height: 5))
        table.render(in: Rect(x: 2, y: 2, width: 0, height: 3), into: &b)
        #expect(b == Buffer(size: Size(width: 5, height: 5)))
        let one = rendered(table, width: 1, height: 3)
        expectLines(one, ["…", "1", "…"])
    }
}
