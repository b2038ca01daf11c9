import SellerCore

/// What makes a record need the seller, in SQL over the list alias `o`, and what it looked like when the seller
/// last saw it (issue 13 item 2). A record is "new" while it needs the seller and the `seen` table holds no row
/// with its current signature: a seen record becomes new again only when what makes it actionable changes (a
/// restarted exception failed again, a task came back to 商家确认需求, a customer wrote again).
enum AttentionSQL {
    /// The kinds that can need the seller; the others are never new.
    static let kinds: [EntityKind] = [.exceptions, .supervision, .tickets]

    /// The condition that makes a row of `kind` actionable; nil for kinds that never are.
    static func actionable(_ kind: EntityKind) -> String? {
        switch kind {
        case .exceptions: "o.state IN ('RETRYING', 'EXHAUSTED')"
        case .supervision: "o.node = 'WAIT_SELLER_CONFIRM'"
        case .tickets:
            // The IN comes first so a count can seek the status index rather than read every ticket.
            "o.status IN ('PENDING_ACCEPT', 'IN_PROGRESS', 'WAITING_CUSTOMER') AND (o.status = 'PENDING_ACCEPT' OR "
                + "(SELECT m.author FROM ticket_messages AS m WHERE m.case_id = o.case_id "
                + "ORDER BY m.position DESC LIMIT 1) = 'CUSTOMER')"
        case .orders, .instances, .calls: nil
        }
    }

    /// The part of a record that, when it changes, makes it news again.
    static func signature(_ kind: EntityKind) -> String? {
        switch kind {
        case .exceptions: "o.state || ':' || o.attempt_count"
        case .supervision: "o.node || ':' || o.node_since"
        case .tickets: "o.status || ':' || o.message_count"
        case .orders, .instances, .calls: nil
        }
    }

    /// 1 when the row is new, else 0: one primary-key probe of `seen` per actionable row.
    static func isNew(_ kind: EntityKind) -> String {
        guard let actionable = actionable(kind), let signature = signature(kind) else { return "0" }
        let id = "o." + StoreTables.key(kind)
        return "((\(actionable)) AND NOT EXISTS (SELECT 1 FROM seen AS v WHERE v.kind = '\(kind.rawValue)' "
            + "AND v.id = \(id) AND v.mark = \(signature)))"
    }
}

extension Schema {
    /// Issue 13: what the seller has seen, so "new" survives a restart. `mark` is the record's signature when
    /// it was shown (`AttentionSQL.signature`).
    static let seen = Migration(id: "2026-12-05-seen", sql: """
        CREATE TABLE seen (
            kind TEXT NOT NULL, id TEXT NOT NULL, mark TEXT NOT NULL, seen_at INTEGER NOT NULL,
            PRIMARY KEY (kind, id)) WITHOUT ROWID;
        """)
}
