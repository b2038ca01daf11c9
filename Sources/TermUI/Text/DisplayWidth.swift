/// The one display-width function: how many terminal cells a grapheme or string occupies. Every layout path
/// (padding, column sizing, truncation, cursor placement) goes through here, so they always agree.
///
/// Rules per grapheme (Swift `Character`): controls are 0; a combining sequence takes its base's width;
/// emoji presentation (VS16, ZWJ sequences over a wide base, regional-indicator flags) is 2; East Asian
/// Wide/Fullwidth is 2; Ambiguous follows the `WidthPolicy`; everything is clamped to at most 2.
public enum DisplayWidth {
    /// Width of one Unicode scalar on its own, ignoring what it might combine with.
    public static func width(of scalar: Unicode.Scalar, policy: WidthPolicy = .default) -> Int {
        let v = scalar.value
        if v < 0x7F { return v >= 0x20 ? 1 : 0 }
        if v < 0xA0 { return 0 }
        switch WidthTable.lookup(v) {
        case WidthTable.zero: return 0
        case WidthTable.wide: return 2
        case WidthTable.ambiguous: return policy.ambiguous == .wide ? 2 : 1
        default: return 1
        }
    }

    /// Width of one grapheme cluster: 0, 1 or 2.
    public static func width(of character: Character, policy: WidthPolicy = .default) -> Int {
        let utf8 = character.utf8
        if utf8.count == 1, let byte = utf8.first {
            return byte >= 0x20 && byte != 0x7F ? 1 : 0
        }
        var scalars = character.unicodeScalars.makeIterator()
        guard let base = scalars.next() else { return 0 }
        if base.value < 0x20 || (base.value >= 0x7F && base.value < 0xA0) { return 0 }
        var width = width(of: base, policy: policy)
        if width == 0 { return 0 }
        while width < 2, let next = scalars.next() {
            if next.value == 0xFE0F { width = 2 }    // VS16: emoji presentation
        }
        return width
    }

    /// Total width of a string. ASCII strings are counted without grapheme breaking.
    public static func width<S: StringProtocol>(of text: S, policy: WidthPolicy = .default) -> Int {
        var count = 0
        var ascii = true
        for byte in text.utf8 {
            if byte >= 0x80 {
                ascii = false
                break
            }
            if byte >= 0x20 && byte != 0x7F { count += 1 }
        }
        if ascii { return count }
        count = 0
        for character in text { count += width(of: character, policy: policy) }
        return count
    }

    /// Width of a grapheme array, as text inputs keep them.
    public static func width<C: Collection>(of characters: C, policy: WidthPolicy = .default) -> Int
    where C.Element == Character {
        var count = 0
        for character in characters { count += width(of: character, policy: policy) }
        return count
    }

    /// The display column at which `index` starts: where a terminal cursor must go to sit before that grapheme.
    public static func column(in text: String, at index: String.Index, policy: WidthPolicy = .default) -> Int {
        let end = min(max(index, text.startIndex), text.endIndex)
        return width(of: text[text.startIndex..<end], policy: policy)
    }

    /// The grapheme index whose cell covers `column` (a mouse click, an up/down move). A column in the
    /// right half of a wide character maps to that character; past the end maps to the end.
    public static func index(in characters: [Character], forColumn column: Int, policy: WidthPolicy = .default)
        -> Int {
        var used = 0
        for (i, character) in characters.enumerated() {
            let w = width(of: character, policy: policy)
            if column < used + w { return i }
            used += w
        }
        return characters.count
    }

    /// Calls `body` with each grapheme and its width, stopping when it returns false. Runs of ASCII are
    /// walked byte by byte; the slow grapheme path starts only at the first non-ASCII byte.
    @inline(__always)
    static func forEachGrapheme(_ text: String, policy: WidthPolicy, _ body: (Character, Int) -> Bool) {
        let utf8 = text.utf8
        var i = utf8.startIndex
        let end = utf8.endIndex
        while i != end {
            let byte = utf8[i]
            if byte < 0x80 {
                let j = utf8.index(after: i)
                // An ASCII byte is a grapheme of its own unless a combining mark follows it.
                if j == end || utf8[j] < 0x80 {
                    let w = byte >= 0x20 && byte != 0x7F ? 1 : 0
                    if !body(Character(Unicode.Scalar(byte)), w) { return }
                    i = j
                    continue
                }
            }
            for character in text[i...] {
                if !body(character, width(of: character, policy: policy)) { return }
            }
            return
        }
    }
}
