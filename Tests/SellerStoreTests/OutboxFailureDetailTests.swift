import ListContract
import SellerCore
import SellerStore
import Testing
import TestSupport

/// Failures stored as data (migration `2026-12-03-outbox-failure-detail`): a store written before it still reads,
/// read-only as it is and after the migration, with the class it had and no detail.
@Suite struct OutboxFailureDetailTests {
    static let now = Timestamp(millis: 1_795_000_000_000)

    @Test func aStoreFromBeforeTheDetailReadsReadOnlyAndAfterItsMigration() throws {
        let (directory, store) = try OutboxStoreTests.makeStore("outbox-failure-detail")
        defer { withExtendedLifetime(directory) {} }
        let queued = try store.enqueue(.restart(messageId: "MSG1"), at: Self.now)
        guard case .queued(let item) = queued else { Issue.record("queued: \(queued)"); return }
        _ = try #require(try store.claimNextDue(at: Self.now, leaseSeconds: 60))
        let detail = ActionFailure(.notAllowed, httpStatus: 409, errorCode: "EXCEPTION.ILLEGAL_TRANSITION",
                                   message: "already resolved")
        try store.failOutboxItem(id: item.id, error: "409", failure: detail, at: Self.now)
        #expect(try store.outboxItem(id: item.id)?.failure == detail)
        let path = store.path
        try store.close()

        // Back to the schema of the build before: the three detail columns and their migration are gone.
        let database = try Database(path: path)
        try database.execute("""
            ALTER TABLE outbox DROP COLUMN failure_status;
            ALTER TABLE outbox DROP COLUMN failure_code;
            ALTER TABLE outbox DROP COLUMN failure_message;
            DELETE FROM schema_migrations WHERE id = '2026-12-03-outbox-failure-detail';
            """)
        try database.close()

        let reader = try LocalStore(path: path, readOnly: true)
        let old = try #require(try reader.outboxPage(limit: 10).first)
        #expect(old.state == .failed && old.failure == nil, "read as it is: the failure is not known")
        try reader.close()

        let migrated = try LocalStore(path: path)
        defer { try? migrated.close() }
        #expect(try migrated.outboxItem(id: item.id)?.failure == ActionFailure(.notAllowed), "the class it had")
    }
}
