#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CNcursesw
import TermUI

/// The user's terminal through ncursesw: paints `Buffer` diffs, reads `Key`s, and gives the terminal back on
/// every way out. The only type in the project that calls curses.
///
/// Threading: one per process (ncurses keeps one set of globals) and every call on the thread that created
/// it: "the curses library is not thread-safe" (curs_threads(3X)). The class is deliberately not `Sendable`,
/// so Swift 6 keeps it in the isolation domain it was made in. Background work posts results to the UI loop,
/// which drains them between `readKey(timeout:)` calls.
public final class CursesTerminal {
    public let options: TerminalOptions
    /// The locale's codeset (from `nl_langinfo(CODESET)` after `setlocale(LC_ALL, "")`).
    public let codeset: String
    /// False means the ASCII fallback: every non-ASCII grapheme is painted as `?`.
    public let isUTF8: Bool
    /// Things the user should be told once the UI is up (for example, the ASCII fallback), in English.
    public private(set) var warnings: [String] = []
    /// The locale was not UTF-8: what was found and done, for the console to say in its language.
    public private(set) var localeNotice: LocaleNotice?
    /// Colours are in use (the terminal has at least 8 and the caller did not ask for monochrome).
    public var hasColors: Bool { resolver.useColors }
    /// `COLORS` after `start_color` (0 when colours are off).
    public var colorCount: Int { resolver.useColors ? resolver.colors : 0 }
    /// What widgets should measure with: the default, or an ASCII-safe policy (ASCII line drawing and
    /// ellipsis) when the codeset is not UTF-8.
    public let recommendedWidthPolicy: WidthPolicy

    var resolver: StyleResolver
    var screen: OpaquePointer?
    var headlessFiles: [UnsafeMutablePointer<FILE>] = []
    var pending: [Key] = []
    var cursor: Position?
    var needsFullPaint = true
    /// `setTitle` saved the terminal's own title, to be put back at `restore()`.
    var titleSaved = false
    public private(set) var isOpen = false
    /// Scratch space for one cell's wide characters: setcchar takes at most CCHARW_MAX plus a terminator.
    let cellText = UnsafeMutablePointer<wchar_t>.allocate(capacity: 8)

    /// Opens the terminal. Interactive mode needs a TTY on stdin and stdout and switches to the alternate
    /// screen; headless mode draws on /dev/null at a fixed size.
    public init(options: TerminalOptions = TerminalOptions()) throws(TerminalError) {
        self.options = options
        cellText.initialize(repeating: 0, count: 8)
        guard TerminalRestore.claim() else { throw .alreadyOpen }
        var claimed = true
        defer { if claimed { TerminalRestore.release() } }
        // > "If the locale is not initialized, the library assumes that characters are printable as in
        // > ISO-8859-1" (ncurses(3X)): setlocale must come before newterm.
        setlocale(LC_ALL, "")
        let codeset = cn_codeset().map { String(cString: $0) } ?? ""
        var isUTF8 = cn_codeset_is_utf8() != 0
        var notice: LocaleNotice?
        if !isUTF8 {
            let chosen = LocaleFallback.choose(codeset: codeset) { name in
                options.localeFallback && setlocale(LC_CTYPE, name) != nil && cn_codeset_is_utf8() != 0
            }
            if chosen.fallback == nil { setlocale(LC_ALL, "") }
            isUTF8 = chosen.fallback != nil
            notice = chosen
        }
        if !isUTF8 && options.nonUTF8 == .refuse { throw .localeNotUTF8(codeset: codeset) }
        self.codeset = codeset
        self.isUTF8 = isUTF8
        recommendedWidthPolicy = isUTF8 ? .default : WidthPolicy(ambiguous: .wide, ellipsis: "~")
        resolver = StyleResolver(palette: options.palette, useColors: false, colors: 0, pairLimit: 0,
                                 defaultAvailable: false)
        TerminalRestore.snapshotDispositions()
        if let notice {
            localeNotice = notice
            warnings = [notice.description]
        }
        switch options.mode {
        case .interactive:
            guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else { throw .notATerminal }
            if let log = options.standardErrorLog { try TerminalRestore.redirectStandardError(to: log) }
            TerminalRestore.saveTerminal(fd: STDOUT_FILENO)
            // newterm rather than initscr: "initscr ... writes an appropriate error message to standard error
            // and exits", while newterm returns NULL and lets us explain. Both send smcup (alternate screen).
            guard let opened = newterm(nil, cn_stdout(), cn_stdin()) else {
                TerminalRestore.restoreStandardError()
                let type = getenv("TERM").map { String(cString: $0) } ?? ""
                throw .cannotOpen(terminalType: type)
            }
            screen = opened
        case .headless(let size, let type, let outputPath):
            use_env(false)   // the fixed size, not LINES/COLUMNS from the environment
            guard let output = fopen(outputPath, "w") else { throw .cannotOpenFile(path: outputPath, errno: errno) }
            guard let input = fopen("/dev/null", "r") else {
                fclose(output)
                throw .cannotOpenFile(path: "/dev/null", errno: errno)
            }
            headlessFiles = [output, input]
            guard let opened = newterm(type, output, input) else {
                headlessFiles.forEach { fclose($0) }
                throw .cannotOpen(terminalType: type)
            }
            screen = opened
            resizeterm(Int32(clamping: max(1, size.height)), Int32(clamping: max(1, size.width)))
        }
        set_term(screen)
        claimed = false
        isOpen = true
        configureModes()
        resolver = Self.makeResolver(options)
        if options.mode == .interactive {
            def_prog_mode()
            TerminalRestore.activate(installHandlers: options.restoreOnSignals)
        }
    }

