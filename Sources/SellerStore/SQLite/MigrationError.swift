/// Why the migrator refused to run or stopped.
public enum MigrationError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The database records migrations this build does not know: it was written by a newer build, and this
    /// one must not touch a schema it does not understand.
    case unknownAppliedMigrations([String])
    /// The migration left rows whose foreign keys point nowhere; it was rolled back.
    case foreignKeyViolations(migration: String, [ForeignKeyViolation])

    public var description: String {
        switch self {
        case .unknownAppliedMigrations(let ids):
            "the database was migrated by a newer version (unknown migrations: \(ids.joined(separator: ", ")))"
        case .foreignKeyViolations(let id, let violations):
            "migration \(id) broke \(violations.count) foreign key reference(s), first in table "
                + "\(violations.first?.table ?? "?")"
        }
    }
}
