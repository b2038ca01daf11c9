/// Lexical path arithmetic for the file picker (no file system: the runtime lists and measures). Paths use `/`;
/// `.` and `..` are resolved in the text so the field stays short after walking up and down.
enum PathText {
    /// `base` joined with `relative` (or `relative` alone when absolute), normalised, without a trailing slash
    /// except for the root.
    static func absolute(_ relative: String, base: String) -> String {
        let joined = relative.hasPrefix("/") ? relative : base + "/" + relative
        var parts: [Substring] = []
        for part in joined.split(separator: "/", omittingEmptySubsequences: true) {
            if part == "." { continue }
            if part == ".." {
                if !parts.isEmpty { parts.removeLast() }
                continue
            }
            parts.append(part)
        }
        return "/" + parts.joined(separator: "/")
    }

    /// A typed directory (ending in `/`) with `.` and resolvable `..` removed, relative staying relative:
    /// `docs/../` → ``, `../a/./` → `../a/`, `/tmp/x/../` → `/tmp/`.
    static func normalizeTyped(_ directory: String) -> String {
        let isAbsolute = directory.hasPrefix("/")
        var parts: [Substring] = []
        for part in directory.split(separator: "/", omittingEmptySubsequences: true) {
            if part == "." { continue }
            if part == "..", let last = parts.last, last != ".." {
                parts.removeLast()
                continue
            }
            if part == "..", isAbsolute { continue }
            parts.append(part)
        }
        let body = parts.map { $0 + "/" }.joined()
        return isAbsolute ? "/" + body : body
    }

    /// The text up to and including its last `/` (the directory typed so far) and the rest (the name prefix).
    static func split(_ text: String) -> (directory: String, prefix: String) {
        guard let slash = text.lastIndex(of: "/") else { return ("", text) }
        return (String(text[...slash]), String(text[text.index(after: slash)...]))
    }

    /// The last component of a path.
    static func fileName(_ path: String) -> String {
        path.split(separator: "/").last.map(String.init) ?? path
    }
}
