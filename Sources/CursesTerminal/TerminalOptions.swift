import TermUI

/// How a `CursesTerminal` is opened. A plain value so the app can build it from config and flags.
public struct TerminalOptions: Sendable {
    /// Where the screen lives.
    public enum Mode: Hashable, Sendable {
        /// The user's terminal on stdin/stdout: alternate screen, raw-ish input, restore handlers.
        case interactive
        /// An ncurses screen at a fixed size writing to `output` (/dev/null unless a test wants the bytes the
        /// terminal would receive), for tests that paint a `Buffer` and read the cells back (ARCHITECTURE
        /// §10). No signal handlers, no TTY needed.
        case headless(Size, terminalType: String = "xterm-256color", output: String = "/dev/null")
    }

    /// What to do when the locale's codeset is not UTF-8 (ncursesw would then treat text as bytes).
    public enum NonUTF8Policy: Hashable, Sendable {
        /// Refuse to open with `TerminalError.localeNotUTF8`.
        case refuse
        /// Open anyway, record a warning, and paint every non-ASCII grapheme as `?` (one per column).
        case asciiFallback
    }

    public var mode: Mode
    /// Milliseconds ncurses waits after ESC for the rest of a key sequence. The ncurses default (1000) makes
    /// Esc feel hung; slow SSH links may need 100 or more.
    public var escapeDelay: Int
    /// Report button-1 clicks, right clicks and the wheel. Off by default: it takes text selection away.
    public var mouse: Bool
    /// False gives attributes only (`NO_COLOR`, `--no-color`); also forced when the terminal has no colours.
    public var colors: Bool
    public var palette: TerminalPalette
    public var nonUTF8: NonUTF8Policy
    /// Under a locale that is not UTF-8, try a UTF-8 one (`C.UTF-8`) for the character type first, and say so
    /// (`LocaleFallback`); only when there is none does `nonUTF8` apply.
    public var localeFallback: Bool
    /// While curses is active, standard error goes to this file (appended), so no stray message ever lands
    /// on the screen; it is put back by `restore()`.
    public var standardErrorLog: String?
    /// Install the SIGINT/SIGTERM/SIGHUP and crash-signal handlers and the `atexit` hook (interactive only).
    public var restoreOnSignals: Bool

    public init(mode: Mode = .interactive, escapeDelay: Int = 25, mouse: Bool = false, colors: Bool = true,
                palette: TerminalPalette = TerminalPalette(), nonUTF8: NonUTF8Policy = .asciiFallback,
                standardErrorLog: String? = nil, restoreOnSignals: Bool = true, localeFallback: Bool = true) {
        self.localeFallback = localeFallback
        self.mode = mode
        self.escapeDelay = escapeDelay
        self.mouse = mouse
        self.colors = colors
        self.palette = palette
        self.nonUTF8 = nonUTF8
        self.standardErrorLog = standardErrorLog
        self.restoreOnSignals = restoreOnSignals
    }
}
