/// Where a row sits in a sorted list: its sort value and its id (the tie-breaker). A page continues strictly
/// after (or before) a key, so the key stays valid even if its row is deleted or changes meanwhile; the list
/// simply resumes at the same place in the order.
///
/// A key belongs to the sort it came from: `sortValue` is the raw column value (INTEGER for times and counts,
/// TEXT for names and statuses, NULL for a record without an expiry time). Passing it to a query with another
/// sort column is rejected when the storage class does not fit (`ListQueryError.keyDoesNotFitSort`).
public struct ListRowKey: Hashable, Sendable {
    public var sortValue: SortValue
    public var id: String

    public init(sortValue: SortValue, id: String) {
        self.sortValue = sortValue
        self.id = id
    }
}
