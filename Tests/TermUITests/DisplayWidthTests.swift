import Testing
@testable import TermUI

@Suite struct DisplayWidthTests {
    @Test(arguments: [
        ("a", 1), ("Z", 1), ("~", 1), (" ", 1),
        ("中", 2), ("订", 2), ("㐀", 2), ("𠀀", 2), ("가", 2), ("あ", 2), ("ア", 2),
        ("，", 2), ("。", 2), ("！", 2), ("（", 2), ("）", 2), ("￥", 2), ("Ａ", 2), ("、", 2),
        ("ｱ", 1), ("¥", 1),
        ("😀", 2), ("🧾", 2), ("👍🏽", 2), ("👨‍👩‍👧‍👦", 2), ("🇨🇳", 2), ("🇺🇸", 2), ("❤️", 2), ("1️⃣", 2),
        ("☺", 1), ("❤", 1), ("✅", 2), ("🏳️‍🌈", 2), ("🪿", 2),
        ("e\u{301}", 1), ("a\u{300}\u{316}", 1), ("中\u{301}", 2), ("\u{1100}\u{1161}\u{11A8}", 2),
        ("\u{0}", 0), ("\u{1B}", 0), ("\n", 0), ("\r\n", 0), ("\u{7F}", 0), ("\u{85}", 0), ("\u{9B}", 0),
        ("\u{200B}", 0), ("\u{200D}", 0), ("\u{FE0F}", 0), ("\u{301}", 0),
    ] as [(String, Int)])
    func graphemeWidth(text: String, expected: Int) throws {
        let c = try #require(text.count == 1 ? text.first : nil)
        #expect(DisplayWidth.width(of: c) == expected, "width of \(text.unicodeScalars.map { String($0.value, radix: 16) })")
    }

    @Test(arguments: ["…", "─", "①", "“", "”", "·", "§", "°", "×", "▲", "■", "☆", "Ω", "α", "а"])
    func ambiguousFollowsPolicy(text: String) throws {
        let c = try #require(text.first)
        #expect(DisplayWidth.width(of: c) == 1)
        #expect(DisplayWidth.width(of: c, policy: .ambiguousWide) == 2)
    }

    @Test func ambiguousWideDoesNotTouchOthers() {
        #expect(DisplayWidth.width(of: "a1中，", policy: .ambiguousWide) == 6)
        #expect(DisplayWidth.width(of: "—", policy: .ambiguousWide) == 2)
    }

    @Test func stringWidths() {
        #expect(DisplayWidth.width(of: "") == 0)
        #expect(DisplayWidth.width(of: "Orders") == 6)
        #expect(DisplayWidth.width(of: "订单 Orders") == 11)
        #expect(DisplayWidth.width(of: "张三，你好！") == 12)
        #expect(DisplayWidth.width(of: "a\u{1B}[2Jb") == 5)   // ESC itself is 0; sanitise before drawing
        #expect(DisplayWidth.width(of: "Café") == 4)
        #expect(DisplayWidth.width(of: "Cafe\u{301}") == 4)
        #expect(DisplayWidth.width(of: "👨‍👩‍👧 ok") == 5)
        #expect(DisplayWidth.width(of: Substring("中文abc")) == 7)
    }

    @Test func scalarWidths() {
        #expect(DisplayWidth.width(of: Unicode.Scalar(0x4E2D)!) == 2)
        #expect(DisplayWidth.width(of: Unicode.Scalar(0x0301)!) == 0)
        #expect(DisplayWidth.width(of: Unicode.Scalar(0x2026)!, policy: .ambiguousWide) == 2)
        #expect(DisplayWidth.width(of: Unicode.Scalar(0x10FFFF)!) == 1)
        #expect(DisplayWidth.width(of: Unicode.Scalar(0x3FFFD)!) == 2)
    }

    @Test func tableIsSortedAndDisjoint() {
        let t = WidthTable.ranges
        #expect(t.count % 3 == 0)
        var previousEnd: UInt32 = 0
        for i in stride(from: 0, to: t.count, by: 3) {
            #expect(t[i] <= t[i + 1])
            #expect(i == 0 || t[i] > previousEnd)
            #expect((1...3).contains(t[i + 2]))
            previousEnd = t[i + 1]
        }
    }

    @Test func cursorColumnsAndIndexForColumn() {
        let text = "ab中文c"
        let idx = text.index(text.startIndex, offsetBy: 3)   // before 文
        #expect(DisplayWidth.column(in: text, at: idx) == 4)
        #expect(DisplayWidth.column(in: text, at: text.endIndex) == 7)
        let chars = Array(text)
        #expect(DisplayWidth.index(in: chars, forColumn: 0) == 0)
        #expect(DisplayWidth.index(in: chars, forColumn: 2) == 2)
        #expect(DisplayWidth.index(in: chars, forColumn: 3) == 2)   // right half of 中
        #expect(DisplayWidth.index(in: chars, forColumn: 6) == 4)
        #expect(DisplayWidth.index(in: chars, forColumn: 99) == 5)
    }

    @Test func asciiFastPathKeepsCombiningMarks() {
        var seen: [(Character, Int)] = []
        DisplayWidth.forEachGrapheme("ae\u{301}中", policy: .default) { c, w in
            seen.append((c, w))
            return true
        }
        #expect(seen.map(\.0) == ["a", "e\u{301}", "中"])
        #expect(seen.map(\.1) == [1, 1, 2])
    }
}
