import ListContract
import SellerCore

extension LocalStore {
    /// What needs the seller at `clock`, for the 概览 Overview, in one read: a count per attention item (each
    /// by its condition in `AttentionConditions`, the same one its list is filtered by), every list's unfiltered
    /// total for the tab bar, the outbox per state, and the last successful sync. One statement of scalar
    /// subqueries, so every figure comes from the same snapshot.
    public func attentionCounts(at clock: AttentionClock) throws -> AttentionCounts {
        var columns: [String] = []
        var binds: [SQLiteValue] = []
        let items = AttentionItem.allCases.filter { $0.kind != nil }
        for item in items {
            guard let kind = item.kind, let condition = AttentionConditions.condition(item, clock: clock) else { continue }
            columns.append("(SELECT count(*) FROM \(StoreTables.table(kind)) AS o WHERE \(condition.term))")
            binds += condition.binds
        }
        let kinds = EntityKind.allCases
        columns += try kinds.map { try totalSubquery($0) }
        columns.append("(SELECT count(*) FROM sync_rejects)")
        columns.append("(SELECT max(last_success_at) FROM sync_state)")
        let sql = "SELECT " + columns.joined(separator: ", ")
        return try db.transaction(.deferred) {
            let row = try db.cachedStatement(sql).first(binds) { row in
                (counts: items.indices.map { row.int($0) },
                 totals: kinds.indices.map { row.int(items.count + $0) },
                 rejected: row.int(items.count + kinds.count),
                 lastSync: row.optionalInt64(items.count + kinds.count + 1))
            }
            var counts: [AttentionItem: Int] = [:]
            var totals: [EntityKind: Int] = [:]
            if let row {
                for (item, count) in zip(items, row.counts) { counts[item] = count }
                for (kind, total) in zip(kinds, row.totals) { totals[kind] = total }
                counts[.syncProblems] = row.rejected
            }
            let byState = try outboxCounts()
            var result = AttentionCounts(counts: counts, lastSyncAt: row?.lastSync.map(Timestamp.init(millis:)),
                                         totals: totals, outboxByState: byState, clock: clock)
            for item in AttentionItem.allCases {
                if let states = item.outboxStates { result.counts[item] = result.outboxCount(states: states) }
            }
            return result
        }
    }
}
