import TermUI

/// One logical line of a detail document, before it is wrapped to a width by `DetailLayout`.
public enum DetailLine: Hashable, Sendable {
    /// `key  value`: keys share one aligned column; a long value wraps beside it.
    case field(key: String, value: String, role: StyleRole)
    /// A heading between groups of fields (`订单行`, `关联`).
    case section(String)
    /// A paragraph (a request body, a ticket message) wrapped to the full width; may hold `\n`.
    case text(String, role: StyleRole)
    /// The link at this index of `DetailDocument.links`; one line, selectable.
    case link(Int)
    case blank
}
