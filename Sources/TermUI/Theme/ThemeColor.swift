/// A colour as a theme states it, before the terminal decides what it can show. It mirrors the terminal
/// layer's colour type but lives in TermUI, so themes can be parsed and tested without ncurses.
public enum ThemeColor: Hashable, Sendable {
    /// The terminal's own foreground or background: what keeps a theme readable on both light and dark
    /// terminals.
    case `default`
    /// A palette index 0-255; 0-15 are the user's own ANSI colours, so the terminal's scheme decides them.
    case ansi(UInt8)
    /// A 24-bit colour, downsampled by the terminal layer when it has fewer colours.
    case rgb(UInt8, UInt8, UInt8)

    /// The sixteen ANSI names theme files may use, in palette order (so the index is the colour number).
    static let ansiNames: [String] = [
        "black", "red", "green", "yellow", "blue", "magenta", "cyan", "white",
        "brightblack", "brightred", "brightgreen", "brightyellow",
        "brightblue", "brightmagenta", "brightcyan", "brightwhite",
    ]

    /// Parses a colour literal: `default`, `#rrggbb`, a number 0-255, or an ANSI name (case-insensitive;
    /// `bright-red`, `bright_red` and `grey`/`gray` for bright black are accepted too). Nil when it is none.
    public init?(literal: String) {
        let text = literal.lowercased()
        if text == "default" {
            self = .default
        } else if text.hasPrefix("#") {
            guard let rgb = Self.hex(text.dropFirst()) else { return nil }
            self = rgb
        } else if let first = text.unicodeScalars.first, ("0"..."9").contains(first) {
            guard text.count <= 3, text.unicodeScalars.allSatisfy({ ("0"..."9").contains($0) }),
                  let value = UInt8(text) else { return nil }
            self = .ansi(value)
        } else {
            let name = text.filter { $0 != "-" && $0 != "_" }
            if name == "grey" || name == "gray" {
                self = .ansi(8)
            } else if let index = Self.ansiNames.firstIndex(of: name) {
                self = .ansi(UInt8(index))
            } else {
                return nil
            }
        }
    }

    /// Exactly six hex digits; `#rgb` shorthand is refused so a typo cannot silently pick another colour.
    private static func hex(_ digits: Substring) -> ThemeColor? {
        let scalars = Array(digits.unicodeScalars)
        guard scalars.count == 6, scalars.allSatisfy({ $0.properties.isASCIIHexDigit }),
              let value = UInt32(String(digits), radix: 16) else { return nil }
        return .rgb(UInt8((value >> 16) & 0xFF), UInt8((value >> 8) & 0xFF), UInt8(value & 0xFF))
    }
}

extension ThemeColor: CustomStringConvertible {
    /// The literal that parses back to this colour (`default`, a number, or `#rrggbb`).
    public var description: String {
        switch self {
        case .default:
            return "default"
        case .ansi(let index):
            return String(index)
        case .rgb(let r, let g, let b):
            return "#" + [r, g, b].map { byte in
                let digits = String(byte, radix: 16)
                return digits.count == 1 ? "0" + digits : digits
            }.joined()
        }
    }
}
