/// Why a terminal could not be opened or configured. The messages are meant for the user, shown after the
/// process is back on the plain terminal.
public enum TerminalError: Error, Hashable, Sendable, CustomStringConvertible {
    /// Another `CursesTerminal` is open in this process; ncurses has one set of globals.
    case alreadyOpen
    /// Standard input or output is not a terminal (piped, redirected, or under a test runner).
    case notATerminal
    /// The locale's codeset is not UTF-8 and the options say to refuse.
    case localeNotUTF8(codeset: String)
    /// ncurses could not set up the terminal type (unknown `TERM`, missing terminfo).
    case cannotOpen(terminalType: String)
    /// A file (the standard-error log, /dev/null) could not be opened.
    case cannotOpenFile(path: String, errno: Int32)

    public var description: String {
        switch self {
        case .alreadyOpen:
            return "the terminal is already open in this process"
        case .notATerminal:
            return "standard input and output must be a terminal"
        case .localeNotUTF8(let codeset):
            return "the locale's character set is \(codeset.isEmpty ? "unknown" : codeset), not UTF-8; "
                + "set LANG or LC_ALL to a UTF-8 locale such as C.UTF-8 or zh_CN.UTF-8"
        case .cannotOpen(let type):
            return "cannot use terminal type '\(type)' (is TERM set and its terminfo entry installed?)"
        case .cannotOpenFile(let path, let code):
            return "cannot open \(path) (errno \(code))"
        }
    }
}
