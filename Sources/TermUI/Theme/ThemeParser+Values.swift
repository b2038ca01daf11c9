/// The value side of a theme line: comments, quotes, colours and attribute words.
extension ThemeParser {
    /// The text after `=`, trimmed, with a trailing comment removed. A `#` after a blank starts a comment
    /// unless it begins a `#rrggbb` colour, so `#5fafff #blue` is a colour and a comment; a `#` that starts
    /// the value is a comment only when a blank or the line's end follows, so a mistyped `#12` is reported
    /// as a bad colour rather than as a missing value. A value in double quotes keeps everything inside.
    static func value(_ text: Substring, state: State) throws(ThemeError) -> String {
        let trimmed = text.trimmingThemeWhitespace()
        let value: Substring
        if trimmed.first == "\"" {
            let inner = trimmed.dropFirst()
            guard let close = inner.firstIndex(of: "\"") else { throw state.error(.syntax, "unclosed quote") }
            let rest = inner[inner.index(after: close)...].trimmingThemeWhitespace()
            guard rest.isEmpty || rest.first == "#" else {
                throw state.error(.syntax, "unexpected text after the closing quote")
            }
            value = inner[..<close]
            guard !value.isEmpty else { throw state.error(.badValue, "empty value") }
            return String(value)
        }
        value = trimmed[..<commentStart(trimmed)].trimmingThemeWhitespace()
        guard !value.isEmpty else { throw state.error(.badValue, "missing value after '='") }
        return String(value)
    }

    private static func commentStart(_ text: Substring) -> Substring.Index {
        var previous: Character?
        var index = text.startIndex
        while index < text.endIndex {
            if text[index] == "#" {
                let rest = text[text.index(after: index)...]
                if let previous {
                    if previous.isThemeWhitespace && !startsHexColor(text[index...]) { return index }
                } else if rest.first.map(\.isThemeWhitespace) ?? true {
                    return index
                }
            }
            previous = text[index]
            index = text.index(after: index)
        }
        return text.endIndex
    }

    /// `#` and six hex digits, then a blank or the end.
    private static func startsHexColor(_ text: Substring) -> Bool {
        let word = text.prefix { !$0.isThemeWhitespace }
        return word.count == 7 && word.dropFirst().allSatisfy { $0.isASCII && $0.isHexDigit }
    }

    /// `fg [bg [attributes…]]`: `-` leaves a colour to the parent role, `$name` refers to the palette.
    static func rule(_ value: String, state: State) throws(ThemeError) -> ThemeStyleRule {
        let tokens = value.split(whereSeparator: \.isThemeWhitespace).map(String.init)
        var rule = ThemeStyleRule(file: state.file, line: state.line)
        if tokens.count > 0 { rule.foreground = try color(tokens[0], slot: "foreground", state: state) }
        if tokens.count > 1 { rule.background = try color(tokens[1], slot: "background", state: state) }
        for word in tokens.dropFirst(2) {
            try applyAttribute(word, to: &rule, state: state)
        }
        return rule
    }

    private static func color(_ token: String, slot: String, state: State) throws(ThemeError) -> ThemeStyleRule.Color? {
        if token == "-" { return nil }
        if token.hasPrefix("$") {
            let name = String(token.dropFirst()).lowercased()
            guard isPaletteName(name) else { throw state.error(.syntax, "'\(token)' is not a palette name") }
            return .palette(name)
        }
        if let color = ThemeColor(literal: token) { return .literal(color) }
        if attributeSetting(token) != nil {
            throw state.error(.unknownColor, "expected a \(slot) colour, got the attribute '\(token)'; "
                + "write '- - \(token)' to keep the inherited colours")
        }
        throw state.error(.unknownColor, unknownColorMessage(token))
    }

    private static func applyAttribute(_ word: String, to rule: inout ThemeStyleRule, state: State) throws(ThemeError) {
        guard let (attributes, on) = attributeSetting(word) else {
            throw state.error(.unknownAttribute, "unknown attribute '\(word)' "
                + "(bold, underline, reverse, dim, their no- forms such as nobold, or none)")
        }
        for attribute in attributes {
            switch attribute {
            case .bold: rule.bold = on
            case .underline: rule.underline = on
            case .reverse: rule.reverse = on
            case .dim: rule.dim = on
            }
        }
    }

    private enum Attribute: String, CaseIterable {
        case bold, underline, reverse, dim
    }

    /// Which attributes a word sets and to what: `bold` → on, `nobold`/`no-bold` → off (to cancel an
    /// inherited one), `none`/`plain` → all four off.
    private static func attributeSetting(_ word: String) -> ([Attribute], Bool)? {
        let key = word.lowercased().filter { $0 != "-" && $0 != "_" }
        if key == "none" || key == "plain" { return (Attribute.allCases, false) }
        if let attribute = Attribute(rawValue: key) { return ([attribute], true) }
        if key.hasPrefix("no"), let attribute = Attribute(rawValue: String(key.dropFirst(2))) { return ([attribute], false) }
        return nil
    }

    static func unknownColorMessage(_ token: String) -> String {
        "unknown colour '\(token)' (use #rrggbb, a number 0-255, a name such as red or brightblue, "
            + "default, '-' to inherit, or $name from [palette])"
    }

    /// Letters, digits, `_`, `-`, `.`; not empty. Keeps `$name` unambiguous next to colours and comments.
    static func isPaletteName(_ name: String) -> Bool {
        !name.isEmpty && name.unicodeScalars.allSatisfy { scalar in
            scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)
                || scalar == "_" || scalar == "-" || scalar == ".")
        }
    }

    /// Not a control, format, separator or unassigned code point: a glyph a symbol may be drawn with.
    static func isVisible(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .control, .format, .unassigned, .surrogate, .lineSeparator, .paragraphSeparator, .spaceSeparator:
            return false
        default:
            return true
        }
    }
}

extension Character {
    /// Blanks inside a theme line (newlines never reach the value parser).
    var isThemeWhitespace: Bool { self == " " || self == "\t" || (isWhitespace && !isNewline) }
}

extension Substring {
    func trimmingThemeWhitespace() -> Substring {
        guard let start = firstIndex(where: { !$0.isThemeWhitespace }),
              let end = lastIndex(where: { !$0.isThemeWhitespace }) else { return self[endIndex...] }
        return self[start...end]
    }
}
