extension Schema {
    /// Issue 12, the journal's projection (`LocalStore+JournalMessages.swift`): which message each scenario key
    /// opened, episode by episode (a failure after a recovery opens the next); a partial index so the window
    /// refresh visits only the journal's retrying messages, never the gateway's; and a mark on the orders and
    /// instances derived from calls, so a synced copy (always richer) replaces them whatever their times.
    static let journalProjection = Migration(id: "2026-12-05-journal-projection", sql: """
        CREATE TABLE journal_messages (
            message_key TEXT NOT NULL, episode INTEGER NOT NULL, message_id TEXT NOT NULL UNIQUE,
            PRIMARY KEY (message_key, episode)) WITHOUT ROWID;
        CREATE INDEX messages_journal_retrying ON produce_messages(window_ends_at)
            WHERE source = 'journal' AND state = 'RETRYING';
        ALTER TABLE orders ADD COLUMN from_journal INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE instances ADD COLUMN from_journal INTEGER NOT NULL DEFAULT 0;
        """)
}
