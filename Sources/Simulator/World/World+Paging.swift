import MarketAPI
import SellerCore

extension World {
    /// One page of `kind` in `(updatedAt, id)` order, after `cursor` (exclusive) or from `since` (inclusive).
    /// Only indices are chosen under the lock; unchanged base records are generated outside it.
    public func page(_ kind: EntityKind, after cursor: PageCursor?, since: Timestamp?, limit: Int)
        -> (records: [(index: Int, record: SellerRecord)], hasMore: Bool) {
        let limit = max(1, min(limit, GatewayPaths.maximumPageSize))
        let baseTotal = OrderRole.count(of: kind, orders: factory.baseOrders)
        var chosen: [(index: Int, override: SellerRecord?)] = []
        var hasMore = false
        state.withLock { state in
            let overrides = state.overrides[kind] ?? [:]
            var baseIndex = firstBaseIndex(kind, baseTotal: baseTotal, after: cursor, since: since)
            while baseIndex < baseTotal {
                if overrides[baseIndex] == nil {
                    if chosen.count == limit { hasMore = true; return }
                    chosen.append((baseIndex, nil))
                }
                baseIndex += 1
            }
            let log = state.changeLog[kind] ?? []
            var position = firstLogPosition(log, after: cursor, since: since)
            while position < log.count {
                let entry = log[position]
                position += 1
                guard let current = overrides[entry.index], current.updatedAt == entry.updatedAt else { continue }
                if let cursor, PageCursor(updatedAt: entry.updatedAt, id: current.id) <= cursor { continue }
                if chosen.count == limit { hasMore = true; return }
                chosen.append((entry.index, current))
            }
        }
        let records = chosen.map { ($0.index, $0.override ?? baseRecord(kind, at: $0.index)) }
        return (records, hasMore)
    }

    /// The first base index strictly after the cursor, or at/after `since`. Base stamps are
    /// `epoch − (total − i)·10 ms`, so the index follows from the time by arithmetic.
    private func firstBaseIndex(_ kind: EntityKind, baseTotal: Int, after cursor: PageCursor?, since: Timestamp?) -> Int {
        guard let bound = cursor?.updatedAt ?? since else { return 0 }
        let inclusive = cursor == nil
        if bound >= factory.epoch { return baseTotal }
        var index = max(0, baseTotal - Int((factory.epoch.millis - bound.millis) / 10) - 1)
        while index < baseTotal {
            let stamp = factory.baseUpdatedAt(index, of: kind)
            if inclusive ? stamp >= bound : stamp > bound { break }
            index += 1
        }
        return index
    }

    /// The first change-log position whose stamp could follow the cursor (binary search).
    private func firstLogPosition(_ log: [LogEntry], after cursor: PageCursor?, since: Timestamp?) -> Int {
        guard let bound = cursor?.updatedAt ?? since else { return 0 }
        var low = 0, high = log.count
        while low < high {
            let middle = (low + high) / 2
            if log[middle].updatedAt < bound { low = middle + 1 } else { high = middle }
        }
        return low
    }
}
