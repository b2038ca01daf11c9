import SellerCore

/// The files sent with ticket messages (issue 14): written with the ticket, read back onto their messages.
extension LocalStore {
    func insertAttachments(_ files: [SupervisionFile], of caseId: String, message: Int) throws {
        let statement = try db.cachedStatement("""
            INSERT INTO ticket_message_files(case_id, message_position, position, file_name, size, sha256, uploaded_at,
                download_path) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """)
        for (position, file) in files.enumerated() {
            try statement.execute([.text(caseId), .integer(Int64(message)), .integer(Int64(position)),
                                   .text(file.fileName), .integer(file.size), SQLiteValue(file.sha256),
                                   file.uploadedAt.sqlValue, SQLiteValue(file.downloadPath)])
        }
    }

    func readAttachments(into ticket: inout Ticket) throws {
        let rows = try db.cachedStatement("""
            SELECT message_position, file_name, size, sha256, uploaded_at, download_path FROM ticket_message_files
            WHERE case_id = ? ORDER BY message_position, position
            """).rows([.text(ticket.caseId)]) { row in
                (row.int(0), SupervisionFile(fileName: row.text(1), size: row.int64(2), sha256: row.optionalText(3),
                                             kind: nil, uploadedAt: row.timestamp(4), downloadPath: row.optionalText(5)))
            }
        for (message, file) in rows where ticket.messages.indices.contains(message) {
            ticket.messages[message].attachments.append(file)
        }
    }
}
