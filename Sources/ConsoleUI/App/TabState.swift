import ListContract
import SellerCore

/// One list tab: its query (filter, status preset, sort), the window of loaded rows and what is in flight.
public struct TabState: Hashable, Sendable {
    public var query: StoreListQuery
    public var window = ListWindow()
    /// Bumped whenever the query changes or the window is replaced, so late answers are dropped.
    public var generation = 0
    public var quickFilterIndex = 0
    /// Rows matching the query (nil until counted); `totalCapped` when counting stopped at the cap.
    public var total: Int?
    public var totalCapped = false
    public var loadingWindow = false
    public var loadingBelow = false
    public var loadingAbove = false
    /// Whether a first window has arrived (before that the table says "loading", not "empty").
    public var loaded = false
    public var error: String?
    /// Why the store refused the filter being typed (shown in the `/` prompt and the empty list, not as a
    /// store failure); cleared by the next window that loads.
    public var filterError: String?

    public init(kind: EntityKind) {
        let preset = QuickFilter.presets(for: kind).first ?? .all
        query = StoreListQuery(kind: kind, statuses: preset.statuses, limit: ListWindow.pageSize)
    }

    public var quickFilter: QuickFilter {
        let presets = QuickFilter.presets(for: query.kind)
        return presets.indices.contains(quickFilterIndex) ? presets[quickFilterIndex] : .all
    }
}
