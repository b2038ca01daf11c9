/// What the runtime did with a 放弃 (discard) of an outbox item. An item whose last attempt got no answer may
/// have been applied, so the runtime asks the marketplace first (the outcome lookup) and the answer is one of these.
public enum DiscardAnswer: Equatable, Sendable {
    /// Discarded: nothing was applied, or the seller forced it.
    case discarded(forced: Bool)
    /// Not discarded: the marketplace had applied it; it is done now.
    case appliedAfterAll
    /// Not discarded: it may have been applied and the marketplace cannot tell now (why); only 强制放弃 drops it.
    case outcomeUnknown(String)
    /// No such item, already finished, or on the wire right now.
    case notPossible
}
