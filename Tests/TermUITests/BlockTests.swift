import Testing
@testable import TermUI

@Suite struct BlockTests {
    @Test func titleAndRightTitle() {
        let b = rendered(Block(title: "订单 Orders / 张", rightTitle: "12/5,000", focused: true), width: 32, height: 3)
        expectLines(b, [
            "┌ 订单 Orders / 张 ── 12/5,000 ┐",
            "│                              │",
            "└──────────────────────────────┘",
        ])
        #expect(roleRow(b, 0) == "=" + String(repeating: "t", count: 18) + "==" + String(repeating: "t", count: 10) + "=")
        #expect(roleRow(b, 1) == "=" + String(repeating: ".", count: 30) + "=")
        #expect(b[3, 0].emphasis == .bold)
    }

    @Test func longTitleTruncatesAndDropsRightTitle() {
        let b = rendered(Block(title: "订单 Orders 很长的标题", rightTitle: "12/5,000"), width: 16, height: 3)
        expectLines(b, ["┌ 订单 Orders… ┐", "│              │", "└──────────────┘"])
        #expect(roleRow(b, 0).first == "-")
    }

    @Test func styles() {
        expectLines(rendered(Block(style: .rounded), width: 3, height: 3), ["╭─╮", "│ │", "╰─╯"])
        expectLines(rendered(Block(style: .double), width: 3, height: 2), ["╔═╗", "╚═╝"])
    }

    @Test func ambiguousWideTerminalsGetASCIIFrames() {
        let b = rendered(Block(title: "标题", style: .double), width: 10, height: 3, policy: .ambiguousWide)
        expectLines(b, ["+ 标题 --+", "|        |", "+--------+"], )
    }

    @Test func innerAndBackground() {
        let block = Block(background: .dialog)
        #expect(block.inner(Rect(x: 2, y: 2, width: 10, height: 5)) == Rect(x: 3, y: 3, width: 8, height: 3))
        #expect(block.inner(Rect(x: 2, y: 2, width: 1, height: 5)).isEmpty)
        let b = rendered(block, width: 4, height: 3)
        #expect(roleRow(b, 1) == "-dd-")
    }

    @Test func zeroAreaAndOneColumn() {
        #expect(rendered(Block(title: "x"), width: 0, height: 0).cells.isEmpty)
        expectLines(rendered(Block(title: "x"), width: 1, height: 3), ["", "", ""])
        let filled = rendered(Block(title: "x", background: .dialog), width: 1, height: 2)
        #expect(roleRow(filled, 0) == "d")
    }
}

@Suite struct ScrollbarTests {
    @Test func thumbPositions() {
        #expect(Scrollbar(total: 100, offset: 0, visible: 10).thumb(height: 10) == (0, 1))
        #expect(Scrollbar(total: 100, offset: 90, visible: 10).thumb(height: 10) == (9, 1))
        #expect(Scrollbar(total: 20, offset: 5, visible: 10).thumb(height: 10) == (3, 5))
        #expect(Scrollbar(total: 1_000_000, offset: 500_000, visible: 40).thumb(height: 40).length == 1)
        #expect(Scrollbar(total: 10, offset: 99, visible: 4).thumb(height: 4) == (2, 2))
        #expect(!Scrollbar(total: 5, offset: 0, visible: 10).isNeeded)
    }

    @Test func rendersOnlyWhenNeeded() {
        expectLines(rendered(Scrollbar(total: 4, offset: 2, visible: 2), width: 1, height: 2), ["│", "█"])
        expectLines(rendered(Scrollbar(total: 2, offset: 0, visible: 2), width: 1, height: 2), ["", ""])
        expectLines(rendered(Scrollbar(total: -3, offset: -9, visible: -1), width: 1, height: 2), ["", ""])
        expectLines(rendered(Scrollbar(total: 3, offset: -9, visible: -1), width: 1, height: 2), ["█", "│"])
        #expect(rendered(Scrollbar(total: 9, offset: 0, visible: 1), width: 0, height: 0).cells.isEmpty)
    }
}
