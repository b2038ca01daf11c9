extension Schema {
    /// Issue 14: where the gateway serves each requirement attachment and deliverable, so `s` in a task's detail
    /// can download them without asking the gateway for the task again. Null for files synced before it, and
    /// for files the gateway only describes.
    static let attachmentDownloads = Migration(id: "2026-12-08-attachment-downloads", sql: """
        ALTER TABLE supervision_files ADD COLUMN download_path TEXT;
        """)

    /// Issue 14: the files sent with a ticket message (a reply's attachments), by message position.
    static let ticketAttachments = Migration(id: "2026-12-08-ticket-attachments", sql: """
        CREATE TABLE ticket_message_files (
            case_id TEXT NOT NULL REFERENCES tickets(case_id) ON DELETE CASCADE,
            message_position INTEGER NOT NULL, position INTEGER NOT NULL, file_name TEXT NOT NULL,
            size INTEGER NOT NULL, sha256 TEXT, uploaded_at INTEGER NOT NULL, download_path TEXT,
            PRIMARY KEY (case_id, message_position, position)) WITHOUT ROWID;
        """)
}
