import Testing
@testable import TermUI

@Suite struct KeyTests {
    @Test(arguments: [
        ("j", Key.char("j")), ("G", .char("G")), ("?", .char("?")), ("/", .char("/")), ("space", .char(" ")),
        ("ctrl-d", .ctrl("d")), ("ctrl-u", .ctrl("u")), ("pgdn", .pageDown), ("pgup", .pageUp),
        ("enter", .enter), ("esc", .escape), ("tab", .tab), ("backtab", .backTab), ("f5", .function(5)),
        ("up", .up), ("down", .down), ("left", .left), ("right", .right), ("home", .home), ("end", .end),
        ("backspace", .backspace), ("del", .delete), ("ins", .insert), ("alt-x", .alt("x")), ("resize", .resize),
        ("中", .char("中")), ("ctrl-space", .ctrl(" ")),
    ] as [(String, Key)])
    func canonicalNamesRoundTrip(name: String, key: Key) {
        #expect(Key(name: name) == key)
        #expect(key.name == name)
    }

    @Test func aliasesAndCase() {
        #expect(Key(name: "Ctrl-D") == .ctrl("d"))
        #expect(Key(name: "C-d") == .ctrl("d"))
        #expect(Key(name: "^d") == .ctrl("d"))
        #expect(Key(name: "ctrl+d") == .ctrl("d"))
        #expect(Key(name: "PgDn") == .pageDown)
        #expect(Key(name: "PageDown") == .pageDown)
        #expect(Key(name: "Return") == .enter)
        #expect(Key(name: "Escape") == .escape)
        #expect(Key(name: "shift-tab") == .backTab)
        #expect(Key(name: "F12") == .function(12))
        #expect(Key(name: "M-x") == .alt("x"))
        #expect(Key(name: " enter ") == .enter)
        #expect(Key(name: " ") == .char(" "))
        #expect(Key(name: "^") == .char("^"))
    }

    @Test func unknownNamesAreNil() {
        for bad in ["", "ctrl-", "f0", "f99", "hyper-x", "enterr", "ctrl-ab", "\u{1B}", "\n"] {
            #expect(Key(name: bad) == nil, "\(bad)")
        }
    }

    @Test func labelsForHints() {
        #expect(Key.ctrl("d").label == "Ctrl-D")
        #expect(Key.pageDown.label == "PgDn")
        #expect(Key.char(" ").label == "Space")
        #expect(Key.up.label == "↑")
        #expect(Key.function(5).label == "F5")
        #expect(Key.char("G").label == "G")
    }

    @Test func mouseEvents() {
        let click = Key.mouse(MouseEvent(.click, at: Position(x: 3, y: 4)))
        #expect(click.name == "click@3,4")
        #expect(Key.mouse(MouseEvent(.wheelDown, at: .zero)).name == "wheel-down")
        #expect(Key(name: click.name) == nil)
        #expect(Key.char("x").typedCharacter == "x")
        #expect(Key.enter.typedCharacter == nil)
    }
}
