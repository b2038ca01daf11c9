/// The lines accepted on one prompt this session, oldest first, for ↑ ↓. Bounded, so a long session keeps
/// the last `limit` lines; a line equal to the newest is not added twice. Walking keeps what was typed before
/// the first ↑ and gives it back after the newest line.
public struct PromptHistory: Hashable, Sendable {
    public static let limit = 100
    public private(set) var lines: [String] = []
    /// The line shown while walking (an index into `lines`), nil when not walking.
    var position: Int?
    /// What the prompt held when the walk began.
    var draft = ""

    public init() {}

    mutating func add(_ line: String) {
        position = nil
        guard line.contains(where: { !$0.isWhitespace }), lines.last != line else { return }
        lines.append(line)
        if lines.count > Self.limit { lines.removeFirst(lines.count - Self.limit) }
    }

    mutating func startWalk(draft: String) {
        position = nil
        self.draft = draft
    }

    /// The line one step older (`back`) or newer; nil when there is none that way (the prompt keeps its text).
    mutating func walk(back: Bool, typed: String) -> String? {
        if position == nil { draft = typed }
        if back {
            let next = (position ?? lines.count) - 1
            guard next >= 0 else { return nil }
            position = next
            return lines[next]
        }
        guard let current = position else { return nil }
        if current + 1 < lines.count {
            position = current + 1
            return lines[current + 1]
        }
        position = nil
        return draft
    }
}
