/// A rectangle of cells. Width and height never go below zero and coordinates stay within ±2^30, so `right`
/// and `bottom` cannot overflow whatever a caller passes in.
public struct Rect: Hashable, Sendable, CustomStringConvertible {
    static let coordinateLimit = 1 << 30

    public var x: Int { didSet { x = Rect.clampCoordinate(x) } }
    public var y: Int { didSet { y = Rect.clampCoordinate(y) } }
    public var width: Int { didSet { width = Rect.clampExtent(width) } }
    public var height: Int { didSet { height = Rect.clampExtent(height) } }

    public init(x: Int, y: Int, width: Int, height: Int) {
        self.x = Rect.clampCoordinate(x)
        self.y = Rect.clampCoordinate(y)
        self.width = Rect.clampExtent(width)
        self.height = Rect.clampExtent(height)
    }

    public init(origin: Position = .zero, size: Size) {
        self.init(x: origin.x, y: origin.y, width: size.width, height: size.height)
    }

    public static let zero = Rect(x: 0, y: 0, width: 0, height: 0)

    public var origin: Position { Position(x: x, y: y) }
    public var size: Size { Size(width: width, height: height) }
    /// One past the last column.
    public var right: Int { x + width }
    /// One past the last row.
    public var bottom: Int { y + height }
    public var isEmpty: Bool { width == 0 || height == 0 }
    public var area: Int { width * height }

    public var description: String { "Rect(\(x),\(y) \(width)x\(height))" }

    public func contains(_ p: Position) -> Bool {
        p.x >= x && p.x < right && p.y >= y && p.y < bottom
    }

    /// The overlap of two rectangles; empty (at the clamped origin) when they do not meet.
    public func intersection(_ other: Rect) -> Rect {
        let left = max(x, other.x), top = max(y, other.y)
        let r = min(right, other.right), b = min(bottom, other.bottom)
        return Rect(x: left, y: top, width: r - left, height: b - top)
    }

    /// Shrinks by a margin on every side (a border, padding); never produces a negative size.
    public func inset(by margin: Int) -> Rect { inset(horizontal: margin, vertical: margin) }

    public func inset(horizontal: Int, vertical: Int) -> Rect {
        let h = max(0, min(horizontal, Rect.coordinateLimit)), v = max(0, min(vertical, Rect.coordinateLimit))
        return Rect(x: x + h, y: y + v, width: width - 2 * h, height: height - 2 * v)
    }

    /// The single-row rectangle at `offset` rows from the top (empty when outside).
    public func row(_ offset: Int) -> Rect {
        guard offset >= 0, offset < height else { return Rect(x: x, y: y, width: 0, height: 0) }
        return Rect(x: x, y: y + offset, width: width, height: 1)
    }

    /// A rectangle of the given size centred in this one, shrunk to fit.
    public func centered(width w: Int, height h: Int) -> Rect {
        let cw = min(max(w, 0), width), ch = min(max(h, 0), height)
        return Rect(x: x + (width - cw) / 2, y: y + (height - ch) / 2, width: cw, height: ch)
    }

    static func clampCoordinate(_ v: Int) -> Int { min(max(v, -coordinateLimit), coordinateLimit) }
    static func clampExtent(_ v: Int) -> Int { min(max(v, 0), coordinateLimit) }
}
