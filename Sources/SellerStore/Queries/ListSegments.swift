import ListContract
import SellerCore

/// A list's total order cut into pieces that each map onto one plain index range.
///
/// Most sorts are one segment ordered by `(column, rowid)`: every index ends with the rowid, so `(column)` alone
/// serves it. Two are not, because SQLite cannot seek them with a single range:
/// - a nullable column (instances' expiry): the non-NULL values by `(column, rowid)`, then the NULLs by rowid
///   (ascending; descending is the exact reverse). NULL as "last" matches what a seller means by "no expiry",
///   and each piece is a range of the ordinary `(expire_time)` index.
/// - sorting by the status column with a status filter: one segment per chosen status, ordered by rowid, each an
///   index range `status = ? AND rowid > ?`.
///
/// A page starts in the segment its key falls in and continues into the following ones until it is full.
struct ListSegments {
    /// How rows are ordered inside a segment, and so what a key bounds there.
    enum Order {
        /// By the sort column, ties by rowid.
        case columnThenRowid
        /// By rowid alone: the column is constant inside the segment (one status, the NULLs).
        case rowid
        /// By the id column itself (the sort is the id): unique, on the primary key's index.
        case id
    }

    struct Segment {
        /// Extra WHERE term for this piece (`o.expire_time IS NULL`, `o.status = ?`), nil for the whole list.
        let condition: String?
        let binds: [SQLiteValue]
        let order: Order
    }

    /// Where a statement starts inside its segment.
    enum Bound {
        /// At the segment's beginning.
        case none
        /// The rest of the key's tie: rows with the key's sort value after its rowid. SQLite seeks a row value
        /// `(column, rowid) > (?, ?)` on the column alone and would step through the whole tie (hundreds of
        /// thousands of rows for a status), while `column = ? AND rowid > ?` is one seek.
        case tie(SortValue, rowid: Int64)
        /// The rows whose sort value lies strictly past the key's.
        case past(SortValue)
        /// In a segment ordered by rowid.
        case rowid(Int64)
        /// In a segment ordered by id.
        case id(String)
    }

    /// One statement of a page: a segment and where in it to start.
    struct Step {
        let segment: Int
        let bound: Bound
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
            segments = ordered.map { Segment(condition: "o.\(statusColumn) = ?", binds: [.text($0)], order: .rowid) }
            shape = .statuses(ordered)
        } else if sort.isNullable {
            let values = Segment(condition: "\(column) IS NOT NULL", binds: [], order: .columnThenRowid)
            let nulls = Segment(condition: "\(column) IS NULL", binds: [], order: .rowid)
            segments = ascending ? [values, nulls] : [nulls, values]
            shape = .nullable(nullIndex: ascending ? 1 : 0)
        } else {
            segments = [Segment(condition: nil, binds: [], order: sort.isID ? .id : .columnThenRowid)]
            shape = .single
        }
        self.ascending = ascending
    }

    /// The statements of a page after `key`, in page order: the rest of the key's segment (two for a tie and
    /// what lies past it), then every following segment from its beginning.
    func steps(after key: ListRowKey?) -> [Step] {
        let (start, keyed) = start(after: key)
        guard start < segments.count else { return [] }
        var steps: [Step] = []
        if let key, keyed {
            switch segments[start].order {
            case .id: steps.append(Step(segment: start, bound: .id(key.id)))
            case .rowid: steps.append(Step(segment: start, bound: .rowid(key.rowid)))
            case .columnThenRowid:
                steps.append(Step(segment: start, bound: .tie(key.sortValue, rowid: key.rowid)))
                steps.append(Step(segment: start, bound: .past(key.sortValue)))
            }
        } else {
            steps.append(Step(segment: start, bound: .none))
        }
        return steps + (start + 1 ..< segments.count).map { Step(segment: $0, bound: .none) }
    }

    /// The segment a page after `key` starts in, and whether the key bounds it (false: start at its beginning).
    private func start(after key: ListRowKey?) -> (index: Int, keyed: Bool) {
        guard let key else { return (0, false) }
        switch shape {
        case .single:
            return (0, true)
        case .nullable(let nullIndex):
            return (key.sortValue == .null ? nullIndex : 1 - nullIndex, true)
        case .statuses(let ordered):
            guard case .text(let value) = key.sortValue else { return (ordered.count, false) }
            // The first status at or beyond the key's in page order; the key's own status resumes after its rowid.
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
