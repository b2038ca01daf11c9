/// The frame being drawn: a grid of `Cell`s that widgets write into and the terminal layer paints (whole, or
/// as a diff against the previous frame). Pure value type; no terminal involved, which is what makes widget
/// and screen tests possible.
public struct Buffer: Hashable, Sendable {
    /// Largest accepted extent per axis and in total, so a bogus size report cannot exhaust memory.
    public static let maxDimension = 4_096
    public static let maxCells = 1 << 22

    public internal(set) var size: Size
    /// Width rules every widget drawing into this buffer uses.
    public var policy: WidthPolicy
    /// Row-major cells, `size.width * size.height` of them.
    public internal(set) var cells: [Cell]

    public init(size: Size, policy: WidthPolicy = .default) {
        let clamped = Buffer.clamp(size)
        self.size = clamped
        self.policy = policy
        self.cells = Array(repeating: .blank, count: clamped.area)
    }

    public var area: Rect { Rect(size: size) }
    public var width: Int { size.width }
    public var height: Int { size.height }

    /// The cell at a position, or a blank cell outside the buffer (reading never traps).
    public subscript(x: Int, y: Int) -> Cell {
        guard x >= 0, y >= 0, x < size.width, y < size.height else { return .blank }
        return cells[y * size.width + x]
    }

    public subscript(position: Position) -> Cell { self[position.x, position.y] }

    /// True when the cell holds a grapheme that also covers the next cell.
    public func isWide(x: Int, y: Int) -> Bool {
        guard x >= 0, y >= 0, x + 1 < size.width, y < size.height else { return false }
        let i = y * size.width + x
        return !cells[i].isContinuation && cells[i + 1].isContinuation
    }

    /// Blanks every cell; the start of each frame.
    public mutating func reset() {
        for i in cells.indices { cells[i] = .blank }
    }

    /// Changes the size and blanks everything (content laid out for the old size is meaningless).
    public mutating func resize(to newSize: Size) {
        size = Buffer.clamp(newSize)
        cells = Array(repeating: .blank, count: size.area)
    }

    static func clamp(_ size: Size) -> Size {
        let w = min(size.width, maxDimension)
        var h = min(size.height, maxDimension)
        if w > 0 && w * h > maxCells { h = maxCells / w }
        return Size(width: w, height: h)
    }

    // MARK: - Raw cell access that keeps wide characters whole

    /// Stores a grapheme of width `w` (1 or 2) at an in-bounds index, first clearing any wide character it
    /// would cut in half, so no half glyph ("ghost") is ever left behind. A wide grapheme with no room for its
    /// continuation before `limit` becomes a space.
    mutating func place(_ grapheme: Character, width w: Int, x: Int, y: Int, limit: Int,
                        role: StyleRole, emphasis: Emphasis) {
        let rowStart = y * size.width
        let i = rowStart + x
        var grapheme = grapheme
        var w = w
        if w == 2 && (x + 1 >= limit || x + 1 >= size.width) {
            grapheme = " "
            w = 1
        }
        breakWide(at: i, rowStart: rowStart)
        if w == 2 {
            breakWide(at: i + 1, rowStart: rowStart)
            cells[i] = Cell(grapheme, role: role, emphasis: emphasis)
            cells[i + 1] = Cell(" ", role: role, emphasis: emphasis, isContinuation: true)
        } else {
            cells[i] = Cell(grapheme, role: role, emphasis: emphasis)
        }
    }

    /// Before cell `i` is overwritten: if it is either half of a wide character, blank the other half.
    @inline(__always)
    mutating func breakWide(at i: Int, rowStart: Int) {
        let rowEnd = rowStart + size.width
        if cells[i].isContinuation {
            if i > rowStart && !cells[i - 1].isContinuation {
                cells[i - 1].grapheme = " "
            }
            cells[i].isContinuation = false
        } else if i + 1 < rowEnd && cells[i + 1].isContinuation {
            cells[i + 1].isContinuation = false
            cells[i + 1].grapheme = " "
        }
    }
}
