import Foundation
import ListContract
import MarketClient
import SellerCore
import SellerStore
import Simulator
import Sync
import Testing
import TestSupport

/// Issue 13: a refusal by the marketplace refreshes its record at once, so the row and the detail show where the
/// record really is beside the refusal's reason, instead of the stale copy until the next sync.
@Suite("refusal refresh", .exclusive, .serialized)
struct RefusalRefreshTests {
    @Test("a 409 refusal stores the record as the marketplace has it now, and keeps the reason")
    func refusalRefreshesTheRecord() async throws {
        let harness = try await OutboxAgainstSimulatorTests.syncedHarness(orders: 300, faults: 0, seed: 12)
        let store = try LocalStore(path: harness.storePath)
        defer { try? store.close() }
        let ticket = try #require(try store.ids(
            matching: StoreListQuery(kind: .tickets, statuses: [.ticket(.pendingAccept)]), limit: 1).first)
        let now = Timestamp(millis: Int64(Date().timeIntervalSince1970 * 1000))
        guard case .queued(let item) = try store.enqueue(.acceptTicket(caseId: ticket), at: now) else {
            Issue.record("not queued")
            return
        }
        // Someone accepted it elsewhere (another console, Seller Center) before this one's action went out.
        let client = MarketClient(configuration: harness.clientConfiguration())
        _ = try await client.submitAction(.acceptTicket(caseId: ticket), idempotencyKey: "elsewhere-1")
        let sender = OutboxSender(storePath: harness.storePath, client: client,
                                  policy: OutboxAgainstSimulatorTests.fastPolicy())
        #expect(await sender.run(until: { try OutboxSender.nothingInFlight(in: $0) }, timeout: 60))

        let after = try #require(try store.outboxItem(id: item.id))
        #expect(after.state == .failed && after.failure?.kind == .notAllowed, "\(after.lastError ?? "")")
        #expect(try store.failedOutboxItem(target: .tickets, id: ticket)?.id == item.id, "the detail shows why")
        guard case .ticket(let stored)? = try store.record(.tickets, id: ticket) else {
            Issue.record("the ticket is gone from the store")
            return
        }
        #expect(stored.status != .pendingAccept, "refreshed at once: \(stored.status)")
        let row = try store.page(StoreListQuery(kind: .tickets, filterText: ticket, limit: 5)).rows
            .first { $0.id == ticket }
        #expect(row?.pendingMark?.state == .failed, "the row still carries the refusal")
    }
}
