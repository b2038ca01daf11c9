import Testing
@testable import TermUI

@Suite struct BufferTests {
    @Test func writeIsWidthAwareAndMarksContinuations() {
        var b = Buffer(size: Size(width: 8, height: 1))
        let used = b.write("a中b", x: 1, y: 0, role: .row)
        #expect(used == 4)
        expectLines(b, [" a中b"])
        #expect(b[2, 0].grapheme == "中")
        #expect(b[3, 0].isContinuation)
        #expect(b.isWide(x: 2, y: 0))
        #expect(b[3, 0].role == .row)
    }

    @Test func wideCharAtRightEdgeBecomesSpace() {
        var b = Buffer(size: Size(width: 4, height: 1))
        b.write("abc中", x: 0, y: 0)
        expectLines(b, ["abc"])
        #expect(b[3, 0].grapheme == " ")
        #expect(!b[3, 0].isContinuation)
        var c = Buffer(size: Size(width: 6, height: 1))
        c.write("中文字", x: 0, y: 0, maxWidth: 5)
        expectLines(c, ["中文"])
        #expect(!c[4, 0].isContinuation)
    }

    @Test func wideCharCutByLeftEdgeLeavesSpace() {
        var b = Buffer(size: Size(width: 6, height: 1))
        b.fill(b.area, with: "x")
        b.write("中文", x: -1, y: 0)
        expectLines(b, [" 文xxx"])
        var c = Buffer(size: Size(width: 6, height: 1))
        c.write("中文", x: 0, y: 0, clip: Rect(x: 1, y: 0, width: 4, height: 1))
        expectLines(c, ["  文"])
    }

    @Test func overwritingHalfOfWideCharLeavesNoGhost() {
        var b = Buffer(size: Size(width: 6, height: 1))
        b.write("中文", x: 0, y: 0)
        b.write("x", x: 1, y: 0)          // right half of 中
        expectLines(b, [" x文"])
        #expect(b.cells.allSatisfy { !$0.isContinuation || $0.grapheme == " " })
        #expect(!b[1, 0].isContinuation)
        b.write("y", x: 2, y: 0)          // left half of 文
        expectLines(b, [" xy"])
        #expect(!b[3, 0].isContinuation)
        var c = Buffer(size: Size(width: 6, height: 1))
        c.write("中文", x: 0, y: 0)
        c.write("字", x: 1, y: 0)         // straddles both
        expectLines(c, [" 字"])
        #expect(c[1, 0].grapheme == "字" && c[2, 0].isContinuation && !c[3, 0].isContinuation)
    }

    @Test func switchingFromCJKRowToASCIIRowClearsEverything() {
        var b = Buffer(size: Size(width: 10, height: 1))
        b.write("张三李四王五", x: 0, y: 0)
        b.write("abc", x: 0, y: 0, width: 10)
        expectLines(b, ["abc"])
        #expect(b.cells.allSatisfy { !$0.isContinuation })
    }

    @Test func clippingAndOutOfBoundsNeverTrap() {
        var b = Buffer(size: Size(width: 3, height: 2))
        #expect(b.write("hello", x: -100, y: 0) == 5)   // advanced, though nothing was visible
        b.write("abc", x: 5, y: 0)
        b.write("abc", x: 0, y: -1)
        b.write("abc", x: 0, y: 7)
        b.write("abc", x: Int.max - 1, y: 0)
        b.write("abc", x: Int.min + 1, y: 1)
        b.write("abc", x: 1, y: 1, maxWidth: Int.max)
        b.set("中", x: 2, y: 0)
        b.fill(Rect(x: -5, y: -5, width: Int.max, height: Int.max), with: "z", role: .muted)
        #expect(b[99, 99] == .blank)
        #expect(b[-1, 0] == .blank)
        expectLines(b, ["zzz", "zzz"])
    }

    @Test func hugeAndNegativeSizesAreClamped() {
        let b = Buffer(size: Size(width: -5, height: 10))
        #expect(b.size == Size(width: 0, height: 10))
        #expect(b.cells.isEmpty)
        let huge = Buffer(size: Size(width: Int.max, height: Int.max))
        #expect(huge.cells.count <= Buffer.maxCells)
        #expect(huge.width == Buffer.maxDimension)
    }

    @Test func writeFieldTruncatesAlignsAndClearsStaleCells() {
        var b = Buffer(size: Size(width: 10, height: 1))
        b.fill(b.area, with: "#")
        b.write("中文字符", x: 0, y: 0, width: 5, role: .row)
        expectLines(b, ["中文…#####"])
        b.write("中文字符", x: 0, y: 0, width: 4, role: .row)
        expectLines(b, ["中… …#####"])
        b.write("12", x: 0, y: 0, width: 5, alignment: .right, role: .row)
        expectLines(b, ["   12#####"])
        #expect(roleRow(b, 0) == "rrrrr.....")
    }

    @Test func spansAndRoles() {
        var b = Buffer(size: Size(width: 12, height: 1))
        b.write([Span("q", role: .barKey), Span(" 退出", role: .bar)], x: 0, y: 0)
        expectLines(b, ["q 退出"])
        #expect(roleRow(b, 0).hasPrefix("Kbbbbb"))
        b.setRole(.match, in: Rect(x: 2, y: 0, width: 2, height: 1))
        #expect(b[2, 0].role == .match && b[3, 0].role == .match)
        b.addEmphasis(.reverse, in: Rect(x: 0, y: 0, width: 1, height: 1))
        #expect(b[0, 0].emphasis == [.reverse])
    }

    @Test func zeroWidthGraphemesAreSkipped() {
        var b = Buffer(size: Size(width: 5, height: 1))
        b.write("a\u{200B}\u{1B}b", x: 0, y: 0)
        expectLines(b, ["ab"])
    }

    @Test func textDumpAndRoleDump() {
        var b = Buffer(size: Size(width: 6, height: 3))
        b.write("订单", x: 0, y: 0, role: .tabActive)
        b.write("ab  ", x: 1, y: 1, role: .row)
        #expect(b.textDump == "# 6x3\n订单\n ab\n\n")
        #expect(b.roleDump == "# 6x3 roles: .=app A=tabActive r=row\nAAAA\n.rrrr\n\n")
        #expect(b.trimmedLines == ["订单", " ab", ""])
    }

    @Test func resetAndResize() {
        var b = Buffer(size: Size(width: 4, height: 2))
        b.write("abcd", x: 0, y: 0)
        b.reset()
        #expect(b.cells.allSatisfy { $0 == .blank })
        b.resize(to: Size(width: 2, height: 3))
        #expect(b.cells.count == 6)
    }
}
