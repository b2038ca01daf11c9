/// Editing state of a single-line field (the `/` filter, a `:` command). Text is kept as graphemes so the
/// cursor moves and deletes whole characters (a CJK character, an emoji family, `é`), and the cursor column
/// is measured by display width. Pure: `handle` only changes this value.
public struct TextInputState: Hashable, Sendable {
    public internal(set) var characters: [Character]
    /// Cursor position as a grapheme index, 0...characters.count.
    public internal(set) var cursor: Int
    /// First visible display column; `ensureCursorVisible` maintains it, rendering clamps it anyway.
    public var scroll: Int
    /// Graphemes accepted at most.
    public var maxLength: Int
    public var policy: WidthPolicy

    public init(_ text: String = "", maxLength: Int = 1_024, policy: WidthPolicy = .default) {
        self.maxLength = max(0, maxLength)
        self.policy = policy
        self.characters = Array(Array(TextSanitizer.sanitize(text, mode: .singleLine)).prefix(self.maxLength))
        self.cursor = characters.count
        self.scroll = 0
    }

    public var text: String { String(characters) }
    public var isEmpty: Bool { characters.isEmpty }

    /// Display columns before the cursor: where the terminal cursor goes, relative to the text start.
    public var cursorColumn: Int { DisplayWidth.width(of: characters[0..<cursor], policy: policy) }

    /// Replaces the text and puts the cursor at the end.
    public mutating func setText(_ text: String) {
        self = TextInputState(text, maxLength: maxLength, policy: policy)
    }

    /// Inserts text at the cursor (typing or a paste); control characters and newlines are sanitised away.
    public mutating func insert(_ text: String) {
        let clean = TextSanitizer.sanitize(text, mode: .singleLine)
        guard !clean.isEmpty else { return }
        let before = String(characters[0..<cursor]) + clean
        let merged = Array(before + String(characters[cursor...]))
        guard merged.count <= maxLength else {
            let room = maxLength - characters.count
            if room > 0 { insert(String(Array(clean).prefix(room))) }
            return
        }
        cursor = min(before.count, merged.count)
        characters = merged
    }

    /// Whether typing `character` inserts it: printable graphemes and combining marks do; controls do not.
    static func isInsertable(_ character: Character, policy: WidthPolicy) -> Bool {
        DisplayWidth.width(of: character, policy: policy) > 0
            || character.unicodeScalars.first.map({ $0.value >= 0x300 }) == true
    }

    /// Applies an editing or movement key. Returns false for keys it does not use (Enter, Esc, Tab, Up,
    /// Down…), which the caller handles.
    @discardableResult
    public mutating func handle(_ key: Key) -> Bool {
        switch key {
        case .char(let c):
            guard TextInputState.isInsertable(c, policy: policy) else { return false }
            insert(String(c))
        case .backspace, .ctrl("h"):
            guard cursor > 0 else { return true }
            remove(cursor - 1..<cursor)
        case .delete, .ctrl("d"):
            guard cursor < characters.count else { return true }
            remove(cursor..<cursor + 1)
        case .left, .ctrl("b"):
            cursor = max(0, cursor - 1)
        case .right, .ctrl("f"):
            cursor = min(characters.count, cursor + 1)
        case .home, .ctrl("a"):
            cursor = 0
        case .end, .ctrl("e"):
            cursor = characters.count
        case .ctrl("u"):
            remove(0..<cursor)
        case .ctrl("k"):
            remove(cursor..<characters.count)
        case .ctrl("w"), .alt("\u{7F}"):
            remove(wordStart(before: cursor)..<cursor)
        case .alt("b"):
            cursor = wordStart(before: cursor)
        case .alt("f"):
            cursor = wordEnd(after: cursor)
        default:
            return false
        }
        return true
    }

    /// Keeps `scroll` such that the cursor is inside a field `width` columns wide.
    public mutating func ensureCursorVisible(width: Int) {
        scroll = visibleScroll(width: width)
    }

    /// The scroll to use for a field `width` wide: the stored one, moved just enough to show the cursor
    /// (the cursor needs one cell of its own at the end of the text).
    public func visibleScroll(width: Int) -> Int {
        guard width > 0 else { return 0 }
        let column = cursorColumn
        let total = DisplayWidth.width(of: characters, policy: policy)
        var s = min(max(scroll, 0), max(0, total + 1 - width))
        if column < s { s = column }
        if column >= s + width { s = column - width + 1 }
        return max(0, s)
    }

    mutating func remove(_ range: Range<Int>) {
        guard !range.isEmpty else { return }
        characters.removeSubrange(range)
        cursor = range.lowerBound
        // Removing a grapheme can let its neighbours join (flag halves); re-split to keep the invariant.
        let prefix = String(characters[0..<cursor])
        let whole = Array(prefix + String(characters[cursor...]))
        if whole.count != characters.count {
            characters = whole
            cursor = min(prefix.count, whole.count)
        }
    }

    /// Word classes for Ctrl-W and Alt-B/F: spaces, wide (CJK) runs, and other runs are separate words.
    func wordClass(_ c: Character) -> Int {
        if c == " " { return 0 }
        return DisplayWidth.width(of: c, policy: policy) == 2 ? 2 : 1
    }

    func wordStart(before index: Int) -> Int {
        var i = index
        while i > 0 && wordClass(characters[i - 1]) == 0 { i -= 1 }
        guard i > 0 else { return 0 }
        let cls = wordClass(characters[i - 1])
        while i > 0 && wordClass(characters[i - 1]) == cls { i -= 1 }
        return i
    }

    func wordEnd(after index: Int) -> Int {
        var i = index
        while i < characters.count && wordClass(characters[i]) == 0 { i += 1 }
        guard i < characters.count else { return characters.count }
        let cls = wordClass(characters[i])
        while i < characters.count && wordClass(characters[i]) == cls { i += 1 }
        return i
    }
}
