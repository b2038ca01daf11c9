/// A colour as a theme states it. The terminal decides what it becomes: `rgb` is kept on direct-colour
/// terminals, mapped to the xterm 256-colour palette or to the nearest of 16/8 otherwise.
public enum TerminalColor: Hashable, Sendable {
    /// The terminal's own foreground or background (ncurses colour -1 after `use_default_colors`).
    case `default`
    /// A palette index 0-255 (0-15 are the user's ANSI colours).
    case ansi(UInt8)
    case rgb(UInt8, UInt8, UInt8)
}
