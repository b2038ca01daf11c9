/// A mouse action reported by the terminal layer (mouse support is opt-in: `--mouse`).
public struct MouseEvent: Hashable, Sendable {
    public enum Kind: Hashable, Sendable {
        case click
        case rightClick
        case wheelUp
        case wheelDown
    }

    public var kind: Kind
    public var position: Position

    public init(_ kind: Kind, at position: Position) {
        self.kind = kind
        self.position = position
    }
}
