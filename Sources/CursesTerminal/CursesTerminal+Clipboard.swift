import Foundation

// The clipboard (issue 14): OSC 52 asks the terminal emulator itself to set its clipboard, so a copy made in a
// console running over SSH lands on the seller's own machine. tmux passes it on with `set-clipboard on`.
extension CursesTerminal {
    /// `ESC ] 52 ; c ; BASE64 BEL`: the clipboard selection (`c`) set to `text`, UTF-8 then base64. Base64 has no
    /// control characters, so nothing in the text can end the sequence early.
    public static func osc52Sequence(_ text: String) -> [UInt8] {
        Array(("\u{1B}]52;c;" + Data(text.utf8).base64EncodedString() + "\u{07}").utf8)
    }

    /// Writes the OSC 52 sequence between frames; headless screens have no clipboard.
    public func copyToClipboard(_ text: String) {
        guard isOpen, options.mode == .interactive else { return }
        writeToTerminal(String(decoding: Self.osc52Sequence(text), as: UTF8.self))
    }
}
