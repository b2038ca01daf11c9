import Testing
@testable import TermUI

@Suite struct KeyValuePanelTests {
    let entries: [KeyValuePanel.Entry] = [
        .init("订单号", "CS2024110100001"),
        .init("状态", "已付款", role: .statusOk),
        .section("买家 Buyer"),
        .init("名称 Name", "张三 Zhang San"),
        .init("备注", "买家要求提供部署文档和发票，尽快处理 please hurry"),
    ]

    @Test func labelsAlignByDisplayWidthAndValuesWrap() {
        let b = rendered(KeyValuePanel(entries, showsScrollbar: false), width: 30, height: 8)
        expectLines(b, [
            "订单号     CS2024110100001",
            "状态       已付款",
            "买家 Buyer",
            "名称 Name  张三 Zhang San",
            "备注       买家要求提供部署文",
            "           档和发票，尽快处理",
            "           please hurry",
            "",
        ])
        #expect(roleRow(b, 1).hasPrefix("kkkkkkkkkvvoooooo"))
        #expect(roleRow(b, 2).hasPrefix("tttttttttt"))
        #expect(KeyValuePanel(entries, showsScrollbar: false).lineCount(width: 30) == 7)
    }

    @Test func offsetScrollsAndScrollbarShows() {
        let b = rendered(KeyValuePanel(entries, offset: 3), width: 30, height: 3)
        expectLines(b, [
            "名称 Name  张三 Zhang San    │",
            "备注       买家要求提供部署文│",
            "           档和发票，尽快处理█",
        ])
        #expect(roleRow(b, 2).last == "#")
    }

    @Test func narrowAreaStacksLabels() {
        let b = rendered(KeyValuePanel(Array(entries.prefix(2)), showsScrollbar: false), width: 12, height: 5)
        expectLines(b, ["订单号", "  CS20241101", "  00001", "状态", "  已付款"])
    }

    @Test func longLabelsAreTruncated() {
        let b = rendered(KeyValuePanel([.init("非常非常长的标签名称", "v")], maxKeyWidth: 6, showsScrollbar: false),
                         width: 20, height: 1)
        expectLines(b, ["非常…   v"])
    }

    @Test func zeroAreaAndOneColumn() {
        let panel = KeyValuePanel(entries, offset: Int.max)
        #expect(rendered(panel, width: 0, height: 3).cells.isEmpty)
        expectLines(rendered(KeyValuePanel(entries), width: 1, height: 2), ["…", ""])
        // An offset past the end is clamped to the last page.
        let end = rendered(KeyValuePanel(Array(entries.prefix(3)), offset: Int.max), width: 30, height: 2)
        expectLines(end, ["状态    已付款" + String(repeating: " ", count: 15) + "│", "买家 Buyer" + String(repeating: " ", count: 19) + "█"])
    }
}

@Suite struct ScrollingTextTests {
    let text = "第一行 line one\n第二行是很长的一行需要换行 wraps here\n\nlast"

    @Test func wrapsAndScrolls() {
        let b = rendered(ScrollingText(text, offset: 1), width: 16, height: 4)
        expectLines(b, ["第二行是很长的 │", "一行需要换行   █", "wraps here     █", "               █"])
        #expect(ScrollingText(text).lineCount(width: 16) == 6)
    }

    @Test func noScrollbarWhenItFits() {
        let b = rendered(ScrollingText("a\nb"), width: 5, height: 3)
        expectLines(b, ["a", "b", ""])
    }

    @Test func clipsWithoutWrap() {
        let b = rendered(ScrollingText("中文中文中文\nabcdefgh", wrap: false, showsScrollbar: false), width: 5, height: 2)
        expectLines(b, ["中文", "abcde"])
    }

    @Test func zeroAreaAndOneColumn() {
        #expect(rendered(ScrollingText(text), width: 0, height: 0).cells.isEmpty)
        expectLines(rendered(ScrollingText("ab中", showsScrollbar: true), width: 1, height: 4), ["a", "b", "", ""])
        expectLines(rendered(ScrollingText(text, offset: -5), width: 20, height: 1), ["第一行 line one    █"])
    }
}
