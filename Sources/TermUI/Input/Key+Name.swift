// The printable and parseable names of keys, for keymap config files and generated help.
extension Key: CustomStringConvertible {
    static let namedKeys: [(String, Key)] = [
        ("enter", .enter), ("esc", .escape), ("tab", .tab), ("backtab", .backTab), ("backspace", .backspace),
        ("del", .delete), ("ins", .insert), ("up", .up), ("down", .down), ("left", .left), ("right", .right),
        ("home", .home), ("end", .end), ("pgup", .pageUp), ("pgdn", .pageDown), ("resize", .resize),
    ]

    static let aliases: [String: Key] = [
        "return": .enter, "ret": .enter, "cr": .enter, "escape": .escape, "shift-tab": .backTab,
        "s-tab": .backTab, "bs": .backspace, "bksp": .backspace, "delete": .delete, "insert": .insert,
        "pageup": .pageUp, "page-up": .pageUp, "pagedown": .pageDown, "page-down": .pageDown,
        "space": .char(" "), "spc": .char(" "),
    ]

    /// Canonical config name: `j`, `G`, `?`, `space`, `ctrl-d`, `alt-x`, `pgdn`, `enter`, `esc`, `f5`.
    /// Mouse events have a descriptive name that does not parse back.
    public var name: String {
        switch self {
        case .char(" "): return "space"
        case .char(let c): return String(c)
        case .ctrl(let c): return "ctrl-" + Key.charName(c).lowercased()
        case .alt(let c): return "alt-" + Key.charName(c)
        case .function(let n): return "f\(n)"
        case .mouse(let event):
            switch event.kind {
            case .click: return "click@\(event.position.x),\(event.position.y)"
            case .rightClick: return "right-click@\(event.position.x),\(event.position.y)"
            case .wheelUp: return "wheel-up"
            case .wheelDown: return "wheel-down"
            }
        default:
            return Key.namedKeys.first { $0.1 == self }?.0 ?? "?"
        }
    }

    /// Short label for key hints and help: `Ctrl-D`, `PgDn`, `Enter`, `↑`, `Space`, `j`.
    public var label: String {
        switch self {
        case .char(" "): return "Space"
        case .char(let c): return String(c)
        case .ctrl(let c): return "Ctrl-" + Key.charName(c).uppercased()
        case .alt(let c): return "Alt-" + Key.charName(c)
        case .function(let n): return "F\(n)"
        case .enter: return "Enter"
        case .escape: return "Esc"
        case .tab: return "Tab"
        case .backTab: return "Shift-Tab"
        case .backspace: return "Backspace"
        case .delete: return "Del"
        case .insert: return "Ins"
        case .up: return "↑"
        case .down: return "↓"
        case .left: return "←"
        case .right: return "→"
        case .home: return "Home"
        case .end: return "End"
        case .pageUp: return "PgUp"
        case .pageDown: return "PgDn"
        default: return name
        }
    }

    public var description: String { name }

    /// Parses a config name. One grapheme is that character (case-sensitive: `g` ≠ `G`); longer names are
    /// case-insensitive (`Enter`, `PgDn`, `Ctrl-D`, `C-d`, `^d`, `ctrl+d`, `M-x`, `F12`). Nil when unknown.
    public init?(name raw: String) {
        let text = raw.trimmingSpacesForKeyName()
        if text.count == 1, let c = text.first {
            guard DisplayWidth.width(of: c) > 0 || c == " " else { return nil }
            self = .char(c)
            return
        }
        let lower = text.lowercased()
        if let key = Key.namedKeys.first(where: { $0.0 == lower })?.1 ?? Key.aliases[lower] {
            self = key
            return
        }
        for prefix in ["ctrl-", "ctrl+", "control-", "c-", "^"] where lower.hasPrefix(prefix) {
            guard let c = Key.parseModified(String(text.dropFirst(prefix.count))) else { return nil }
            self = .ctrl(Character(String(c).lowercased()))
            return
        }
        for prefix in ["alt-", "alt+", "meta-", "m-"] where lower.hasPrefix(prefix) {
            guard let c = Key.parseModified(String(text.dropFirst(prefix.count))) else { return nil }
            self = .alt(c)
            return
        }
        if lower.hasPrefix("f"), let n = Int(lower.dropFirst()), (1...63).contains(n) {
            self = .function(n)
            return
        }
        return nil
    }

    static func charName(_ c: Character) -> String { c == " " ? "space" : String(c) }

    static func parseModified(_ rest: String) -> Character? {
        if rest.count == 1, let c = rest.first, DisplayWidth.width(of: c) > 0 { return c }
        if rest.lowercased() == "space" { return " " }
        return nil
    }
}

extension String {
    /// Trims surrounding spaces but keeps a lone space (the key itself).
    func trimmingSpacesForKeyName() -> String {
        if self == " " { return self }
        var s = Substring(self)
        while s.first == " " || s.first == "\t" { s = s.dropFirst() }
        while s.last == " " || s.last == "\t" { s = s.dropLast() }
        return String(s)
    }
}
