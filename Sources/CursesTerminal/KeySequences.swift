import CNcursesw

/// Escape sequences terminals send that the terminfo entry in `TERM` may not list: tmux and screen send
/// `ESC [1~`/`ESC [4~` for Home/End while xterm-256color's terminfo says `ESC OH`/`ESC OF`, rxvt uses
/// `ESC [7~`/`ESC [8~`, PuTTY `ESC [11~` for F1. Without these, such a key arrives as ESC plus letters.
enum KeySequences {
    static let extra: [(String, Int32)] = [
        ("\u{1B}[1~", KEY_HOME), ("\u{1B}[7~", KEY_HOME), ("\u{1B}[H", KEY_HOME), ("\u{1B}OH", KEY_HOME),
        ("\u{1B}[4~", KEY_END), ("\u{1B}[8~", KEY_END), ("\u{1B}[F", KEY_END), ("\u{1B}OF", KEY_END),
        ("\u{1B}[2~", KEY_IC), ("\u{1B}[3~", KEY_DC), ("\u{1B}[5~", KEY_PPAGE), ("\u{1B}[6~", KEY_NPAGE),
        ("\u{1B}[Z", KEY_BTAB),
        ("\u{1B}[A", KEY_UP), ("\u{1B}[B", KEY_DOWN), ("\u{1B}[C", KEY_RIGHT), ("\u{1B}[D", KEY_LEFT),
        ("\u{1B}OA", KEY_UP), ("\u{1B}OB", KEY_DOWN), ("\u{1B}OC", KEY_RIGHT), ("\u{1B}OD", KEY_LEFT),
        ("\u{1B}OP", KEY_F0 + 1), ("\u{1B}OQ", KEY_F0 + 2), ("\u{1B}OR", KEY_F0 + 3), ("\u{1B}OS", KEY_F0 + 4),
        ("\u{1B}[11~", KEY_F0 + 1), ("\u{1B}[12~", KEY_F0 + 2), ("\u{1B}[13~", KEY_F0 + 3),
        ("\u{1B}[14~", KEY_F0 + 4),
    ]

    /// Binds each sequence nobody has bound: "key_defined ... returns 0 if no key is bound to the string"
    /// (key_defined(3X)), so terminfo's own bindings always win.
    static func defineMissing() {
        for (sequence, code) in extra where key_defined(sequence) == 0 {
            define_key(sequence, code)
        }
    }
}