    deinit {
        restore()
        cellText.deallocate()
    }

    /// cbreak (not raw): Ctrl-C, Ctrl-Z and Ctrl-\ stay signals, so the restore handlers and ncurses' own
    /// SIGTSTP handling (endwin on suspend, repaint on resume) apply.
    private func configureModes() {
        let window = cn_stdscr()
        cbreak()
        noecho()
        nonl()
        keypad(window, true)
        intrflush(window, false)
        _ = cn_set_escdelay(Int32(clamping: max(0, options.escapeDelay)))
        curs_set(0)
        if options.mouse {
            // > "mouseinterval ... Use mouseinterval(0) to disable click resolution": presses and releases
            // > arrive as they happen, without the default 1/6 s wait.
            let mask = cn_button1_pressed() | cn_button1_released() | cn_button3_pressed()
                | cn_button4_pressed() | cn_button5_pressed()
            mousemask(mmask_t(mask), nil)
            mouseinterval(0)
            Self.sendSGRMouseMode(on: true, options)
        }
        KeySequences.defineMissing()
    }

    /// `start_color` first: "COLORS and COLOR_PAIRS are initialized by start_color" (curs_color(3X)).
    private static func makeResolver(_ options: TerminalOptions) -> StyleResolver {
        guard options.colors, has_colors() else {
            return StyleResolver(palette: options.palette, useColors: false, colors: 0, pairLimit: 0,
                                 defaultAvailable: false)
        }
        start_color()
        let defaultAvailable = use_default_colors() == OK
        return StyleResolver(palette: options.palette, useColors: true, colors: Int(cn_colors()),
                             pairLimit: Int(cn_color_pairs()), defaultAvailable: defaultAvailable)
    }

    // MARK: - Size, palette, cursor

    /// The screen size ncurses currently believes (updated before `.resize` is returned).
    public var size: Size {
        guard isOpen else { return .zero }
        let window = cn_stdscr()
        return Size(width: Int(getmaxx(window)), height: Int(getmaxy(window)))
    }

    /// A new theme takes effect on the next paint, which repaints everything.
    public func setPalette(_ palette: TerminalPalette) {
        resolver.setPalette(palette)
        needsFullPaint = true
    }

    /// Shows the terminal cursor at a cell (a text input's caret); it is moved there after every paint.
    public func showCursor(at position: Position) {
        cursor = position
        guard isOpen else { return }
        curs_set(1)
    }

    public func hideCursor() {
        cursor = nil
        guard isOpen else { return }
        curs_set(0)
    }

    /// Headless only: a new fixed size, as a terminal resize would give. Ignored for a real terminal, whose
    /// size is whatever the user made it.
    public func resizeHeadless(to newSize: Size) {
        guard isOpen, case .headless = options.mode else { return }
        resizeterm(Int32(clamping: max(1, newSize.height)), Int32(clamping: max(1, newSize.width)))
        needsFullPaint = true
    }

    // MARK: - Leaving

    /// Gives the terminal back: `endwin` (normal modes, main screen, cursor, mouse off), the old signal
    /// dispositions, the original standard error. Idempotent; also run by `deinit`, `exit()` and signals.
    public func restore() {
        guard isOpen else { return }
        restoreTitle()
        isOpen = false
        // > "endwin ... restores tty modes, moves the cursor to the lower left-hand corner of the screen and
        // > resets the terminal into the proper non-visual mode" (curs_initscr(3X)).
        endwin()
        Self.sendSGRMouseMode(on: false, options)
        if let screen { delscreen(screen) }
        screen = nil
        if options.mode == .interactive {
            TerminalRestore.deactivate()
        } else {
            TerminalRestore.restoreDispositions()
        }
        headlessFiles.forEach { fclose($0) }
        headlessFiles = []
        pending = []
        TerminalRestore.release()
    }

    /// SGR (1006) mouse reports carry any column; the X10 form ncurses asks for when the terminfo entry knows
    /// only `\E[M` (tmux, screen) cannot encode columns past 223. Asked for (and given back) beside ncurses'
    /// own mouse mode, for a real terminal with `--mouse` only; `KeyDecoder.sgrReport` reads the reports.
    static func sendSGRMouseMode(on: Bool, _ options: TerminalOptions) {
        guard options.mouse, options.mode == .interactive else { return }
        let out = cn_stdout()
        fputs(on ? "\u{1B}[?1006h" : "\u{1B}[?1006l", out)
        fflush(out)
    }

    /// Sends standard error to a file from now until `restore()` (see `TerminalOptions.standardErrorLog`).
    public func redirectStandardError(to path: String) throws(TerminalError) {
        try TerminalRestore.redirectStandardError(to: path)
    }
}
