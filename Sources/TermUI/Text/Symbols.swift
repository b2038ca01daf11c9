/// The glyphs widgets draw with, in one place so an ASCII fallback is a single switch (see `WidthPolicy`).
public struct Symbols: Hashable, Sendable {
    public var horizontal: Character
    public var vertical: Character
    public var topLeft: Character
    public var topRight: Character
    public var bottomLeft: Character
    public var bottomRight: Character
    public var sortAscending: Character
    public var sortDescending: Character
    public var scrollTrack: Character
    public var scrollThumb: Character
    public var progressFull: Character
    public var progressEmpty: Character
    public var tabSeparator: Character
    public var spinner: [Character]

    /// Box drawing, block elements and braille: the default for terminals that draw ambiguous characters narrow.
    public static let unicode = Symbols(
        horizontal: "─", vertical: "│", topLeft: "┌", topRight: "┐", bottomLeft: "└", bottomRight: "┘",
        sortAscending: "▲", sortDescending: "▼", scrollTrack: "│", scrollThumb: "█",
        progressFull: "█", progressEmpty: "░", tabSeparator: "│",
        spinner: ["⠋", "⠙", "⠹", "⠸", "⠼", "⠴", "⠦", "⠧", "⠇", "⠏"])

    /// Plain ASCII, for terminals that draw ambiguous characters wide (or cannot draw the others at all).
    public static let ascii = Symbols(
        horizontal: "-", vertical: "|", topLeft: "+", topRight: "+", bottomLeft: "+", bottomRight: "+",
        sortAscending: "^", sortDescending: "v", scrollTrack: "|", scrollThumb: "#",
        progressFull: "#", progressEmpty: "-", tabSeparator: "|",
        spinner: ["|", "/", "-", "\\"])

    /// Rounded corners for the same lines (a style choice; ambiguous-wide falls back to ASCII anyway).
    public var rounded: Symbols {
        guard self == .unicode else { return self }
        var s = self
        s.topLeft = "╭"; s.topRight = "╮"; s.bottomLeft = "╰"; s.bottomRight = "╯"
        return s
    }

    /// Double lines, used for dialogs so they stand out from panes.
    public var double: Symbols {
        guard self == .unicode else { return self }
        var s = self
        s.horizontal = "═"; s.vertical = "║"
        s.topLeft = "╔"; s.topRight = "╗"; s.bottomLeft = "╚"; s.bottomRight = "╝"
        return s
    }
}
