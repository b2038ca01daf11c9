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
/// Names and text are found by any piece; ids by their start, as `:goto` finds them, and the index keeps only an
/// id's first `indexedIdLength` characters. A random id adds about one index entry per character: at 100,000
/// orders the orders' and instances' indexes were 24.5 MB with whole ids and are 16.0 MB with their starts.
/// A label change in SellerCore changes this text: such a change needs a migration that rebuilds the index
/// (`INSERT INTO x(x) VALUES('rebuild')`), or a row indexed under the old label cannot be taken out exactly.
enum SearchSource {
    /// How a term is found in a part: anywhere in a name or text, only at the start of an id, or anywhere in a
    /// shared text, whose check binds the ids of the shared texts the term matches (`SharedTextMatches`).
    enum Reach: Sendable {
        case anywhere
        case fromStart
        case sharedText
    }

    /// One part of the search text: an SQL expression over the record's columns (alias `o`), how it is searched,
    /// and the SQL that checks it against a bound `LIKE` pattern (a cheaper form where `sql` reads another table).
    struct Part: Sendable {
        let sql: String
        let reach: Reach
        let check: String

        init(sql: String, reach: Reach, check: String? = nil) {
            self.sql = sql
            self.reach = reach
            self.check = check ?? "\(sql) LIKE ? ESCAPE '\\'"
        }
    }

    /// An id's characters the trigram index keeps: enough to tell apart the orders of one minute (`CS` and ten
    /// digits of time), a third of a customer id, a UUID's first two groups. A term is asked of the index by its
    /// first `indexedIdLength` characters (`ListFilter.trigrams`), so a whole id pasted in is still found.
    static let indexedIdLength = 12

    /// The parts of `kind`, its columns qualified with the alias `o`.
    static func searchParts(_ kind: EntityKind) -> [Part] { partLists[kind] ?? [] }

    private static let partLists = Dictionary(uniqueKeysWithValues: EntityKind.allCases.map { ($0, parts($0)) })

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

    /// The store a view reads: a migration creates its views over the store as it stands when the migration runs,
    /// not as the last migration leaves it.
    /// Layouts are in the order their migrations run, so a later one keeps what the earlier ones changed.
    enum Layout: Comparable, Sendable {
        /// Before `Schema.compactOrderLines`: an order's SKU codes are read from its lines, found by the order id.
        case linesByOrderId
        /// Before `Schema.sharedTexts`: the order keeps its SKU codes, each record its own product name.
        case productsInline
        /// Orders', lines' and instances' product names are ids of `shared_texts` rows (`SharedTexts`).
        case sharedProducts
        /// Customer names, and the product names of the other kinds, are shared too (`Schema.sharedNames`): the
        /// store now.
        case sharedNames
    }

    /// Free text is searched by its first 512 characters, so a megabyte field does not bloat the index.
    static let cutLength = 512

    /// One term's check on a row: an `OR` of `part LIKE ? ESCAPE '\\'` over the parts, with a placeholder per
    /// part in `reaches` order: bind `%term%` where the part is searched anywhere, `term%` where from its start,
    /// and the matching ids for a shared text (`ListTable.likeCheck`). A term holds no whitespace
    /// (`ListFilter.terms`), so each part is checked alone.
    static func termCheck(_ kind: EntityKind) -> (sql: String, reaches: [Reach]) {
        termChecks[kind] ?? ("0", [])
    }

    private static let termChecks = Dictionary(uniqueKeysWithValues: EntityKind.allCases.map { kind in
        let parts = parts(kind)
        return (kind, (sql: "(" + parts.map(\.check).joined(separator: " OR ") + ")",
                       reaches: parts.map(\.reach)))
    })

    /// The order's SKU codes read from its lines, for stores whose orders predate the `sku_codes` column.
    private static func lineSKUs(_ o: String) -> String {
        "(SELECT group_concat(l.sku_code, ' ') FROM order_lines AS l WHERE l.order_id = \(o).order_id)"
    }

