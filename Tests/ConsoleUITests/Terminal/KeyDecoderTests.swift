@testable import CursesTerminal
import Testing
import TermUI

/// The rules that turn raw ncurses reads into keys, tested without a terminal: the ncurses key codes come
/// from `KeySequences.extra` itself, so these tests do not import the C module.
@Suite("key decoding")
struct KeyDecoderTests {
    /// Decodes one raw read with the given input already waiting behind it.
    func keys(_ raw: RawInput, waiting: [RawInput] = []) -> [Key] {
        var queue = waiting
        return KeyDecoder.decode(raw) { queue.isEmpty ? nil : queue.removeFirst() }
    }

    /// The ncurses code a sequence is bound to in the extra table.
    func code(_ sequence: String) throws -> Int32 {
        try #require(KeySequences.extra.first { $0.0 == sequence }?.1, "\(sequence) is in the table")
    }

    @Test("Enter is 10, 13 or KEY_ENTER; Backspace is 8 or 127; Tab is 9")
    func controlCharacters() {
        #expect(keys(.character(10)) == [.enter])
        #expect(keys(.character(13)) == [.enter])
        #expect(keys(.character(8)) == [.backspace])
        #expect(keys(.character(127)) == [.backspace])
        #expect(keys(.character(9)) == [.tab])
    }

    @Test("Ctrl-letters are 1-26 in lowercase, NUL is ctrl-space, 28-31 are the symbol controls")
    func ctrlKeys() {
        #expect(keys(.character(1)) == [.ctrl("a")])
        #expect(keys(.character(4)) == [.ctrl("d")])
        #expect(keys(.character(26)) == [.ctrl("z")])
        #expect(keys(.character(0)) == [.ctrl(" ")])
        #expect(keys(.character(28)) == [.ctrl("\\")])
        #expect(keys(.character(29)) == [.ctrl("]")])
        #expect(keys(.character(30)) == [.ctrl("^")])
        #expect(keys(.character(31)) == [.ctrl("_")])
    }

    @Test("printable code points, CJK included, are characters; C1 controls and surrogates are dropped")
    func printableAndNot() {
        #expect(keys(.character(0x61)) == [.char("a")])
        #expect(keys(.character(0x20)) == [.char(" ")])
        #expect(keys(.character(0x8BA2)) == [.char("订")])
        #expect(keys(.character(0x1F600)) == [.char("😀")])
        for dropped: UInt32 in [0x80, 0x9B, 0x9F, 0xD800, 0xDFFF, 0x110000] {
            #expect(keys(.character(dropped)) == [], "U+\(String(dropped, radix: 16)) types nothing")
        }
    }

    @Test("ESC alone is Escape; ESC followed at once by a printable character is Alt")
    func escapeAndAlt() {
        #expect(keys(.character(27)) == [.escape])
        #expect(keys(.character(27), waiting: [.character(0x78)]) == [.alt("x")])
        #expect(keys(.character(27), waiting: [.character(0x5B93)]) == [.alt("宓")])
    }

    @Test("ESC followed by a non-printable read keeps both keys, so nothing typed is lost")
    func escapeThenOther() throws {
        #expect(keys(.character(27), waiting: [.character(13)]) == [.escape, .enter])
        #expect(keys(.character(27), waiting: [.character(27)]) == [.escape, .escape])
        let up = try code("\u{1B}[A")
        #expect(keys(.character(27), waiting: [.keyCode(up)]) == [.escape, .up])
        #expect(keys(.character(27), waiting: [.character(0x85)]) == [.escape])
    }

    @Test("the extra escape sequences decode to the key each one names")
    func extraSequences() throws {
        let expected: [String: Key] = [
            "\u{1B}[1~": .home, "\u{1B}[7~": .home, "\u{1B}[H": .home, "\u{1B}OH": .home,
            "\u{1B}[4~": .end, "\u{1B}[8~": .end, "\u{1B}[F": .end, "\u{1B}OF": .end,
            "\u{1B}[2~": .insert, "\u{1B}[3~": .delete, "\u{1B}[5~": .pageUp, "\u{1B}[6~": .pageDown,
            "\u{1B}[Z": .backTab,
            "\u{1B}[A": .up, "\u{1B}[B": .down, "\u{1B}[C": .right, "\u{1B}[D": .left,
            "\u{1B}OA": .up, "\u{1B}OB": .down, "\u{1B}OC": .right, "\u{1B}OD": .left,
            "\u{1B}OP": .function(1), "\u{1B}OQ": .function(2), "\u{1B}OR": .function(3), "\u{1B}OS": .function(4),
            "\u{1B}[11~": .function(1), "\u{1B}[12~": .function(2), "\u{1B}[13~": .function(3),
            "\u{1B}[14~": .function(4),
        ]
        #expect(Set(KeySequences.extra.map(\.0)) == Set(expected.keys), "every table entry is checked")
        #expect(KeySequences.extra.count == expected.count, "no sequence is listed twice")
        for (sequence, code) in KeySequences.extra {
            #expect(keys(.keyCode(code)) == [expected[sequence]].compactMap { $0 }, "\(sequence.debugDescription)")
        }
    }

    @Test("function keys F1 to F63 keep their number; codes the console has no use for give no key")
    func functionKeyRange() throws {
        let f1 = try code("\u{1B}OP")
        #expect(keys(.keyCode(f1 + 11)) == [.function(12)])
        #expect(keys(.keyCode(f1 + 62)) == [.function(63)])
        #expect(keys(.keyCode(f1 + 63)) == [], "F64 is past the range")
        #expect(keys(.keyCode(f1 - 1)) == [], "KEY_F0 is not a key")
        #expect(keys(.keyCode(0)) == [])
        #expect(keys(.keyCode(Int32.max)) == [])
        #expect(keys(.keyCode(-1)) == [])
    }

    @Test("a mouse report passes through; one that decoded to nothing gives no key")
    func mouse() {
        let click = MouseEvent(.click, at: Position(x: 7, y: 3))
        #expect(keys(.mouse(click)) == [.mouse(click)])
        #expect(keys(.mouse(nil)) == [])
    }
}
