import Foundation
import ListContract
import SellerCore
import TermUI

/// The detail pane's document and its wrapped layout, built once and reused by every frame and keystroke
/// (one cache per `AppState`): a record's response body may be 64 KB, too much to rebuild and re-wrap each
/// time. The document depends on the record, its links and "now" to the minute (time left, days idle); the
/// layout on the document and the pane's width, so a resize re-wraps without rebuilding.
public final class DetailCache: @unchecked Sendable {
    private struct DocumentKey: Equatable {
        var record: SellerRecord
        var links: OrderLinks?
        var minute: Int64
        var utcOffsetSeconds: Int
    }

    private let lock = NSLock()
    private var documentKey: DocumentKey?
    private var document: DetailDocument?
    private var layoutWidth: Int?
    private var layout: DetailLayout?

    public init() {}

    public func document(for state: AppState) -> DetailDocument? {
        lock.withLock { cachedDocument(for: state) }
    }

    public func layout(for state: AppState) -> DetailLayout? {
        lock.withLock {
            guard let document = cachedDocument(for: state) else { return nil }
            let width = DetailLayout.textWidth(forPaneWidth: state.layout.detailArea.width)
            if let layout, layoutWidth == width { return layout }   // a rebuilt document clears it
            let built = DetailLayout(document: document, width: width, policy: state.policy)
            layout = built
            layoutWidth = width
            return built
        }
    }

    /// Call with the lock held.
    private func cachedDocument(for state: AppState) -> DetailDocument? {
        guard let record = state.detail.record else { return nil }
        let key = DocumentKey(record: record, links: state.detail.links, minute: state.now.millis / 60_000,
                              utcOffsetSeconds: state.utcOffsetSeconds)
        if let document, documentKey == key { return document }
        let built = DetailDocumentBuilder.document(for: record, links: state.detail.links,
                                                   context: state.displayContext)
        documentKey = key
        document = built
        layout = nil
        return built
    }
}