    /// The kind's search text, part by part: ids (searched from their start) and names, texts and labels
    /// (searched anywhere).
    private static func parts(_ kind: EntityKind, layout: Layout = .sharedNames) -> [Part] {
        let o = "o"
        /// A name column, read through its id once `sharedFrom`'s migration has moved it into `shared_texts`.
        func name(_ column: String, sharedFrom: Layout) -> Part {
            layout >= sharedFrom ? shared("\(o).\(column)_ref") : cut("\(o).\(column)")
        }
        let product = name("product_name", sharedFrom: .sharedProducts)
        let customer = name("customer_name", sharedFrom: .sharedNames)
        let ownProduct = name("product_name", sharedFrom: .sharedNames)
        switch kind {
        case .orders:
            return [id("\(o).order_id"), customer, cut("\(o).user_name"), product,
                    label("\(o).order_type", OrderType.self), label("\(o).status", OrderStatus.self),
                    id(CompactID.text(of: "\(o).customer_id")),
                    text(layout == .linesByOrderId ? lineSKUs(o) : "\(o).sku_codes")]
        case .instances:
            return [id("\(o).instance_id"), id("\(o).order_id"), customer, product,
                    id(CompactID.text(of: "\(o).customer_id")), text("\(o).sku_code"),
                    label("\(o).status", InstanceStatus.self)]
        case .exceptions:
            return [id("\(o).message_id"), id("\(o).order_id"), id("\(o).instance_id"), customer, ownProduct,
                    text("\(o).activity"), label("\(o).activity", Activity.self),
                    cut("\(o).exception_info"), text("\(o).result_code"), label("\(o).state", ExceptionState.self),
                    text("'source:' || \(o).source"), label("\(o).source", MessageSource.self)]
        case .supervision:
            return [id("\(o).task_id"), id("\(o).order_id"), customer, ownProduct,
                    label("\(o).node", SupervisionNode.self), label("\(o).scenario", SupervisionScenario.self),
                    label("\(o).flow_kind", FlowKind.self), cut("\(o).requirement_text")]
        case .tickets:
            return [id("\(o).case_id"), id("\(o).order_id"), customer, ownProduct,
                    cut("\(o).title"), label("\(o).status", TicketStatus.self), cut("\(o).assignee"),
                    id(CompactID.text(of: "\(o).customer_id"))]
        case .calls:
            return ["call_id", "order_id", "order_line_id", "instance_id", "license", "event_id", "message_id"]
                .map { id("\(o).\($0)") }
                + [text("nullif('activity:' || \(o).activity, 'activity:')"), label("\(o).activity", Activity.self),
                   text("'outcome:' || \(o).outcome"), label("\(o).outcome", CallOutcome.self),
                   text("'signature:' || \(o).signature"), label("\(o).signature", SignatureVerdict.self),
                   text("'origin:' || \(o).origin"), label("\(o).origin", CallOrigin.self),
                   text("CASE WHEN \(o).test_flag = 1 THEN 'testFlag:1' END"), text("'http:' || \(o).status"),
                   text("\(o).result_code"), text("'failure:' || \(o).failure_kind"),
                   label("\(o).failure_kind", CallFailureKind.self), cut("\(o).failure_detail"),
                   id("\(o).answered_instance_id")]
        }
    }

    private static func text(_ sql: String) -> Part { Part(sql: sql, reach: .anywhere) }

    private static func id(_ sql: String) -> Part { Part(sql: sql, reach: .fromStart) }

    /// What the trigram index keeps of a part: an id's first `indexedIdLength` characters, any other part whole.
    private static func indexed(_ part: Part) -> String {
        part.reach == .fromStart ? "substr(\(part.sql), 1, \(indexedIdLength))" : part.sql
    }

    /// The view the trigram index reads its text from: `rid` (the record's rowid), `key` and the parts
    /// (`columns`).
    static func viewName(_ kind: EntityKind) -> String { StoreTables.table(kind) + "_search_source" }

    /// Creates the view and the external-content trigram index of `kind`, filled from the records there are.
    /// `detail=none` keeps only which rows hold a trigram, not where: about a third of a full index. A MATCH is
    /// then a set of single trigrams (`ListFilter.matchExpression`), a superset the `LIKE` check narrows.
    /// `layout` is the store of the migration that runs it.
    static func createSQL(_ kind: EntityKind, layout: Layout = .sharedNames) -> String {
        let search = StoreTables.search(kind), view = viewName(kind)
        return """
            \(createViewSQL(kind, layout: layout))
            CREATE VIRTUAL TABLE \(search) USING fts5(\(columns(kind)), content = '\(view)', content_rowid = 'rid',
                tokenize = 'trigram', detail = none, columnsize = 0);
            INSERT INTO \(search)(\(search)) VALUES ('rebuild');
            """
    }

    /// The view alone (the compact order lines re-create the orders' view over the same text).
    static func createViewSQL(_ kind: EntityKind, layout: Layout = .sharedNames) -> String {
        """
        CREATE VIEW \(viewName(kind))(rid, key, \(columns(kind))) AS
            SELECT o.rowid, o.\(StoreTables.key(kind)),
                \(parts(kind, layout: layout).map(indexed).joined(separator: ", "))
            FROM \(StoreTables.table(kind)) AS o;
        """
    }

    /// `substr(column, 1, 512)`: long free text is searched by its beginning.
    private static func cut(_ column: String) -> Part { text("substr(\(column), 1, \(cutLength))") }

    /// A shared text (`SharedTexts`) cut like `cut`: the view reads it through its id, a term check looks the
    /// row's id up among the texts the term matches, which the reader keeps (`SharedTextMatches`).
    private static func shared(_ ref: String) -> Part {
        Part(sql: "substr(\(SharedTexts.text(ref)), 1, \(cutLength))", reach: .sharedText,
             check: SharedTexts.matched(ref))
    }

    /// The Chinese label of the enum stored in `column`, or NULL for a value the enum does not know.
    private static func label<E: LabeledEnum>(_ column: String, _ type: E.Type) -> Part {
        let arms = E.allCases.map { "WHEN \(quote($0.rawValue)) THEN \(quote($0.label))" }
        return text("CASE \(column) \(arms.joined(separator: " ")) END")
    }

    private static func quote(_ text: String) -> String {
        "'" + text.replacingOccurrences(of: "'", with: "''") + "'"
    }
}
