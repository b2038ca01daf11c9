extension Theme {
    /// Builds a compiled-in theme. The text is the same as a shipped file that tests parse without errors,
    /// so this cannot fail in practice; if it ever did, the console would still start, in the terminal's
    /// plain colours, instead of trapping.
    static func builtin(name: String, source: String) -> Theme {
        if let result = try? ThemeParser.parse(source, name: name, file: "<built-in \(name)>") {
            return result.0
        }
        return plain(name: name)
    }

    /// Every role in the terminal's own colours with no attributes: the last resort.
    static func plain(name: String) -> Theme {
        var styles: [StyleRole: ThemeStyle] = [:]
        for role in StyleRole.allCases { styles[role] = .plain }
        return Theme(name: name, displayName: name, variant: .dark, palette: [:], rules: [:],
                     symbols: ThemeSymbols(), styles: styles)
    }
}
