extension Schema {
    /// Issue 14: where the gateway serves each requirement attachment and deliverable, so `s` in a task's detail
    /// can download them without asking the gateway for the task again. Null for files synced before it, and
    /// for files the gateway only describes.
    static let attachmentDownloads = Migration(id: "2026-12-08-attachment-downloads", sql: """
        ALTER TABLE supervision_files ADD COLUMN download_path TEXT;
        """)
}
