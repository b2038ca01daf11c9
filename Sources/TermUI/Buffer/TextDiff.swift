/// A readable, row-numbered comparison of two screen dumps, for golden tests: screens have fixed rows, so
/// comparing row by row reads better than a minimal edit script.
public enum TextDiff {
    /// Nil when equal; otherwise one block per differing line, labelled with its screen row (the header line
    /// of a dump is labelled `header`), showing `-` expected and `+` actual.
    public static func lines(expected: String, actual: String) -> String? {
        guard expected != actual else { return nil }
        let e = split(expected), a = split(actual)
        let hasHeader = (e.first?.hasPrefix("# ") ?? false) || (a.first?.hasPrefix("# ") ?? false)
        var out: [String] = []
        for i in 0..<max(e.count, a.count) {
            let left = i < e.count ? e[i] : nil
            let right = i < a.count ? a[i] : nil
            guard left != right else { continue }
            let label = hasHeader ? (i == 0 ? "header" : "row \(i - 1)") : "line \(i)"
            out.append("\(label):")
            out.append("- " + (left.map { "|\($0)|" } ?? "(missing)"))
            out.append("+ " + (right.map { "|\($0)|" } ?? "(missing)"))
        }
        if out.isEmpty { out.append("(texts differ only in line endings)") }
        return out.joined(separator: "\n")
    }

    static func split(_ text: String) -> [String] {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if lines.last == "" { lines.removeLast() }
        return lines
    }
}
