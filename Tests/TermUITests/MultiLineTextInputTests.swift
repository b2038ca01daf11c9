import Testing
@testable import TermUI

@Suite struct MultiLineTextInputTests {
    @Test func typingNewlinesAndText() {
        var s = MultiLineTextInputState()
        for c in "原因" { s.handle(.char(c)) }
        s.handle(.enter)
        for c in "ok" { s.handle(.char(c)) }
        #expect(s.text == "原因\nok")
        #expect(s.row == 1 && s.column == 2)
        #expect(s.cursorVisualPosition(width: 0) == (1, 2))
    }

    @Test func upDownKeepDisplayColumn() {
        var s = MultiLineTextInputState("abcdef\n中文字\nxy")
        #expect(s.row == 2 && s.column == 2)
        s.handle(.up)                    // column 2 in 中文字 is the start of 文
        #expect(s.row == 1 && s.column == 1)
        s.handle(.up)
        #expect(s.row == 0 && s.column == 2)
        s.handle(.end)
        s.handle(.down)                  // goal 6 → end of 中文字
        #expect(s.row == 1 && s.column == 3)
        s.handle(.down)                  // xy is shorter: end of line
        #expect(s.row == 2 && s.column == 2)
        s.handle(.up)
        #expect(s.row == 1 && s.column == 3)   // goal column 6 kept
        s.handle(.down)
        s.handle(.down)
        #expect(s.row == 2 && s.column == 2)
        s.handle(.up); s.handle(.up); s.handle(.up)
        #expect(s.row == 0 && s.column == 0)
    }

    @Test func middleOfWideCharacterGoesBeforeIt() {
        var s = MultiLineTextInputState("中文\nabc")
        s.handle(.left)                  // column 2 of abc → before c... index 2, display 2
        s.handle(.left)                  // index 1, display 1
        s.handle(.up)                    // display 1 is inside 中: cursor before 中
        #expect(s.row == 0 && s.column == 0)
    }

    @Test func softWrapRowsAndCursor() {
        var s = MultiLineTextInputState("买家要求提供部署文档\nok", wrapWidth: 10)
        let b = rendered(MultiLineTextInput(s, drawsCursor: true), width: 10, height: 4)
        expectLines(b, ["买家要求提", "供部署文档", "", "ok"])
        #expect(MultiLineTextInput(s).cursorPosition(in: Rect(x: 0, y: 0, width: 10, height: 4)) == Position(x: 2, y: 3))
        s.handle(.up)
        #expect(s.row == 0 && s.column == 10)
        s.handle(.up)
        #expect(s.row == 0 && s.column == 6)   // goal column 2 on the row 供部署文档: after 供
        #expect(MultiLineTextInputState.segments(of: Array("中文字"), width: 5, policy: .default) == [0..<2, 2..<3])
        #expect(MultiLineTextInputState.segments(of: Array("ab"), width: 2, policy: .default) == [0..<2, 2..<2])
        #expect(MultiLineTextInputState.segments(of: [], width: 3, policy: .default) == [0..<0])
    }

    @Test func backspaceAndDeleteJoinLines() {
        var s = MultiLineTextInputState("ab\ncd")
        s.handle(.home)
        s.handle(.backspace)
        #expect(s.text == "abcd" && s.row == 0 && s.column == 2)
        s.handle(.backspace)
        #expect(s.text == "acd")
        s.handle(.enter)
        s.handle(.up)
        s.handle(.end)
        s.handle(.delete)
        #expect(s.text == "acd")
        s.handle(.left)
        s.handle(.left)
        s.handle(.delete)
        #expect(s.text == "cd")
    }

    @Test func pasteSanitisesAndRespectsMaxLength() {
        var s = MultiLineTextInputState(maxLength: 8)
        s.insert("a\r\nb\u{1B}]52;c;xx\u{7}c\td")
        #expect(s.text == "a\nb␛c   ")
        #expect(s.text.count == 8)
        let escape = s.handle(.escape), tab = s.handle(.tab)
        #expect(!escape && !tab)
        s.handle(.enter)
        #expect(s.text.count == 8)
    }

    @Test func scrollFollowsCursor() {
        var s = MultiLineTextInputState("1\n2\n3\n4\n5", wrapWidth: 5)
        let b = rendered(MultiLineTextInput(s), width: 5, height: 2)
        expectLines(b, ["4", "5"])
        s.ensureCursorVisible(height: 2)
        #expect(s.scroll == 3)
        s.handle(.up); s.handle(.up); s.handle(.up)
        let c = rendered(MultiLineTextInput(s), width: 5, height: 2)
        expectLines(c, ["2", "3"])
    }

    @Test func placeholderZeroAreaAndOneColumn() {
        let empty = MultiLineTextInputState()
        expectLines(rendered(MultiLineTextInput(empty, placeholder: "请输入原因 reason"), width: 10, height: 2),
                    ["请输入原因", "reason"])
        #expect(rendered(MultiLineTextInput(empty), width: 0, height: 0).cells.isEmpty)
        #expect(MultiLineTextInput(empty).cursorPosition(in: .zero) == nil)
        let s = MultiLineTextInputState("中a", wrapWidth: 1)
        let one = rendered(MultiLineTextInput(s), width: 1, height: 3)
        expectLines(one, ["", "a", ""])
        #expect(MultiLineTextInput(s).cursorPosition(in: Rect(x: 0, y: 0, width: 1, height: 3)) == Position(x: 0, y: 2))
    }
}
