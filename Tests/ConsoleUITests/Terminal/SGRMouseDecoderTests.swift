@testable import CursesTerminal
import Testing
import TermUI

/// SGR (1006) mouse reports, `ESC [ < b ; x ; y M`, decoded from the characters a terminal whose terminfo knows
/// only the X10 form (tmux, screen) passes through: columns past 223, which X10 cannot encode, arrive whole.
@Suite("SGR mouse decoding")
struct SGRMouseDecoderTests {
    func keys(_ sequence: String) -> [Key] {
        var queue = sequence.unicodeScalars.map { RawInput.character($0.value) }
        let first = queue.removeFirst()
        return KeyDecoder.decode(first) { queue.isEmpty ? nil : queue.removeFirst() }
    }

    @Test("presses and wheel turns past column 223 keep their column; releases and motion give nothing")
    func wideColumns() {
        #expect(keys("\u{1B}[<0;300;5M") == [.mouse(MouseEvent(.click, at: Position(x: 299, y: 4)))])
        #expect(keys("\u{1B}[<2;224;1M") == [.mouse(MouseEvent(.rightClick, at: Position(x: 223, y: 0)))])
        #expect(keys("\u{1B}[<64;500;40M") == [.mouse(MouseEvent(.wheelUp, at: Position(x: 499, y: 39)))])
        #expect(keys("\u{1B}[<65;1000;2M") == [.mouse(MouseEvent(.wheelDown, at: Position(x: 999, y: 1)))])
        #expect(keys("\u{1B}[<0;300;5m") == [])
        #expect(keys("\u{1B}[<32;300;5M") == [])
    }

    @Test("a broken or endless report never becomes a click, and keys after Alt-[ survive")
    func malformed() {
        #expect(keys("\u{1B}[<0;x;5M").allSatisfy { if case .mouse = $0 { false } else { true } })
        #expect(keys("\u{1B}[<0;0;5M").allSatisfy { if case .mouse = $0 { false } else { true } })
        #expect(keys("\u{1B}[<" + String(repeating: "1", count: 100) + "M")
            .allSatisfy { if case .mouse = $0 { false } else { true } })
        #expect(keys("\u{1B}[") == [.alt("[")])
        #expect(keys("\u{1B}[x") == [.alt("["), .char("x")])
    }
}
