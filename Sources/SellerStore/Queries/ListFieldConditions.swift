import ListContract
import SellerCore

/// The SQL of each field term (`FilterParser`) on its kind's table, aliased `o` as the list planner aliases it.
/// Column names are fixed here; every value the seller typed is bound. Times and ids compare on the columns (and
/// their indexes where they lead, e.g. `orders_by_create_time`), not on the search text, so `customer:C1` does not
/// also match `C10`.
enum ListFieldConditions {
    typealias Condition = AttentionConditions.Condition

    /// `FilterField.applies(to:)` has already admitted `term.field` for `kind`. `productMatches` gives, for a
    /// `product:` value, its number among the reader's kept matches of shared texts (`SharedTextMatches`).
    static func condition(_ term: ParsedFilter.FieldTerm, kind: EntityKind,
                          productMatches: (String) -> Int64) -> Condition {
        switch term.condition {
        case .time(let from, let until):
            return range(timeColumn(term.field, kind),
                         lower: from.map { (.integer($0.millis), true) }, upper: until.map { (.integer($0.millis), false) })
        case .amount(let lower, let upper):
            // `+` keeps this form off `orders_by_amount`: the planner walks the sort index unless the amount is
            // rare (`amountCondition(_:indexed: true)`).
            return amountCondition(lower, upper, indexed: false)
        case .activities(let names):
            let list = names.map { _ in "?" }.joined(separator: ", ")
            return Condition("o.activity IN (\(list))", names.map { .text($0) })
        case .text(let value):
            return text(term.field, value, kind: kind, productMatches: productMatches)
        }
    }

    /// The indexed expression of `Schema.filterIndexes`, exactly as the index spells it.
    static let amountExpression = "CAST(o.amount AS REAL)"

    /// The amount is the decimal text KooGallery sent; REAL compares it as the seller reads it. `indexed` writes
    /// the index's own expression, so SQLite can seek `orders_by_amount`.
    static func amountCondition(_ lower: AmountBound?, _ upper: AmountBound?, indexed: Bool) -> Condition {
        range(indexed ? amountExpression : "CAST(+o.amount AS REAL)",
              lower: lower.map { (.real($0.value), $0.inclusive) }, upper: upper.map { (.real($0.value), $0.inclusive) })
    }

    static func timeColumn(_ field: FilterField, _ kind: EntityKind) -> String {
        switch field {
        case .created: "o.create_time"
        case .expire: "o.expire_time"
        case .last: "o.last_attempt_at"
        case .received: "o.received_at"
        default: "o.updated_at"
        }
    }

    /// `column >(=) ? AND column <(=) ?`, either side optional (the parser never gives neither).
    static func range(_ column: String, lower: (SQLiteValue, Bool)?, upper: (SQLiteValue, Bool)?) -> Condition {
        var parts: [Condition] = []
        if let (value, inclusive) = lower { parts.append(Condition("\(column) \(inclusive ? ">=" : ">") ?", [value])) }
        if let (value, inclusive) = upper { parts.append(Condition("\(column) \(inclusive ? "<=" : "<") ?", [value])) }
        return .all(parts)
    }

    static func text(_ field: FilterField, _ value: String, kind: EntityKind,
                     productMatches: (String) -> Int64) -> Condition {
        switch field {
        case .customer:
            return Condition("o.customer_id = ?", [CompactID.value(value)])
        case .sku:
            // For orders, an IN list built once from `order_lines_by_sku`: checking it needs only the order's
            // rowid, which every index entry ends with, where a correlated EXISTS would read the lines of every
            // order walked. The `+` keeps it a check: as a rowid lookup it would replace the sort's index.
            return Condition(kind == .orders ? "+o.rowid IN (SELECT l.order_rowid FROM order_lines AS l WHERE l.sku_code = ?)"
                             : "o.sku_code = ?", [.text(value)])
        default:
            // product: part of the name (its first `SearchSource.cutLength` characters, as a free term), or the
            // product id exactly where the kind keeps one. Both are ids of shared texts (`SharedTexts`); the
            // names the value matches come from the reader, which scans each text for it once.
            let sharedLike = SharedTexts.matched("o.product_name_ref")
            let pattern = SQLiteValue.integer(productMatches(value))
            switch kind {
            case .orders:
                let lineHas = "EXISTS (SELECT 1 FROM order_lines AS l WHERE l.order_rowid = o.rowid AND "
                    + SharedTexts.equals("l.product_id_ref") + ")"
                return Condition("(\(sharedLike) OR \(lineHas))", [pattern, .text(value)])
            case .instances:
                let idIs = SharedTexts.equals("o.product_id_ref")
                return Condition("(\(sharedLike) OR \(idIs))", [pattern, .text(value)])
            case .tickets:
                let idIs = SharedTexts.equals("o.product_id_ref")
                return Condition("(\(sharedLike) OR \(idIs))", [pattern, .text(value)])
            default: return Condition(sharedLike, [pattern])
            }
        }
    }
}
