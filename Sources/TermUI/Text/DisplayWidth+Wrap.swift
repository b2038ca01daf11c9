// Wrapping by display width, for detail values and dialog bodies.
extension DisplayWidth {
    /// Breaks `text` into lines of at most `width` cells. Hard newlines always break; lines break after spaces
    /// or next to a wide (CJK) character, and a word longer than the line is split between graphemes.
    /// Stops after `maxLines`, so a huge value costs no more than what is shown.
    public static func wrap(_ text: String, width: Int, maxLines: Int = .max,
                            policy: WidthPolicy = .default) -> [String] {
        guard width > 0, maxLines > 0 else { return [] }
        var wrapper = LineWrapper(width: width, maxLines: maxLines, policy: policy)
        for character in text {
            if wrapper.isFull { break }
            wrapper.add(character)
        }
        return wrapper.finish()
    }
}

/// Greedy wrapper state: the current line as graphemes with their widths and the last break opportunity.
struct LineWrapper {
    let width: Int
    let maxLines: Int
    let policy: WidthPolicy
    var lines: [String] = []
    var current: [Character] = []
    var widths: [Int] = []
    var used = 0
    /// Index in `current` before which the line may break.
    var breakAt: Int?
    /// True right after a soft wrap, when leading spaces of the new line are dropped.
    var afterWrap = false

    init(width: Int, maxLines: Int, policy: WidthPolicy) {
        self.width = width
        self.maxLines = maxLines
        self.policy = policy
    }

    var isFull: Bool { lines.count >= maxLines }

    /// CJK punctuation that must not begin a line (a simple form of kinsoku / 避头点).
    static let noLineStart: Set<Character> = ["，", "。", "、", "；", "：", "！", "？", "）", "」", "』", "》", "〉",
                                              "】", "〕", "”", "’", "…", "·", ",", ".", ";", ":", "!", "?", ")"]

    mutating func add(_ character: Character) {
        if character == "\n" || character == "\r\n" || character == "\r" {
            emit(current.count, soft: false)
            return
        }
        let w = DisplayWidth.width(of: character, policy: policy)
        let isSpace = character == " "
        if w > 0 && used + w > width {
            if isSpace {
                emit(current.count, soft: true)
                return
            }
            if LineWrapper.noLineStart.contains(character), current.count >= 2, widths[current.count - 1] == 2 {
                // Closing punctuation may not start a line: carry the character before it along.
                emit(current.count - 1, soft: true)
            } else if let b = breakAt, b > 0 {
                emit(b, soft: true)
            } else if !current.isEmpty {
                emit(current.count, soft: true)
            }
        }
        if isSpace && afterWrap && current.isEmpty { return }
        if w == 2 { breakAt = current.count }
        current.append(character)
        widths.append(w)
        used += w
        if isSpace || w == 2 { breakAt = current.count }
    }

    /// Ends the line before index `end`, carrying the rest (minus leading spaces) to the next line.
    mutating func emit(_ end: Int, soft: Bool) {
        var stop = end
        while soft && stop > 0 && current[stop - 1] == " " { stop -= 1 }
        if lines.count < maxLines { lines.append(String(current[0..<stop])) }
        var start = end
        while soft && start < current.count && current[start] == " " { start += 1 }
        current.removeFirst(start)
        widths.removeFirst(start)
        used = widths.reduce(0, +)
        breakAt = nil
        for i in current.indices where current[i] == " " || widths[i] == 2 { breakAt = i + 1 }
        afterWrap = soft
    }

    mutating func finish() -> [String] {
        if (!current.isEmpty || lines.isEmpty) && lines.count < maxLines {
            lines.append(String(current))
        }
        return lines
    }
}
