import ListContract
import SellerCore

/// Records the sync could not decode (issue 13): their count, which the status bar shows, and the `:problems`
/// view listing them (kind, id, field path, reason). The store keeps them until a later fetch decodes, so the
/// count only falls when a record really came back.
public struct ProblemsState: Equatable, Sendable {
    /// Rows the view asks for: the first page of the store's list, in (kind, id) order; the title says how many
    /// there are in all when there are more.
    public static let pageLimit = 200

    /// The store's count; nil until first read.
    public internal(set) var count: Int?
    /// The first page, loaded while the view is open.
    public internal(set) var rows: [SyncProblem] = []
    public internal(set) var isOpen = false
    /// The selected row of the view.
    public internal(set) var selected = 0

    public init() {}

    /// The read that answers with the count, and with the rows while the view is open.
    var load: Effect { .read(.syncProblems(limit: isOpen ? Self.pageLimit : 0)) }

    /// `:problems`: opens the view and reads its rows.
    mutating func open() -> [Effect] {
        isOpen = true
        selected = 0
        return [load]
    }

    mutating func close() {
        isOpen = false
        rows = []
    }

    mutating func receive(count: Int, rows: [SyncProblem]) {
        self.count = count
        guard isOpen else { return }
        self.rows = rows
        selected = min(selected, max(0, rows.count - 1))
    }

    /// A key while the view is open: moves take the selection, anything else closes the view.
    mutating func handle(_ command: Command?, pageHeight: Int) {
        let last = max(0, rows.count - 1)
        let page = max(1, pageHeight)
        switch command {
        case .down: selected = min(last, selected + 1)
        case .up: selected = max(0, selected - 1)
        case .pageDown, .halfPageDown: selected = min(last, selected + page)
        case .pageUp, .halfPageUp: selected = max(0, selected - page)
        case .top: selected = 0
        case .bottom: selected = last
        default: close()
        }
    }
}
