/// Makes a recorded request or response body readable: JSON (optionally after a `POST ` style prefix) is
/// indented one member per line, so a seller can find `resultCode` in a one-line payload. Only whitespace
/// outside strings changes; anything that is not JSON comes back as it was.
public enum BodyText {
    /// Nesting deeper than this is not indented further, so hostile nesting cannot blow up the text.
    static let maximumIndentLevel = 12
    /// Output beyond this many scalars means the indentation is not worth it: the text is kept as it was.
    static let maximumLength = 150_000

    /// `text` with its JSON indented by two spaces per level, or `text` itself when it is not JSON.
    public static func readable(_ text: String) -> String {
        let scalars = Array(text.unicodeScalars)
        guard let start = jsonStart(scalars) else { return text }
        var out = Array(scalars[0..<start])
        out.reserveCapacity(scalars.count * 2)
        var depth = 0
        var inString = false
        var escaped = false
        var i = start
        func newline(_ level: Int) {
            out.append("\n")
            for _ in 0..<(2 * min(max(level, 0), maximumIndentLevel)) { out.append(" ") }
        }
        while i < scalars.count {
            let c = scalars[i]
            i += 1
            if out.count > maximumLength { return text }   // an Array: count is O(1)
            if inString {
                out.append(c)
                if escaped { escaped = false } else if c == "\\" { escaped = true } else if c == "\"" { inString = false }
                continue
            }
            switch c {
            case "\"":
                inString = true
                out.append(c)
            case "{", "[":
                out.append(c)
                let next = nextSignificant(scalars, from: i)
                if next < scalars.count, scalars[next] == "}" || scalars[next] == "]" {
                    out.append(scalars[next])
                    i = next + 1
                } else {
                    depth += 1
                    newline(depth)
                }
            case "}", "]":
                depth -= 1
                newline(depth)
                out.append(c)
            case ",":
                out.append(c)
                newline(depth)
            case ":":
                out.append(c)
                out.append(" ")
            case " ", "\n", "\t", "\r":
                continue
            default:
                out.append(c)
            }
        }
        return String(String.UnicodeScalarView(out))
    }

    /// Where the JSON starts: at the first `{` or `[`, when nothing or only a request line (`POST `,
    /// `PUT /path `) comes before it.
    static func jsonStart(_ scalars: [Unicode.Scalar]) -> Int? {
        guard let start = scalars.prefix(128).firstIndex(where: { $0 == "{" || $0 == "[" }) else { return nil }
        let words = String(String.UnicodeScalarView(scalars[0..<start])).split(separator: " ")
        guard words.count <= 2 else { return nil }
        if let method = words.first, !method.unicodeScalars.allSatisfy({ $0 >= "A" && $0 <= "Z" }) { return nil }
        if words.count == 2, let path = words.last?.first, path != "/" && path != "?" { return nil }
        return start
    }

    static func nextSignificant(_ scalars: [Unicode.Scalar], from start: Int) -> Int {
        var i = start
        while i < scalars.count, scalars[i] == " " || scalars[i] == "\n" || scalars[i] == "\t" { i += 1 }
        return i
    }
}
