import SellerCore

/// A related record the seller can open from the detail pane with Enter (an order's instances, an exception's
/// order). The label is what the pane shows, e.g. `实例 4f1c…`.
public struct DetailLink: Hashable, Sendable {
    public var kind: EntityKind
    public var id: String
    public var label: String

    public init(kind: EntityKind, id: String, label: String) {
        self.kind = kind
        self.id = id
        self.label = label
    }
}
