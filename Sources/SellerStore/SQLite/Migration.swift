/// One step of the schema, applied once and then never edited: a later change is a new migration appended to
/// the list. `sql` is plain SQL (possibly several statements), never built from app types, so an old migration
/// keeps meaning the same thing however the code evolves.
public struct Migration: Sendable, Hashable {
    /// A stable, unique, date-prefixed identifier such as `"2025-01-create-orders"`; recorded once applied.
    public let id: String
    public let sql: String

    public init(id: String, sql: String) {
        self.id = id
        self.sql = sql
    }
}
