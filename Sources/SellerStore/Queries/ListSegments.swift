import ListContract
import SellerCore

/// A list's total order cut into pieces that each map onto one plain index range.
///
/// Most sorts are one segment ordered by `(column, id)`. Two are not, because SQLite cannot seek them with a
/// single row-value comparison:
/// - a nullable column (instances' expiry): the non-NULL values by `(column, id)`, then the NULLs by id
///   (ascending; descending is the exact reverse). NULL as "last" matches what a seller means by "no expiry",
///   and each piece is a range of the ordinary `(expire_time, instance_id)` index.
/// - sorting by the status column with a status filter: one segment per chosen status, ordered by id, each an
///   index range `status = ? AND id > ?` (a row-value bound next to `status = ?` is not used for the seek).
///
/// A page starts in the segment its key falls in and continues into the following ones until it is full.
struct ListSegments {
    struct Segment {
        /// Extra WHERE term for this piece (`o.expire_time IS NULL`, `o.status = ?`), nil for the whole list.
        let condition: String?
        let binds: [SQLiteValue]
        /// True when the column is constant inside the segment, so it is ordered and keyed by id alone.
        let byID: Bool
    }

    let segments: [Segment]
    private let shape: Shape
    private let ascending: Bool

    private enum Shape {
        case single
        /// The chosen statuses in page order.
        case statuses([String])
        /// Where the NULL segment is in page order.
        case nullable(nullIndex: Int)
    }

    /// `statuses` must already be de-duplicated; they become segments only when `sort.isStatus`.
    init(sort: ListSortSpec, statuses: [String], statusColumn: String, ascending: Bool) {
        let column = "o.\(sort.sqlColumn)"
        if sort.isStatus && !statuses.isEmpty {
            let sorted = statuses.sorted(by: Self.binaryLess)
            let ordered = ascending ? sorted : sorted.reversed()
            segments = ordered.map { Segment(condition: "o.\(statusColumn) = ?", binds: [.text($0)], byID: true) }
            shape = .statuses(ordered)
        } else if sort.isNullable {
            let values = Segment(condition: "\(column) IS NOT NULL", binds: [], byID: false)
            let nulls = Segment(condition: "\(column) IS NULL", binds: [], byID: true)
            segments = ascending ? [values, nulls] : [nulls, values]
            shape = .nullable(nullIndex: ascending ? 1 : 0)
        } else {
            segments = [Segment(condition: nil, binds: [], byID: sort.isID)]
            shape = .single
        }
        self.ascending = ascending
    }

    /// The segment a page after `key` starts in, and whether the key bounds it (false: start at its beginning).
    func start(after key: ListRowKey?) -> (index: Int, keyed: Bool) {
        guard let key else { return (0, false) }
        switch shape {
        case .single:
            return (0, true)
        case .nullable(let nullIndex):
            return (key.sortValue == .null ? nullIndex : 1 - nullIndex, true)
        case .statuses(let ordered):
            guard case .text(let value) = key.sortValue else { return (ordered.count, false) }
            // The first status at or beyond the key's in page order; the key's own status resumes after its id.
            let index = ordered.firstIndex { status in
                status == value || (ascending ? Self.binaryLess(value, status) : Self.binaryLess(status, value))
            } ?? ordered.count
            return (index, index < ordered.count && ordered[index] == value)
        }
    }

    /// SQLite's BINARY collation: byte order of the UTF-8 text (Swift's `<` on String is not that).
    static func binaryLess(_ lhs: String, _ rhs: String) -> Bool {
        lhs.utf8.lexicographicallyPrecedes(rhs.utf8)
    }
}
