import Foundation
import SellerCore
import TermUI

/// Keeps the last wrapped detail document (one per `AppState`), so a frame or a keystroke does not re-build and re-wrap a record whose response
/// body may be 64 KB. The key is everything the layout depends on; "now" only matters to the minute (time
/// left, days idle).
public final class DetailLayoutCache: @unchecked Sendable {
    private struct Key: Equatable {
        var record: SellerRecord
        var links: OrderLinks?
        var width: Int
        var minute: Int64
        var utcOffsetSeconds: Int
    }

    private let lock = NSLock()
    private var key: Key?
    private var value: DetailLayout?

    public init() {}

    public func layout(for state: AppState) -> DetailLayout? {
        guard let record = state.detail.record else { return nil }
        let key = Key(record: record, links: state.detail.links, width: state.layout.detailArea.width,
                      minute: state.now.millis / 60_000, utcOffsetSeconds: state.utcOffsetSeconds)
        lock.lock()
        defer { lock.unlock() }
        if let value, self.key == key { return value }
        let layout = state.buildDetailLayout()
        self.key = key
        value = layout
        return layout
    }
}
