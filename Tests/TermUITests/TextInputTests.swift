import Testing
@testable import TermUI

@Suite struct TextInputTests {
    func typed(_ text: String, into state: inout TextInputState) {
        for c in text {
            let handled = state.handle(.char(c))
            #expect(handled)
        }
    }

    @Test func cursorAfterTypingChinese() {
        var s = TextInputState()
        typed("订单ab", into: &s)
        #expect(s.text == "订单ab")
        #expect(s.cursor == 4)
        #expect(s.cursorColumn == 6)
        s.handle(.left)
        s.handle(.left)
        #expect(s.cursorColumn == 4)
        s.handle(.left)
        #expect(s.cursorColumn == 2)
        typed("号", into: &s)
        #expect(s.text == "订号单ab")
        #expect(s.cursorColumn == 4)
        let input = TextInput(s)
        #expect(input.cursorPosition(in: Rect(x: 10, y: 3, width: 20, height: 1)) == Position(x: 14, y: 3))
    }

    @Test func backspaceDeletesWholeGrapheme() {
        var s = TextInputState("a👨‍👩‍👧e\u{301}中")
        #expect(s.characters.count == 4)
        s.handle(.backspace)
        #expect(s.text == "a👨‍👩‍👧e\u{301}")
        s.handle(.backspace)
        #expect(s.text == "a👨‍👩‍👧")
        s.handle(.backspace)
        #expect(s.text == "a")
        #expect(s.cursorColumn == 1)
        s.handle(.backspace)
        s.handle(.backspace)
        #expect(s.text == "" && s.cursor == 0)
    }

    @Test func deleteAndMovement() {
        var s = TextInputState("中文abc")
        s.handle(.home)
        s.handle(.delete)
        #expect(s.text == "文abc" && s.cursor == 0)
        s.handle(.end)
        #expect(s.cursorColumn == 5)
        s.handle(.right)
        #expect(s.cursor == 4)
        s.handle(.ctrl("a"))
        #expect(s.cursor == 0)
        s.handle(.ctrl("e"))
        #expect(s.cursor == 4)
    }

    @Test func killAndWordCommands() {
        var s = TextInputState("retry 订单 CS1")
        s.handle(.ctrl("w"))
        #expect(s.text == "retry 订单 ")
        s.handle(.ctrl("w"))
        #expect(s.text == "retry ")
        s.setText("abc 中文def")
        s.handle(.alt("b"))
        #expect(s.cursor == 6)
        s.handle(.alt("b"))
        #expect(s.cursor == 4)
        s.handle(.ctrl("k"))
        #expect(s.text == "abc ")
        s.handle(.left)
        s.handle(.ctrl("u"))
        #expect(s.text == " " && s.cursor == 0)
        s.handle(.alt("f"))
        #expect(s.cursor == 1)
    }

    @Test func unhandledKeysAndControlsAreRefused() {
        var s = TextInputState("x")
        for key: Key in [.enter, .escape, .tab, .up, .down, .pageDown, .function(1), .resize, .char("\u{1B}"),
                         .char("\n"), .char("\u{85}")] {
            let handled = s.handle(key)
            #expect(!handled, "\(key)")
        }
        #expect(s.text == "x")
        s.insert("a\u{1B}[2Jb\nc")
        #expect(s.text == "xa␛b c")
        let combining = s.handle(.char("\u{301}"))
        #expect(combining)
        #expect(s.text == "xa␛b c\u{301}")
        #expect(s.characters.count == 6)
    }

    @Test func maxLength() {
        var s = TextInputState(maxLength: 3)
        s.insert("中文字符")
        #expect(s.text == "中文字")
        s.handle(.char("x"))
        #expect(s.text == "中文字")
        let t = TextInputState(String(repeating: "a", count: 10), maxLength: 4)
        #expect(t.text == "aaaa")
    }

    @Test func horizontalScrollKeepsCursorVisible() {
        var s = TextInputState("订单号CS")
        let b = rendered(TextInput(s, drawsCursor: true), width: 5, height: 1)
        expectLines(b, ["号CS"])
        #expect(b[4, 0].emphasis == .reverse)
        #expect(TextInput(s).cursorPosition(in: Rect(x: 0, y: 0, width: 5, height: 1)) == Position(x: 4, y: 0))
        s.handle(.home)
        let c = rendered(TextInput(s), width: 5, height: 1)
        expectLines(c, ["订单"])
        // Scroll that starts inside a wide character shows a blank for its right half.
        s.handle(.end)
        s.scroll = 1
        s.handle(.left); s.handle(.left); s.handle(.left)   // cursor before 号 (column 4)
        let d = rendered(TextInput(s), width: 5, height: 1)
        expectLines(d, [" 单号"])
        s.ensureCursorVisible(width: 5)
        #expect(s.scroll == 1)
    }

    @Test func placeholderAndMask() {
        let b = rendered(TextInput(TextInputState(), placeholder: "过滤 filter…"), width: 12, height: 1)
        expectLines(b, ["过滤 filter…"])
        #expect(b[0, 0].role == .inputPlaceholder)
        let m = rendered(TextInput(TextInputState("密码ab"), masked: true), width: 8, height: 1)
        expectLines(m, ["****"])
        #expect(TextInput(TextInputState("密码ab"), masked: true).cursorPosition(in: Rect(x: 0, y: 0, width: 8, height: 1))
                == Position(x: 4, y: 0))
    }

    @Test func zeroAreaAndOneColumn() {
        let s = TextInputState("中文")
        #expect(rendered(TextInput(s), width: 0, height: 1).cells.isEmpty)
        #expect(TextInput(s).cursorPosition(in: .zero) == nil)
        #expect(TextInput(s, focused: false).cursorPosition(in: Rect(x: 0, y: 0, width: 5, height: 1)) == nil)
        let one = rendered(TextInput(s), width: 1, height: 1)
        expectLines(one, [""])
        #expect(TextInput(s).cursorPosition(in: Rect(x: 0, y: 0, width: 1, height: 1)) == Position(x: 0, y: 0))
        var home = s
        home.handle(.home)
        expectLines(rendered(TextInput(home), width: 1, height: 1), [""])
    }
}
