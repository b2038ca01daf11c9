/// A width and height in cells. Negative values clamp to zero and huge ones to `Size.limit`, so arithmetic on
/// sizes can never overflow and a bogus terminal report cannot allocate gigabytes.
public struct Size: Hashable, Sendable, CustomStringConvertible {
    /// Largest accepted extent on either axis.
    public static let limit = 1 << 20

    public var width: Int { didSet { width = Size.clamp(width) } }
    public var height: Int { didSet { height = Size.clamp(height) } }

    public init(width: Int, height: Int) {
        self.width = Size.clamp(width)
        self.height = Size.clamp(height)
    }

    public static let zero = Size(width: 0, height: 0)

    /// True when nothing can be drawn.
    public var isEmpty: Bool { width == 0 || height == 0 }

    /// Cell count.
    public var area: Int { width * height }

    public var description: String { "\(width)x\(height)" }

    static func clamp(_ value: Int) -> Int { min(max(value, 0), limit) }
}
