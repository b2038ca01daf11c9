/// Reads the INI-like theme format (`Themes/README.md`): `[meta]`, `[palette]`, `[styles]`, `[symbols]`,
/// `key = value` lines and `#` comments. Hand-written because the project has no packages and theme authors
/// want comments, which JSON lacks. Structural mistakes and bad values throw `file:line: message`; keys it
/// does not know only warn, so a theme written for a newer version still loads.
public enum ThemeParser {
    /// Parses `text` and builds the theme over `base` (the theme named by `extends`; following it is the
    /// loader's job, so here `extends` is recorded but not read).
    public static func parse(_ text: String, name: String, file: String? = nil,
                             base: Theme? = nil) throws(ThemeError) -> (Theme, [ThemeWarning]) {
        let (document, warnings) = try document(text, file: file ?? name)
        return (try document.theme(name: name, over: base), warnings)
    }

    /// The file as written, without resolving palette names or `extends`.
    public static func document(_ text: String, file: String) throws(ThemeError) -> (ThemeDocument, [ThemeWarning]) {
        var state = State(file: file)
        let body = text.hasPrefix("\u{FEFF}") ? Substring(text.dropFirst()) : Substring(text)
        for (index, line) in body.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).enumerated() {
            state.line = index + 1
            try state.read(line)
        }
        return (state.document, state.warnings)
    }

    /// Where a key belongs; `unknown` sections are skipped after one warning.
    enum Section: String {
        case meta, palette, styles, symbols
        case unknown

        init(header: String) {
            self = Section(rawValue: header.lowercased()) ?? .unknown
        }
    }

    /// The parse in progress: one line at a time into a `ThemeDocument`.
    struct State {
        let file: String
        var line = 0
        var section: Section?
        var document: ThemeDocument
        var warnings: [ThemeWarning] = []
        /// Keys already seen per section, to warn when a later line silently replaces an earlier one.
        var seen: [String: Int] = [:]

        init(file: String) {
            self.file = file
            document = ThemeDocument(file: file)
        }

        func error(_ kind: ThemeError.Kind, _ message: String) -> ThemeError {
            ThemeError(kind, file: file, line: line, message)
        }

        mutating func warn(_ message: String) {
            warnings.append(ThemeWarning(file: file, line: line, message))
        }

        mutating func read(_ raw: Substring) throws(ThemeError) {
            let text = raw.trimmingThemeWhitespace()
            guard let first = text.first, first != "#" else { return }
            if first == "[" {
                try readHeader(text)
                return
            }
            guard let equals = text.firstIndex(of: "=") else {
                throw error(.syntax, "expected 'key = value' or a [section] header")
            }
            let key = String(text[..<equals].trimmingThemeWhitespace())
            guard !key.isEmpty else { throw error(.syntax, "missing key before '='") }
            let value = try ThemeParser.value(text[text.index(after: equals)...], state: self)
            guard let section else {
                throw error(.syntax, "'\(key)' is outside any section; start with [meta], [palette], [styles] or [symbols]")
            }
            switch section {
            case .meta: try readMeta(key, value)
            case .palette: try readPalette(key, value)
            case .styles: try readStyle(key, value)
            case .symbols: try readSymbol(key, value)
            case .unknown: return
            }
        }

        mutating func readHeader(_ text: Substring) throws(ThemeError) {
            guard let close = text.firstIndex(of: "]") else {
                throw error(.unclosedSection, "section header has no closing ']'")
            }
            let rest = text[text.index(after: close)...].trimmingThemeWhitespace()
            guard rest.isEmpty || rest.first == "#" else {
                throw error(.syntax, "unexpected text after ']'")
            }
            let name = String(text[text.index(after: text.startIndex)..<close].trimmingThemeWhitespace())
            section = Section(header: name)
            if section == .unknown { warn("unknown section [\(name)]; its lines are ignored") }
        }

        /// Records a key for its section and warns when it repeats (the later line wins).
        mutating func noteKey(_ key: String, shown: String) {
            let id = "\(section?.rawValue ?? ""):\(key)"
            if let earlier = seen[id] { warn("'\(shown)' is set again (first on line \(earlier)); this line wins") }
            seen[id] = line
        }

        mutating func readMeta(_ key: String, _ value: String) throws(ThemeError) {
            switch key.lowercased() {
            case "name":
                noteKey("name", shown: key)
                document.displayName = value
            case "variant":
                guard let variant = ThemeVariant(rawValue: value.lowercased()) else {
                    throw error(.badValue, "variant must be 'dark' or 'light', not '\(value)'")
                }
                noteKey("variant", shown: key)
                document.variant = variant
            case "extends":
                noteKey("extends", shown: key)
                document.extends = value
                document.extendsLine = line
            default:
                warn("unknown key '\(key)' in [meta]; ignored")
            }
        }

        mutating func readPalette(_ key: String, _ value: String) throws(ThemeError) {
            let name = key.lowercased()
            guard ThemeParser.isPaletteName(name) else {
                throw error(.syntax, "palette name '\(key)' may only use letters, digits, '_', '-' and '.'")
            }
            let tokens = value.split(whereSeparator: \.isThemeWhitespace)
            guard tokens.count == 1, let token = tokens.first else {
                throw error(.badValue, "a palette entry is one colour, not '\(value)'")
            }
            if token.hasPrefix("$") {
                throw error(.badValue, "a palette entry must be a colour, not a reference to another entry")
            }
            guard let color = ThemeColor(literal: String(token)) else {
                throw error(.unknownColor, ThemeParser.unknownColorMessage(String(token)))
            }
            noteKey(name, shown: key)
            document.palette[name] = color
        }

        mutating func readStyle(_ key: String, _ value: String) throws(ThemeError) {
            guard let role = StyleRole(themeKey: key) else {
                warn("unknown role '\(key)' in [styles]; ignored")
                return
            }
            let rule = try ThemeParser.rule(value, state: self)
            noteKey(role.rawValue, shown: key)
            document.rules[role] = rule
        }

        mutating func readSymbol(_ key: String, _ value: String) throws(ThemeError) {
            guard let symbol = ThemeSymbols.Key(themeKey: key) else {
                warn("unknown key '\(key)' in [symbols]; ignored")
                return
            }
            guard value.count == 1, let glyph = value.first else {
                throw error(.badValue, "'\(key)' must be a single character, not '\(value)'")
            }
            guard glyph.unicodeScalars.allSatisfy({ ThemeParser.isVisible($0) }) else {
                throw error(.badValue, "'\(key)' must be a visible character")
            }
            noteKey(StyleRole.normalizedKey(key), shown: key)
            document.symbols.set(symbol, glyph)
        }
    }
}
