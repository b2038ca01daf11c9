/// A cell coordinate: column `x`, row `y`, origin at the top-left. May be negative or outside a buffer;
/// every drawing call clips, so callers never have to.
public struct Position: Hashable, Sendable, CustomStringConvertible {
    public var x: Int
    public var y: Int

    public init(x: Int, y: Int) {
        self.x = x
        self.y = y
    }

    public static let zero = Position(x: 0, y: 0)

    public var description: String { "(\(x),\(y))" }
}
