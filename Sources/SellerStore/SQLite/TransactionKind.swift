/// How `BEGIN` takes its locks.
///
/// > DEFERRED means that the transaction does not actually start until the database is first accessed. …
/// > IMMEDIATE causes the database connection to start a new write immediately, without waiting for a write
/// > statement. … EXCLUSIVE is similar to IMMEDIATE in that a write transaction is started immediately.
/// > EXCLUSIVE and IMMEDIATE are the same in WAL mode.
public enum TransactionKind: String, Sendable, CaseIterable {
    case deferred = "DEFERRED"
    case immediate = "IMMEDIATE"
    case exclusive = "EXCLUSIVE"
}
