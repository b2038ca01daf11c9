import SellerCore

extension LocalStore {
    /// `rowid` nil: a new record gets the next rowid; a replaced one passes its old rowid (`upsert`).
    func insert(_ ticket: Ticket, rowid: Int64? = nil) throws {
        let productId = try sharedTextID(ticket.productId), productName = try sharedTextID(ticket.productName)
        let customerName = try sharedTextID(ticket.customerName)
        try db.cachedStatement("""
            INSERT OR FAIL INTO tickets(rowid, case_id, order_id, product_id_ref, product_name_ref, customer_id,
                customer_name_ref, assignee, title, status, create_time, cause, solution, message_count,
                last_message_at, updated_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """).execute([
                SQLiteValue(rowid),
                .text(ticket.caseId), SQLiteValue(ticket.orderId), productId, productName,
                CompactID.value(ticket.customerId), customerName, .text(ticket.assignee),
                .text(ticket.title), .text(ticket.status.rawValue), ticket.createTime.sqlValue,
                SQLiteValue(ticket.cause),
                SQLiteValue(ticket.solution), .integer(Int64(ticket.messages.count)),
                ticket.messages.last?.createTime.sqlValue ?? .null, ticket.updatedAt.sqlValue,
            ])
        let message = try db.cachedStatement("""
            INSERT INTO ticket_messages(case_id, position, message_id, author, content, create_time)
            VALUES (?, ?, ?, ?, ?, ?)
            """)
        for (position, item) in ticket.messages.enumerated() {
            try message.execute([.text(ticket.caseId), .integer(Int64(position)), .text(item.messageId),
                                 .text(item.author.rawValue), .text(item.content), item.createTime.sqlValue])
            if !item.attachments.isEmpty { try insertAttachments(item.attachments, of: ticket.caseId, message: position) }
        }
    }

    public func ticket(id: String) throws -> Ticket? {
        guard var ticket = try db.cachedStatement("""
            SELECT case_id, order_id, \(SharedTexts.text("product_id_ref")), \(SharedTexts.text("product_name_ref")),
                customer_id, \(SharedTexts.text("customer_name_ref")), assignee, title, status, create_time, cause,
                solution, updated_at FROM tickets WHERE case_id = ?
            """).first([.text(id)], { row in
                Ticket(caseId: row.text(0), orderId: row.optionalText(1), productId: row.text(2),
                       productName: row.text(3), customerId: row.compactID(4), customerName: row.text(5),
                       assignee: row.text(6), title: row.text(7), status: row.enumValue(8, TicketStatus.inProgress),
                       createTime: row.timestamp(9), messages: [], cause: row.optionalText(10),
                       solution: row.optionalText(11), updatedAt: row.timestamp(12))
            }) else { return nil }
        ticket.messages = try db.cachedStatement("""
            SELECT message_id, author, content, create_time FROM ticket_messages WHERE case_id = ? ORDER BY position
            """).rows([.text(id)]) { row in
                TicketMessage(messageId: row.text(0), author: row.enumValue(1, TicketAuthor.customer),
                              content: row.text(2), createTime: row.timestamp(3))
            }
        try readAttachments(into: &ticket)
        return ticket
    }

    /// Any record by kind and id, for detail panes and comparisons.
    public func record(_ kind: EntityKind, id: String) throws -> SellerRecord? {
        switch kind {
        case .orders: try order(id: id).map(SellerRecord.order)
        case .instances: try instance(id: id).map(SellerRecord.instance)
        case .exceptions: try exception(id: id).map(SellerRecord.exception)
        case .supervision: try supervisionTask(id: id).map(SellerRecord.supervision)
        case .tickets: try ticket(id: id).map(SellerRecord.ticket)
        case .calls: try call(id: id).map(SellerRecord.call)
        }
    }
}
