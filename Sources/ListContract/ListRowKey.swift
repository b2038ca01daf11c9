/// Where a row sits in a sorted list: its sort value and its record's rowid (the tie-breaker). A page continues
/// strictly after (or before) a key, so the key stays valid even if its row is deleted or changes meanwhile; the
/// list simply resumes at the same place in the order.
///
/// A key belongs to the sort it came from: `sortValue` is the raw column value (INTEGER for times and counts,
/// TEXT for names and statuses, NULL for a record without an expiry time). Passing it to a query with another
/// sort column is rejected when the storage class does not fit (`ListQueryError.keyDoesNotFitSort`).
public struct ListRowKey: Hashable, Sendable {
    public var sortValue: SortValue
    /// The record's rowid in its table: rows with equal sort values are ordered by it (arrival order), because
    /// every index already ends with it, so a sort index needs no id column of its own (issue 15). The store keeps
    /// it across re-syncs of the record; a sort by the id column itself does not use it.
    public var rowid: Int64
    /// The record id, for the UI (selection, actions, detail); a sort by the id column continues after it.
    public var id: String

    public init(sortValue: SortValue, rowid: Int64, id: String) {
        self.sortValue = sortValue
        self.rowid = rowid
        self.id = id
    }
}
