import Testing
@testable import TermUI

@Suite struct TruncateWrapTests {
    @Test func fitsUnchanged() {
        #expect(DisplayWidth.truncate("abc", to: 3) == "abc")
        #expect(DisplayWidth.truncate("中文", to: 4) == "中文")
        #expect(DisplayWidth.truncate("abc", to: 0) == "")
        #expect(DisplayWidth.truncate("abc", to: -5) == "")
    }

    @Test func asciiTruncation() {
        #expect(DisplayWidth.truncate("abcdef", to: 4) == "abc…")
        #expect(DisplayWidth.truncate("abcdef", to: 1) == "…")
    }

    @Test func wideBoundaryIsNeverSplit() {
        // 中文字 is 6 wide; at 4 only 中 + … fit (3 cells), fit() pads the leftover cell.
        #expect(DisplayWidth.truncate("中文字", to: 4) == "中…")
        #expect(DisplayWidth.truncate("中文字", to: 5) == "中文…")
        #expect(DisplayWidth.fit("中文字", to: 4) == "中… ")
        #expect(DisplayWidth.width(of: DisplayWidth.fit("中文字", to: 4)) == 4)
        #expect(DisplayWidth.truncate("a中文", to: 3) == "a…")
        #expect(DisplayWidth.truncate("中文", to: 1) == "…")
        #expect(DisplayWidth.truncate("😀😀", to: 2) == "…")
    }

    @Test func ellipsisWidthIsCounted() {
        let wide = WidthPolicy.ambiguousWide   // … is two cells here
        #expect(DisplayWidth.truncate("abcdef", to: 4, policy: wide) == "ab…")
        #expect(DisplayWidth.truncate("abcdef", to: 1, policy: wide) == "a")
        let dots = WidthPolicy(ellipsis: "~")
        #expect(DisplayWidth.truncate("abcdef", to: 4, policy: dots) == "abc~")
    }

    @Test func padAndAlign() {
        #expect(DisplayWidth.pad("中", to: 4) == "中  ")
        #expect(DisplayWidth.pad("中", to: 4, alignment: .right) == "  中")
        #expect(DisplayWidth.pad("ab", to: 5, alignment: .center) == " ab  ")
        #expect(DisplayWidth.pad("abcdef", to: 3) == "abcdef")
        #expect(DisplayWidth.fit("1,234", to: 7, alignment: .right) == "  1,234")
    }

    @Test func wrapWords() {
        #expect(DisplayWidth.wrap("the quick brown fox", width: 10) == ["the quick", "brown fox"])
        #expect(DisplayWidth.wrap("abcdefghij", width: 4) == ["abcd", "efgh", "ij"])
        #expect(DisplayWidth.wrap("", width: 4) == [""])
        #expect(DisplayWidth.wrap("abc", width: 0) == [])
    }

    @Test func wrapChineseAnywhere() {
        #expect(DisplayWidth.wrap("买家要求提供部署文档", width: 8) == ["买家要求", "提供部署", "文档"])
        #expect(DisplayWidth.wrap("订单CS123已付款", width: 7) == ["订单", "CS123已", "付款"])
        #expect(DisplayWidth.wrap("中文", width: 3) == ["中", "文"])
    }

    @Test func closingPunctuationNeverStartsALine() {
        #expect(DisplayWidth.wrap("尽快处理。好的", width: 8) == ["尽快处", "理。好的"])
        #expect(DisplayWidth.wrap("好，", width: 2) == ["好", "，"])   // nothing to carry: a lone line
    }

    @Test func wrapKeepsHardBreaksAndIndent() {
        #expect(DisplayWidth.wrap("a\n\n  b", width: 10) == ["a", "", "  b"])
        #expect(DisplayWidth.wrap("one two three", width: 3) == ["one", "two", "thr", "ee"])
    }

    @Test func wrapStopsAtMaxLines() {
        let huge = String(repeating: "汉字 ", count: 100_000)
        let lines = DisplayWidth.wrap(huge, width: 10, maxLines: 3)
        #expect(lines.count == 3)
        #expect(lines.allSatisfy { DisplayWidth.width(of: $0) <= 10 })
    }
}
