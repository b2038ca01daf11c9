import ListContract
import SellerCore

/// A list request that cannot be answered as asked (a programming error of the caller, not a data problem).
public enum ListQueryError: Error, Equatable, Sendable {
    /// `column` is not one of `ListSortColumn.columns(for: kind)`.
    case sortNotAvailable(ListSortColumn, EntityKind)
    /// The key's sort value has a storage class the sort column never holds (a key kept across a sort change).
    case keyDoesNotFitSort(ListSortColumn, SortValue)
    /// A status of another kind's list (an order status in an exception query).
    case statusNotOfKind(ListStatus, EntityKind)
    /// An attention scope (named by its item) that is not a condition on `kind`'s rows.
    case scopeNotOfKind(String, EntityKind)
}
