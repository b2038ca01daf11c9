/// Horizontal placement of text within a column or field.
public enum Alignment: Hashable, Sendable {
    case left
    case center
    case right
}
