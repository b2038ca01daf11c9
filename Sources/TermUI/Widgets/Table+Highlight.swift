// Marking filter matches inside rendered table cells.
extension Table {
    /// Lowercased filter terms; empty when there is nothing to mark.
    static func terms(_ highlight: String) -> [[String]] {
        highlight.split(separator: " ").prefix(8).map { term in term.map { String($0).lowercased() } }
    }

    /// Gives the `match` role to every occurrence of a term in the cells already drawn in one cell field.
    /// Works on the drawn graphemes, so truncated text and wide characters are handled.
    static func markMatches(_ terms: [[String]], x: Int, y: Int, width: Int, clip: Rect, into buffer: inout Buffer) {
        var graphemes: [String] = []
        var columns: [Int] = []
        var cx = x
        let end = min(x + width, buffer.width)
        while cx < end {
            let cell = buffer[cx, y]
            if !cell.isContinuation {
                graphemes.append(String(cell.grapheme).lowercased())
                columns.append(cx)
            }
            cx += 1
        }
        for term in terms where !term.isEmpty && term.count <= graphemes.count {
            var i = 0
            while i + term.count <= graphemes.count {
                var same = true
                for k in 0..<term.count where graphemes[i + k] != term[k] {
                    same = false
                    break
                }
                if same {
                    let start = columns[i]
                    let last = columns[i + term.count - 1]
                    let stop = buffer.isWide(x: last, y: y) ? last + 2 : last + 1
                    buffer.setRole(.match, in: Rect(x: start, y: y, width: stop - start, height: 1).intersection(clip))
                    i += term.count
                } else {
                    i += 1
                }
            }
        }
    }
}
