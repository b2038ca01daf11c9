/// One input event as the terminal layer reports it, independent of ncurses codes. Keymaps bind these, and
/// `Key(name:)` / `name` give the form used in config files (`j`, `G`, `ctrl-d`, `pgdn`, `f5`, `space`).
public enum Key: Hashable, Sendable {
    /// A printable grapheme, including CJK committed by an input method. Never a control character.
    case char(Character)
    case enter
    case escape
    case tab
    case backTab
    case backspace
    case delete
    case insert
    case up
    case down
    case left
    case right
    case home
    case end
    case pageUp
    case pageDown
    /// Ctrl plus a letter or symbol, always lowercase (`ctrl("d")`).
    case ctrl(Character)
    /// Alt/Meta plus a key, as terminals send it (ESC then the key).
    case alt(Character)
    case function(Int)
    /// The terminal changed size; the next frame must be laid out again.
    case resize
    case mouse(MouseEvent)

    /// The printable grapheme this key types into a text field, if any.
    public var typedCharacter: Character? {
        if case .char(let c) = self { return c }
        return nil
    }
}
