import ConsoleUI
import Foundation
import TermUI
import Testing

@Suite struct DetailLayoutTests {
    let document = DetailDocument(title: "订单 X", lines: [
        .section("基本信息"),
        .field(key: "订单号", value: "CS2611230912K7Q2M", role: .detailValue),
        .field(key: "客户名称", value: "杭州云栖🚀科技有限公司杭州云栖科技", role: .detailValue),
        .blank,
        .text("第一行\n第二行，很长很长很长很长很长很长很长很长很长", role: .detailValue),
        .section("关联"),
        .link(0),
        .link(1),
        .link(7),
    ], links: [DetailLink(kind: .instances, id: "i-1", label: "实例 i-1"),
               DetailLink(kind: .tickets, id: "t-2", label: "工单 t-2")])

    @Test func wrapsToTheWidthWithAlignedKeys() {
        // Width 30: keys take 8 cells (客户名称), values 20.
        let layout = DetailLayout(document: document, width: 30)
        // section, 订单号, 客户名称 ×2 (34 cells of value), blank, 第一行, 第二行… ×2, section, 2 links (7 is unknown)
        #expect(layout.lineCount == 11)
        #expect(layout.lineIndex(ofLink: 0) == 9)
        #expect(layout.lineIndex(ofLink: 1) == 10)
        #expect(layout.lineIndex(ofLink: 2) == nil)
        #expect(layout.lineIndex(ofLink: -1) == nil)
        let pane = PresentationSnapshot.render(DetailPane(layout: layout, scroll: 0, selectedLink: nil, focused: true),
                                               width: 31, height: 11)
        #expect(pane.trimmedLines == [
            "基本信息",
            "订单号    CS2611230912K7Q2M",
            "客户名称  杭州云栖🚀科技有限公",
            "          司杭州云栖科技",
            "",
            "第一行",
            "第二行，很长很长很长很长很长很",
            "长很长很长很长",
            "关联",
            "→ 实例 i-1",
            "→ 工单 t-2",
        ])
    }

    @Test(arguments: [7, 12, 23, 40, 79])
    func noRowIsWiderThanTheLayoutAndWideCharactersStayWhole(width: Int) {
        let doc = DetailDocumentBuilder.document(for: .supervision(PresentationFixtures.supervision), links: nil,
                                                 context: PresentationFixtures.context)
        let layout = DetailLayout(document: doc, width: width)
        let pane = PresentationSnapshot.render(DetailPane(layout: layout, scroll: 0, selectedLink: nil, focused: true),
                                               width: width + 1, height: layout.lineCount)
        for line in pane.lines {
            #expect(DisplayWidth.width(of: line) == width + 1)
        }
        for y in 0..<pane.height {
            // A continuation cell always follows the first half of a wide grapheme.
            for x in 0..<pane.width where pane[x, y].isContinuation {
                #expect(x > 0 && DisplayWidth.width(of: pane[x - 1, y].grapheme) == 2)
            }
        }
    }

    @Test func aNarrowPaneStacksKeysAboveValues() {
        let layout = DetailLayout(document: document, width: DetailLayout.textWidth(forPaneWidth: 16))
        let pane = PresentationSnapshot.render(DetailPane(layout: layout, scroll: 0, selectedLink: nil, focused: true),
                                               width: 16, height: 6)
        let text = pane.lines.prefix(5).map { String($0.dropLast()).replacingOccurrences(of: " +$", with: "",
                                                                                        options: .regularExpression) }
        #expect(text == ["基本信息", "订单号", "  CS2611230912K", "  7Q2M", "客户名称"])
    }

    @Test func scrollingRevealsALinkAndClamps() {
        let layout = DetailLayout(document: document, width: 30)
        #expect(layout.maxScroll(height: 4) == 7)
        #expect(layout.maxScroll(height: 40) == 0)
        #expect(layout.scroll(0, revealingLink: 1, height: 4) == 7)
        #expect(layout.scroll(7, revealingLink: 0, height: 4) == 7)
        #expect(layout.scroll(10, revealingLink: 0, height: 1) == 9)
        #expect(layout.scroll(99, revealingLink: 5, height: 4) == 7)
        #expect(DetailLayout.textWidth(forPaneWidth: 80) == 79)
        #expect(DetailLayout.textWidth(forPaneWidth: 1) == 1)
    }

    @Test func selectedLinkIsHighlightedAndScrollbarShowsOnOverflow() {
        let layout = DetailLayout(document: document, width: 29)
        let focused = PresentationSnapshot.render(DetailPane(layout: layout, scroll: 7, selectedLink: 1, focused: true),
                                                  width: 30, height: 4)
        #expect(focused.lines.last == "→ 工单 t-2" + String(repeating: " ", count: 19) + "█")
        #expect((0..<29).allSatisfy { focused[$0, 3].role == .rowSelected })
        #expect(focused[0, 2].role == .link && focused[12, 2].role == .detailValue)
        #expect(focused[29, 3].role == .scrollbarThumb)
        let blurred = PresentationSnapshot.render(DetailPane(layout: layout, scroll: 7, selectedLink: 1, focused: false),
                                                  width: 30, height: 4)
        #expect(blurred[0, 3].role == .rowSelectedBlur)
        // Over-scrolling shows the last page; a zero area draws nothing.
        let over = PresentationSnapshot.render(DetailPane(layout: layout, scroll: 500, selectedLink: nil, focused: true),
                                               width: 30, height: 4)
        #expect(over.lines == focused.lines)
        let none = PresentationSnapshot.render(DetailPane(layout: layout, scroll: 0, selectedLink: nil, focused: true),
                                               width: 0, height: 0)
        #expect(none.cells.isEmpty)
    }
}
