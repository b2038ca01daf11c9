import CNcursesw
import TermUI

/// One read from `wget_wch`, before it means anything: "`OK` is returned when a wide character was read,
/// `KEY_CODE_YES` when a function key was read" (get_wch(3X)). Mouse reports are fetched by the terminal
/// with `getmouse` and arrive already decoded.
enum RawInput: Equatable {
    case character(UInt32)
    case keyCode(Int32)
    case mouse(MouseEvent?)
}

/// Maps ncurses input to TermUI `Key`s. Pure apart from the ncurses key constants, so the rules are in one
/// place: Enter is 10, 13 or `KEY_ENTER` (`nonl` makes Return arrive as 13); Backspace is 127, 8 or
/// `KEY_BACKSPACE`; Ctrl-letters are 1-26 minus Tab/Enter/Backspace; Alt is ESC followed at once by a key.
enum KeyDecoder {
    /// The keys one raw read stands for (none for input that means nothing, such as a mouse release). An
    /// ESC looks at the input already waiting (`followUp` must not block): a character makes it Alt, and
    /// anything else is returned after a plain Esc so no key is lost.
    static func decode(_ raw: RawInput, followUp: () -> RawInput?) -> [Key] {
        switch raw {
        case .mouse(let event):
            return event.map { [.mouse($0)] } ?? []
        case .keyCode(let code):
            return functionKey(code).map { [$0] } ?? []
        case .character(27):
            guard let next = followUp() else { return [.escape] }
            if next == .character(0x5B) {   // ESC [ that ncurses did not match: maybe an SGR mouse report
                guard let third = followUp() else { return [.alt("[")] }
                if third == .character(0x3C) { return sgrReport(followUp).map { [.mouse($0)] } ?? [] }
                return [.alt("[")] + decode(third, followUp: { nil })
            }
            if case .character(let c) = next, let typed = printable(c) { return [.alt(typed)] }
            return [.escape] + decode(next, followUp: { nil })
        case .character(let c):
            return character(c).map { [$0] } ?? []
        }
    }

    /// The rest of an SGR (1006) mouse report after `ESC [ <`: `b;x;y` then `M` (press) or `m` (release).
    /// ncurses decodes these itself only when the terminfo entry's `kmous` is `\E[<` (xterm); under tmux or
    /// screen entries it passes them through as characters. Read to its final letter (at most `maxSGRLength`
    /// characters, never waiting); a release, motion or a malformed report is no event.
    static func sgrReport(_ followUp: () -> RawInput?) -> MouseEvent? {
        var body = ""
        while body.count < maxSGRLength, case .character(let c)? = followUp(), let scalar = Unicode.Scalar(c) {
            let character = Character(scalar)
            if character == "M" || character == "m" { return sgrMouse(body, pressed: character == "M") }
            body.append(character)
        }
        return nil
    }

    static let maxSGRLength = 64

    /// `b;x;y` of an SGR report, 1-based cells: button 0 left, 2 right, 64/65 the wheel; 4, 8 and 16 are
    /// Shift, Meta and Ctrl held, 32 is motion.
    static func sgrMouse(_ body: String, pressed: Bool) -> MouseEvent? {
        let fields = body.split(separator: ";", omittingEmptySubsequences: false)
        guard pressed, fields.count == 3, fields.allSatisfy({ !$0.isEmpty && $0.count <= 6 && $0.allSatisfy(\.isASCII) }),
              let button = Int(fields[0]), let x = Int(fields[1]), let y = Int(fields[2]), x >= 1, y >= 1,
              button & 32 == 0 else { return nil }
        let position = Position(x: x - 1, y: y - 1)
        switch button & ~(4 | 8 | 16) {
        case 0: return MouseEvent(.click, at: position)
        case 2: return MouseEvent(.rightClick, at: position)
        case 64: return MouseEvent(.wheelUp, at: position)
        case 65: return MouseEvent(.wheelDown, at: position)
        default: return nil
        }
    }

    /// A character code that is not ESC.
    static func character(_ c: UInt32) -> Key? {
        switch c {
        case 10, 13: return .enter
        case 9: return .tab
        case 8, 127: return .backspace
        case 0: return .ctrl(" ")
        case 1...26: return .ctrl(Character(Unicode.Scalar(UInt8(c) + 96)))
        case 28: return .ctrl("\\")
        case 29: return .ctrl("]")
        case 30: return .ctrl("^")
        case 31: return .ctrl("_")
        default: return printable(c).map { .char($0) }
        }
    }

    /// A code point that types something: not C0, DEL, C1 or a surrogate. CJK from an input method arrives
    /// here as whole code points (ncursesw decodes the locale's multibyte form).
    static func printable(_ c: UInt32) -> Character? {
        guard c >= 0x20, c != 0x7F, !(0x80..<0xA0).contains(c), let scalar = Unicode.Scalar(c) else { return nil }
        return Character(scalar)
    }

    /// `KEY_*` codes from `keypad(stdscr, TRUE)`; codes the app has no use for (shifted arrows, keys past
    /// `KEY_MAX`) give nil rather than a wrong key.
    static func functionKey(_ code: Int32) -> Key? {
        switch code {
        case KEY_UP: return .up
        case KEY_DOWN: return .down
        case KEY_LEFT: return .left
        case KEY_RIGHT: return .right
        case KEY_HOME, KEY_A1: return .home
        case KEY_END, KEY_C1, KEY_LL: return .end
        case KEY_PPAGE, KEY_A3: return .pageUp
        case KEY_NPAGE, KEY_C3: return .pageDown
        case KEY_DC: return .delete
        case KEY_IC: return .insert
        case KEY_BACKSPACE: return .backspace
        case KEY_ENTER: return .enter
        case KEY_BTAB: return .backTab
        case KEY_RESIZE: return .resize
        case cn_key_f(1)...cn_key_f(63): return .function(Int(code - cn_key_f(0)))
        default: return nil
        }
    }
}
