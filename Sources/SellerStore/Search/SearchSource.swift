import Foundation
import SellerCore

/// The text a seller's free-text filter searches, per kind, as SQL expressions over the record's own columns, one
/// per part (issue 15). It is the single definition of that text: the `…_search_source` views hand the parts to
/// the trigram index (an external-content FTS5 table, so the store keeps no second copy of them), one column
/// each, and the list queries check each term with `LIKE` against the same parts of the row they already read.
///
/// One column per part, not the parts joined by spaces: the trigram tokenizer runs across the whole of a column,
/// so a joined text also indexed the trigrams that straddle each space (`名 新`, ` 新购`), which no term can ask
/// for (terms hold no whitespace). At 100,000 orders they were 17 % of the orders' index and 14 % of the
/// instances'. `detail=none` keeps no column numbers, so the extra columns cost the index nothing.
///
/// What goes in: the record's ids, names and free text (each cut at 512 characters, so a megabyte field does
/// not bloat the index), and the Chinese labels of its enums beside their raw values where a seller types those.
/// A label change in SellerCore changes this text: such a change needs a migration that rebuilds the index
/// (`INSERT INTO x(x) VALUES('rebuild')`), or a row indexed under the old label cannot be taken out exactly.
enum SearchSource {
    /// The parts of `kind` joined by spaces, its columns qualified with the alias `o`: the text a term is a
    /// substring of, which `termCheck` checks part by part.
    static func expression(_ kind: EntityKind) -> String { joined(parts(kind)) }

    /// The index's and the view's text columns of `kind`, one per part: `t0, t1, …`.
    static func columns(_ kind: EntityKind) -> String { columnLists[kind] ?? "t0" }

    private static let columnLists = Dictionary(uniqueKeysWithValues: EntityKind.allCases.map { kind in
        (kind, parts(kind).indices.map { "t\($0)" }.joined(separator: ", "))
    })

    /// A `?` for the rowid and one per column of `kind`: the `VALUES` of a row written to the index by hand.
    static func rowPlaceholders(_ kind: EntityKind) -> String { placeholderLists[kind] ?? "?, ?" }

    private static let placeholderLists = Dictionary(uniqueKeysWithValues: EntityKind.allCases.map { kind in
        (kind, Array(repeating: "?", count: parts(kind).count + 1).joined(separator: ", "))
    })

    /// Where an order's SKU codes are read from: the order's own `sku_codes` since the compact order lines
    /// (`Schema.compactOrderLines`), or its lines, found by the order id, in the migrations that ran before them.
    enum OrderSKUs {
        case orderColumn
        case linesByOrderId
    }

    /// One term's check on a row: an `OR` of `part LIKE ? ESCAPE '\'` over the parts, with `binds` placeholders
    /// (the same `%term%` pattern for each). A term holds no whitespace (`ListFilter.terms`), so it cannot match
    /// across the spaces that join the parts: a match in the joined text is a match in one part, and this check
    /// gives the same rows as `expression LIKE ?` without building the joined text of every row walked.
    static func termCheck(_ kind: EntityKind) -> (sql: String, binds: Int) { termChecks[kind] ?? ("0", 0) }

    /// A NULL part is left out rather than making the whole text NULL; the spaces keep words apart.
    private static func joined(_ parts: [String]) -> String {
        parts.map { "ifnull(\($0), '')" }.joined(separator: " || ' ' || ")
    }

    private static let termChecks = Dictionary(uniqueKeysWithValues: EntityKind.allCases.map { kind in
        let parts = parts(kind)
        return (kind, (sql: "(" + parts.map { "\($0) LIKE ? ESCAPE '\\'" }.joined(separator: " OR ") + ")",
                       binds: parts.count))
    })

    /// The order's SKU codes read from its lines, for stores whose orders predate the `sku_codes` column.
    private static func lineSKUs(_ o: String) -> String {
        "(SELECT group_concat(l.sku_code, ' ') FROM order_lines AS l WHERE l.order_id = \(o).order_id)"
    }

