/// How one segment of a `Layout` claims space. Negative numbers count as zero.
public enum Constraint: Hashable, Sendable {
    /// Exactly this many cells (shrinks only when the area is too small).
    case length(Int)
    /// At least this many cells; takes a share of leftover space when there is no `fill`.
    case min(Int)
    /// Up to this many cells; the first to give way when space runs out.
    case max(Int)
    /// This percentage of the whole area, 0...100.
    case percentage(Int)
    /// A weighted share of whatever is left after the others.
    case fill(Int)
}
