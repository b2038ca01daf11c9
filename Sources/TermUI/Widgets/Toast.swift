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
            // More text than fits: end the last visible line with an ellipsis.
            let rest = lines[room - 1] + " " + lines[room]
            lines = Array(lines.prefix(room - 1)) + [DisplayWidth.truncate(rest, to: inner.width, policy: policy)]
        }
        for (i, line) in lines.enumerated() {
            buffer.write(line, x: inner.x, y: inner.y + i, width: inner.width, role: role,
                         emphasis: kind == .error ? .bold : [], clip: inner)
        }
    }
}
