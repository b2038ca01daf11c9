import ListContract
import SellerCore
import TermUI

/// What the detail pane shows: the selected row's record, or a record reached by following links (then
/// `trail` holds where to go back to with Esc).
public struct DetailState: Equatable, Sendable {
    public struct Target: Hashable, Sendable {
        public var kind: EntityKind
        public var id: String
        public init(kind: EntityKind, id: String) {
            self.kind = kind
            self.id = id
        }
    }

    /// A place to come back to: the record and how far it was scrolled.
    public struct Stop: Hashable, Sendable {
        public var target: Target
        public var scroll: Int
        public var selectedLink: Int?
    }

    public var target: Target?
    public var record: SellerRecord?
    public var links: OrderLinks?
    /// The record's list row (pending mark, new), for actions on a followed record.
    public var row: ListRow?
    /// The record's newest outbox action, when it failed: shown above the record's fields.
    public var failedAction: OutboxItem?
    public var loading = false
    /// The record was looked up and is not in the store.
    public var missing = false
    public var scroll = 0
    public var selectedLink: Int?
    public var generation = 0
    public var trail: [Stop] = []
    /// The record as the pane shows it and its wrapping to the pane's width, computed by `update` (`present`)
    /// and kept in the state: a response body may be 64 KB, too much to rebuild and re-wrap every frame.
    public private(set) var document: DetailDocument?
    public private(set) var layout: DetailLayout?
    /// What `document` and `layout` were built from; a change of any part rebuilds them.
    private var presented: Presented?

    public init() {}

    /// Whether the pane shows a followed link rather than the list's selection.
    public var isFollowing: Bool { !trail.isEmpty }
}

extension DetailState {
    /// The inputs of the document (the record, its links, "now" to the minute for time left and days idle) and
    /// of the layout (the text width and the width policy).
    private struct Presented: Equatable, Sendable {
        var record: SellerRecord
        var links: OrderLinks?
        var isNew: Bool
        var failedAction: OutboxItem?
        var minute: Int64
        var utcOffsetSeconds: Int
        var width: Int
        var policy: WidthPolicy
    }

    /// The pane while `target` loads: the previous record stays on screen, with its document and layout, until
    /// the new one arrives, so moving through a list does not flicker.
    func loading(_ target: Target, trail: [Stop], generation: Int) -> DetailState {
        var next = DetailState()
        (next.record, next.links, next.failedAction) = (record, links, failedAction)
        next.row = row
        (next.document, next.layout, next.presented) = (document, layout, presented)
        next.target = target
        next.trail = trail
        next.generation = generation
        next.loading = true
        return next
    }

    /// Builds the document again when the record, its links or the minute changed, and wraps it again when only
    /// the pane's width changed. Cheap when nothing did: `update` calls it after every message.
    mutating func present(context: DisplayContext, paneWidth: Int) {
        guard let record else {
            (document, layout, presented) = (nil, nil, nil)
            return
        }
        let inputs = Presented(record: record, links: links, isNew: row?.isNew == true, failedAction: failedAction,
                               minute: context.now.millis / 60_000,
                               utcOffsetSeconds: context.utcOffsetSeconds,
                               width: DetailLayout.textWidth(forPaneWidth: paneWidth), policy: context.policy)
        guard inputs != presented else { return }
        let old = presented
        presented = inputs
        if document == nil || old?.record != inputs.record || old?.links != inputs.links || old?.minute != inputs.minute
            || old?.utcOffsetSeconds != inputs.utcOffsetSeconds || old?.isNew != inputs.isNew
            || old?.failedAction != inputs.failedAction {
            document = DetailDocumentBuilder.document(for: record, links: links, failedAction: failedAction,
                                                      context: context)
                .withSellerCenterLine(record, context)
                .markedNew(inputs.isNew, language: context.language)
        }
        if let document {
            layout = DetailLayout(document: document, width: inputs.width, policy: inputs.policy)
        }
    }
}
