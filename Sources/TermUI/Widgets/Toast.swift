/// A short-lived message (sync finished, action failed) drawn over the screen. The caller decides when it
/// expires; `frame(in:)` places it bottom-right, above the status bar.
public struct Toast: Widget {
    public enum Kind: Hashable, Sendable {
        case info
        case warn
        case error
    }

    public var message: String
    public var kind: Kind
    /// Cap on the toast's outer width.
    public var maxWidth: Int
    public var maxLines: Int

    public init(_ message: String, kind: Kind = .info, maxWidth: Int = 60, maxLines: Int = 3) {
        self.message = message
        self.kind = kind
        self.maxWidth = maxWidth
        self.maxLines = maxLines
    }

    var role: StyleRole {
        switch kind {
        case .info: return .toastInfo
        case .warn: return .toastWarn
        case .error: return .toastError
        }
    }

    /// Bottom-right placement inside `screen`, leaving `bottomMargin` rows (the status bar) free.
    public func frame(in screen: Rect, bottomMargin: Int = 1, policy: WidthPolicy = .default) -> Rect {
        let limit = max(0, min(maxWidth, screen.width))
        let textWidth = min(DisplayWidth.width(of: message, policy: policy), max(0, limit - 2))
        let lines = DisplayWidth.wrap(message, width: max(1, textWidth), maxLines: max(1, maxLines), policy: policy)
        let width = min(textWidth + 2, limit)
        let height = min(max(1, lines.count), max(0, screen.height - max(0, bottomMargin)))
        return Rect(x: screen.right - width, y: screen.bottom - max(0, bottomMargin) - height, width: width,
                    height: height)
    }

    public func render(in area: Rect, into buffer: inout Buffer) {
        let area = area.intersection(buffer.area)
        guard !area.isEmpty else { return }
        let policy = buffer.policy
        buffer.fill(area, role: role)
        let inner = area.width > 2 ? area.inset(horizontal: 1, vertical: 0) : area
        let room = min(area.height, max(1, maxLines))
        var lines = DisplayWidth.wrap(message, width: inner.width, maxLines: room + 1, policy: policy)
        if lines.count > room {
            // More text than fits: keep its start and its end (a path's file name, the reason after it).
            lines = Toast.middleCut(message, width: inner.width, lines: room, policy: policy)
        }
        for (i, line) in lines.enumerated() {
            buffer.write(line, x: inner.x, y: inner.y + i, width: inner.width, role: role,
                         emphasis: kind == .error ? .bold : [], clip: inner)
        }
    }

    /// Text too long for the toast, laid out in full rows of `width`: it keeps its start and, longer, its end
    /// (where a path names the file and the reason follows) and loses the middle to the policy's ellipsis.
    static func middleCut(_ text: String, width: Int, lines: Int, policy: WidthPolicy) -> [String] {
        let characters = Array(text)
        var capacity = max(1, width * lines)
        if DisplayWidth.width(of: characters, policy: policy) <= capacity {
            let rows = rows(characters, width: width, policy: policy)
            if rows.count <= lines { return rows }
        }
        let ellipsis = [policy.ellipsis]
        let ellipsisWidth = DisplayWidth.width(of: ellipsis, policy: policy)
        while true {
            let budget = max(0, capacity - ellipsisWidth)
            let tail = edge(characters.reversed(), budget: budget * 2 / 3, policy: policy).reversed()
            let head = edge(characters, budget: budget - budget * 2 / 3, policy: policy)
            let cut = rows(head + ellipsis + tail, width: width, policy: policy)
            if cut.count <= lines || capacity <= 1 { return Array(cut.prefix(lines)) }
            capacity -= 1   // a wide character left a cell empty at a row's end: try one narrower
        }
    }

    /// The characters from the start of `characters` that fit in `budget` cells.
    private static func edge<S: Sequence<Character>>(_ characters: S, budget: Int, policy: WidthPolicy) -> [Character] {
        var taken: [Character] = []
        var used = 0
        for character in characters {
            let w = DisplayWidth.width(of: character, policy: policy)
            guard used + w <= budget else { break }
            taken.append(character)
            used += w
        }
        return taken
    }

    /// `characters` in rows of at most `width` cells, a wide character never split.
    private static func rows(_ characters: [Character], width: Int, policy: WidthPolicy) -> [String] {
        var rows: [String] = []
        var row = ""
        var used = 0
        for character in characters {
            let w = DisplayWidth.width(of: character, policy: policy)
            if used + w > max(1, width), !row.isEmpty {
                rows.append(row)
                row = ""
                used = 0
            }
            row.append(character)
            used += w
        }
        if !row.isEmpty { rows.append(row) }
        return rows
    }
}
