import Testing
@testable import TermUI

/// Every widget, fed hostile text and any rectangle, must not trap and must not draw outside its area.
@Suite struct RobustnessTests {
    static let nasty: [String] = [
        "", " ", "\u{301}\u{301}", "\u{200D}\u{FE0F}", "a\u{1B}[2J\u{0}\u{7F}\u{9B}b", "中\n文\t字\r\n",
        "👨‍👩‍👧‍👦🇨🇳🏳️‍🌈" + String(repeating: "e\u{301}", count: 50), "\u{202E}abc", String(repeating: "长", count: 100_000),
        String(repeating: "x", count: 70_000), "…─①“", "\u{10FFFF}\u{E000}",
    ]

    static func widgets(_ text: String) -> [any Widget] {
        var input = TextInputState()
        input.insert(text)
        var multi = MultiLineTextInputState(maxLength: 200)
        multi.insert(text)
        multi.wrapWidth = 3
        return [
            Block(title: text, rightTitle: text, focused: true, background: .dialog),
            Table(columns: [TableColumn(text, min: 3, flex: 1), TableColumn(text, min: -4, max: -9, flex: -1, alignment: .right)],
                  rows: [TableRow([text, text], cellRoles: [.statusOk], badge: text), TableRow([])], selected: 7,
                  sort: .init(column: 1, ascending: false), zebra: true, total: Int.max, offset: Int.min,
                  spacing: -3, emptyText: text, highlight: text),
            Table(columns: [], rows: [], selected: -1, sort: .init(column: 99, ascending: true), emptyText: text),
            Tabs([.init(text, shortTitle: text, hotkey: text, count: Int.min, loading: true)], selected: Int.max,
                 tick: Int.min),
            KeyValuePanel([.init(text, text), .section(text), .init("", "")], offset: Int.max, maxKeyWidth: -1, gap: -5),
            ScrollingText(text, offset: Int.max),
            ScrollingText(text, offset: Int.min, wrap: false),
            TextInput(input, placeholder: text, drawsCursor: true, masked: false),
            TextInput(TextInputState(), placeholder: text),
            MultiLineTextInput(multi, placeholder: text, drawsCursor: true),
            Dialog(title: text, body: [text, text], buttons: [.init(text, isDanger: true), .init(text)], focusedButton: -1,
                   inputHeight: Int.max, preferredWidth: Int.min),
            Toast(text, kind: .error, maxWidth: -1, maxLines: -1),
            StatusBar(hints: [.init(text, text)], right: text, rightRole: .statusFailed),
            HelpOverlay(title: text, groups: [.init(text, [.init(text, text)])], offset: Int.max, maxWidth: Int.max),
            Spinner(tick: Int.max, label: text),
            ProgressBar(fraction: .greatestFiniteMagnitude, label: text),
            TooSmallView(lines: [text, text, text]),
            Scrollbar(total: Int.max, offset: Int.max, visible: Int.min),
        ]
    }

    static let rects: [Rect] = [
        .zero, Rect(x: 0, y: 0, width: 1, height: 1), Rect(x: 0, y: 0, width: 1, height: 9),
        Rect(x: 0, y: 0, width: 9, height: 1), Rect(x: 2, y: 1, width: 5, height: 3), Rect(x: -3, y: -2, width: 7, height: 4),
        Rect(x: 5, y: 4, width: Int.max, height: Int.max), Rect(x: Int.min, y: Int.min, width: Int.max, height: Int.max),
        Rect(x: 100, y: 100, width: 5, height: 5),
    ]

    @Test(arguments: nasty)
    func widgetsSurviveAnyTextAndArea(text: String) {
        for widget in Self.widgets(text) {
            for rect in Self.rects {
                var buffer = Buffer(size: Size(width: 12, height: 8))
                buffer.fill(buffer.area, with: "#", role: .muted)
                widget.render(in: rect, into: &buffer)
                let inside = rect.intersection(buffer.area)
                for y in 0..<buffer.height {
                    for x in 0..<buffer.width where !inside.contains(Position(x: x, y: y)) {
                        #expect(buffer[x, y] == Cell("#", role: .muted), "\(type(of: widget)) drew outside \(rect) at \(x),\(y)")
                    }
                }
                // No continuation cell without a wide head before it.
                for y in 0..<buffer.height {
                    for x in 0..<buffer.width where buffer[x, y].isContinuation {
                        #expect(x > 0 && buffer.isWide(x: x - 1, y: y), "\(type(of: widget)) orphan continuation")
                    }
                }
            }
        }
    }

    @Test func textInputsSurviveRandomKeys() {
        var rng = SplitMix(seed: 7)
        let keys: [Key] = [.char("中"), .char("a"), .char("👨‍👩‍👧"), .char("\u{301}"), .char(" "), .enter, .backspace, .delete,
                           .left, .right, .up, .down, .home, .end, .ctrl("w"), .ctrl("u"), .ctrl("k"), .alt("b"),
                           .alt("f"), .char("\u{1B}"), .pageDown, .tab]
        var single = TextInputState(maxLength: 20)
        var multi = MultiLineTextInputState(wrapWidth: 5, maxLength: 40)
        for _ in 0..<3_000 {
            let key = keys[Int(rng.next() % UInt64(keys.count))]
            single.handle(key)
            multi.handle(key)
            #expect(single.cursor >= 0 && single.cursor <= single.characters.count)
            #expect(single.characters.count <= 20)
            #expect(multi.row >= 0 && multi.row < multi.lines.count)
            #expect(multi.column >= 0 && multi.column <= multi.lines[multi.row].count)
            #expect(multi.text.count <= 40)
        }
        var b = Buffer(size: Size(width: 5, height: 3))
        b.render(MultiLineTextInput(multi, drawsCursor: true), in: b.area)
        b.render(TextInput(single, drawsCursor: true), in: b.area.row(0))
    }
}
