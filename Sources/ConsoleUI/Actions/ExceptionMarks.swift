import ListContract
import SellerCore

/// Rows of the Exceptions tab marked for a bulk 重新启动: chosen one by one with Space (each with the label the
/// dialog lists), or "every row the query matches" with `*`, which is kept as the query itself, because the
/// rows loaded are only a window of it; the runtime expands it with `LocalStore.ids(matching:limit:)`.
public enum ExceptionMarks: Equatable, Sendable {
    public struct Marked: Hashable, Sendable {
        public var id: String
        public var label: String
    }

    case none
    case rows([Marked])
    case allMatching(StoreListQuery)

    /// Restarting "all matching" stops here; the dialog says so.
    public static let allMatchingCap = 10_000

    public var isEmpty: Bool {
        switch self {
        case .none: true
        case .rows(let rows): rows.isEmpty
        case .allMatching: false
        }
    }

    public func contains(_ id: String) -> Bool {
        switch self {
        case .none: false
        case .rows(let rows): rows.contains { $0.id == id }
        case .allMatching: true
        }
    }

    /// Marks the row, or unmarks it when it is marked.
    mutating func toggle(_ id: String, label: String) {
        var rows: [Marked] = []
        if case .rows(let current) = self { rows = current }
        if let index = rows.firstIndex(where: { $0.id == id }) {
            rows.remove(at: index)
        } else {
            rows.append(Marked(id: id, label: label))
        }
        self = rows.isEmpty ? .none : .rows(rows)
    }
}