    /// The SQL expressions whose texts, joined by spaces, are the kind's search text.
    private static func parts(_ kind: EntityKind, skus: OrderSKUs = .orderColumn) -> [String] {
        let o = "o"
        let parts: [String]
        switch kind {
        case .orders:
            parts = ["\(o).order_id", cut("\(o).customer_name"), cut("\(o).user_name"), cut("\(o).product_name"),
                     label("\(o).order_type", OrderType.self), label("\(o).status", OrderStatus.self),
                     CompactID.text(of: "\(o).customer_id"),
                     skus == .orderColumn ? "\(o).sku_codes" : lineSKUs(o)]
        case .instances:
            parts = ["\(o).instance_id", "\(o).order_id", cut("\(o).customer_name"), cut("\(o).product_name"),
                     CompactID.text(of: "\(o).customer_id"), "\(o).sku_code",
                     label("\(o).status", InstanceStatus.self)]
        case .exceptions:
            parts = ["\(o).message_id", "\(o).order_id", "\(o).instance_id", cut("\(o).customer_name"),
                     cut("\(o).product_name"), "\(o).activity", label("\(o).activity", Activity.self),
                     cut("\(o).exception_info"), "\(o).result_code", label("\(o).state", ExceptionState.self),
                     "'source:' || \(o).source", label("\(o).source", MessageSource.self)]
        case .supervision:
            parts = ["\(o).task_id", "\(o).order_id", cut("\(o).customer_name"), cut("\(o).product_name"),
                     label("\(o).node", SupervisionNode.self), label("\(o).scenario", SupervisionScenario.self),
                     label("\(o).flow_kind", FlowKind.self), cut("\(o).requirement_text")]
        case .tickets:
            parts = ["\(o).case_id", "\(o).order_id", cut("\(o).customer_name"), cut("\(o).product_name"),
                     cut("\(o).title"), label("\(o).status", TicketStatus.self), cut("\(o).assignee"),
                     CompactID.text(of: "\(o).customer_id")]
        case .calls:
            parts = ["\(o).call_id", "\(o).order_id", "\(o).order_line_id", "\(o).instance_id", "\(o).license",
                     "\(o).event_id", "\(o).message_id", "nullif('activity:' || \(o).activity, 'activity:')",
                     label("\(o).activity", Activity.self),
                     "'outcome:' || \(o).outcome", label("\(o).outcome", CallOutcome.self),
                     "'signature:' || \(o).signature", label("\(o).signature", SignatureVerdict.self),
                     "'origin:' || \(o).origin", label("\(o).origin", CallOrigin.self),
                     "CASE WHEN \(o).test_flag = 1 THEN 'testFlag:1' END", "'http:' || \(o).status",
                     "\(o).result_code", "'failure:' || \(o).failure_kind",
                     label("\(o).failure_kind", CallFailureKind.self), cut("\(o).failure_detail"),
                     "\(o).answered_instance_id"]
        }
        return parts
    }

    /// The view the trigram index reads its text from: `rid` (the record's rowid), `key` and the parts
    /// (`columns`).
    static func viewName(_ kind: EntityKind) -> String { StoreTables.table(kind) + "_search_source" }

    /// Creates the view and the external-content trigram index of `kind`, filled from the records there are.
    /// `detail=none` keeps only which rows hold a trigram, not where: about a third of a full index. A MATCH is
    /// then a set of single trigrams (`ListFilter.matchExpression`), a superset the `LIKE` check narrows.
    /// `skus` is where the store of the migration that runs it keeps an order's SKU codes.
    static func createSQL(_ kind: EntityKind, skus: OrderSKUs = .orderColumn) -> String {
        let search = StoreTables.search(kind), view = viewName(kind)
        return """
            \(createViewSQL(kind, skus: skus))
            CREATE VIRTUAL TABLE \(search) USING fts5(\(columns(kind)), content = '\(view)', content_rowid = 'rid',
                tokenize = 'trigram', detail = none, columnsize = 0);
            INSERT INTO \(search)(\(search)) VALUES ('rebuild');
            """
    }

    /// The view alone (the compact order lines re-create the orders' view over the same text).
    static func createViewSQL(_ kind: EntityKind, skus: OrderSKUs = .orderColumn) -> String {
        """
        CREATE VIEW \(viewName(kind))(rid, key, \(columns(kind))) AS
            SELECT o.rowid, o.\(StoreTables.key(kind)), \(parts(kind, skus: skus).joined(separator: ", "))
            FROM \(StoreTables.table(kind)) AS o;
        """
    }

    /// `substr(column, 1, 512)`: long free text is searched by its beginning.
    private static func cut(_ column: String) -> String { "substr(\(column), 1, 512)" }

    /// The Chinese label of the enum stored in `column`, or NULL for a value the enum does not know.
    private static func label<E: LabeledEnum>(_ column: String, _ type: E.Type) -> String {
        let arms = E.allCases.map { "WHEN \(quote($0.rawValue)) THEN \(quote($0.label))" }
        return "CASE \(column) \(arms.joined(separator: " ")) END"
    }

    private static func quote(_ text: String) -> String {
        "'" + text.replacingOccurrences(of: "'", with: "''") + "'"
    }
}
