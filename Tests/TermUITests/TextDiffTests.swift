import Testing
@testable import TermUI

@Suite struct TextDiffTests {
    @Test func equalTextsHaveNoDiff() {
        #expect(TextDiff.lines(expected: "# 2x1\nab\n", actual: "# 2x1\nab\n") == nil)
    }

    @Test func differingRowsAreNumberedFromTheScreenTop() {
        var a = Buffer(size: Size(width: 6, height: 3))
        a.write("订单", x: 0, y: 1)
        var b = a
        b.write("x", x: 0, y: 2)
        let diff = TextDiff.lines(expected: a.textDump, actual: b.textDump)
        #expect(diff == "row 2:\n- ||\n+ |x|")
    }

    @Test func headerAndMissingLines() {
        let diff = TextDiff.lines(expected: "# 3x2\na\nb\n", actual: "# 3x1\na\n")
        #expect(diff == "header:\n- |# 3x2|\n+ |# 3x1|\nrow 1:\n- |b|\n+ (missing)")
        #expect(TextDiff.lines(expected: "a\nb", actual: "a\nc") == "line 1:\n- |b|\n+ |c|")
        #expect(TextDiff.lines(expected: "a\n", actual: "a") == "(texts differ only in line endings)")
    }
}
