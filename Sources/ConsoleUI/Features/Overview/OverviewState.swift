import ListContract
import SellerCore

/// The 概览 Overview's own state: the counts last read from the store, the selected line, and when the counts
/// were asked for. Counts are read again when the store changes (through the root's refresh) and every
/// `refreshMillis` of the clock, since windows close and instances expire with time alone.
public struct OverviewState: Equatable, Sendable {
    /// Time-based counts are read again this often even when nothing was written.
    public static let refreshMillis: Int64 = 30_000

    public internal(set) var counts: AttentionCounts?
    /// Index into `OverviewLine.all`.
    public internal(set) var selected = 0
    /// When the counts were last asked for (nil: never).
    public internal(set) var requestedAt: Timestamp?

    public init() {}

    public var selectedLine: OverviewLine { OverviewLine.all[min(max(selected, 0), OverviewLine.all.count - 1)] }

    /// Asks for the counts at `clock`.
    mutating func reload(_ clock: AttentionClock) -> [Effect] {
        requestedAt = clock.now
        return [.loadAttention(clock)]
    }

    /// Whether the clock alone calls for a new read.
    func due(at now: Timestamp) -> Bool {
        guard let requestedAt else { return true }
        return now.millis - requestedAt.millis >= Self.refreshMillis || now < requestedAt
    }

    mutating func receive(_ counts: AttentionCounts) {
        self.counts = counts
    }

    /// j/k and the arrows: clamped at both ends, so the layout never scrolls away.
    mutating func move(by lines: Int) {
        selected = min(max(selected + lines, 0), OverviewLine.all.count - 1)
    }

    mutating func select(_ index: Int) {
        selected = min(max(index, 0), OverviewLine.all.count - 1)
    }
}
