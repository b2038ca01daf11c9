// Truncation and padding by display width: the only way text is cut to a column.
extension DisplayWidth {
    /// Cuts `text` to at most `width` cells, ending with the policy's ellipsis when anything was dropped.
    /// The ellipsis' own width is counted and wide characters are never split, so the result may be one cell
    /// narrower than `width` (use `fit` to pad that cell). Strings that fit come back unchanged.
    public static func truncate(_ text: String, to width: Int, policy: WidthPolicy = .default) -> String {
        guard width > 0 else { return "" }
        // Display width never exceeds the UTF-8 length, so short strings need no measuring.
        if text.utf8.count <= width { return text }
        let ellipsisWidth = self.width(of: policy.ellipsis, policy: policy)
        let useEllipsis = ellipsisWidth <= width
        let budget = useEllipsis ? width - ellipsisWidth : width
        var used = 0
        var cut = text.startIndex
        var index = text.startIndex
        while index < text.endIndex {
            let next = text.index(after: index)
            let w = self.width(of: text[index], policy: policy)
            if used + w > width {
                var result = String(text[..<cut])
                if useEllipsis { result.append(policy.ellipsis) }
                return result
            }
            used += w
            if used <= budget { cut = next }
            index = next
        }
        return text
    }

    /// Pads `text` with spaces to exactly `width` cells, placing it by `alignment`. Text wider than `width` is
    /// returned as is; call `fit` to truncate as well.
    public static func pad(_ text: String, to width: Int, alignment: Alignment = .left,
                           policy: WidthPolicy = .default) -> String {
        let gap = width - self.width(of: text, policy: policy)
        guard gap > 0 else { return text }
        switch alignment {
        case .left: return text + String(repeating: " ", count: gap)
        case .right: return String(repeating: " ", count: gap) + text
        case .center:
            let left = gap / 2
            return String(repeating: " ", count: left) + text + String(repeating: " ", count: gap - left)
        }
    }

    /// Truncates with an ellipsis and pads, giving a string exactly `width` cells wide (for a table cell).
    public static func fit(_ text: String, to width: Int, alignment: Alignment = .left,
                           policy: WidthPolicy = .default) -> String {
        guard width > 0 else { return "" }
        return pad(truncate(text, to: width, policy: policy), to: width, alignment: alignment, policy: policy)
    }
}
