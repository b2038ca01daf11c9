// Text forms of a buffer for tests and golden files (ARCHITECTURE §10): never escape sequences.
extension Buffer {
    /// Each row as a string of full display width; continuation cells are omitted, since the wide grapheme
    /// before them already covers their column.
    public var lines: [String] {
        (0..<size.height).map { row(at: $0) }
    }

    /// The rows with trailing blanks trimmed.
    public var trimmedLines: [String] {
        lines.map { Buffer.trimTrailingSpaces($0) }
    }

    /// The golden-file form: a `# WxH` header line, then every row with trailing blanks trimmed.
    public var textDump: String {
        var out = "# \(size.width)x\(size.height)\n"
        for line in trimmedLines {
            out += line
            out += "\n"
        }
        return out
    }

    /// One letter per column (`StyleRole.maskLetter`, continuation cells included so columns line up with
    /// the screen) under a header with a legend of the roles that occur; trailing `.` (app) cells trimmed.
    public var roleDump: String {
        var used = Set<StyleRole>()
        var rows: [String] = []
        rows.reserveCapacity(size.height)
        for y in 0..<size.height {
            var line = ""
            for x in 0..<size.width {
                let role = cells[y * size.width + x].role
                used.insert(role)
                line.append(role.maskLetter)
            }
            while line.last == StyleRole.app.maskLetter { line.removeLast() }
            rows.append(line)
        }
        let legend = StyleRole.allCases.filter { used.contains($0) }
            .map { "\($0.maskLetter)=\($0.rawValue)" }.joined(separator: " ")
        var out = "# \(size.width)x\(size.height) roles: \(legend)\n"
        for line in rows {
            out += line
            out += "\n"
        }
        return out
    }

    func row(at y: Int) -> String {
        var line = ""
        line.reserveCapacity(size.width)
        let start = y * size.width
        for i in start..<start + size.width where !cells[i].isContinuation {
            line.append(cells[i].grapheme)
        }
        return line
    }

    static func trimTrailingSpaces(_ s: String) -> String {
        var end = s.endIndex
        while end > s.startIndex {
            let before = s.index(before: end)
            guard s[before] == " " else { break }
            end = before
        }
        return String(s[..<end])
    }
}
