/// The value a list is sorted by, as stored: an integer (times, counts), text (names, statuses) or nothing (a
/// record without an expiry time). It is part of a row's key, so a page can continue after any row.
public enum SortValue: Hashable, Sendable {
    case null
    case integer(Int64)
    case text(String)
}
