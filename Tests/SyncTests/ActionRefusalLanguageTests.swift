import Foundation
import ListContract
import SellerCore
import SellerStore
import Testing
import TestSupport

/// Issue 14 item 1: an action the state machine refuses is explained in the command's language, while
/// `--json` keeps the store's English reason.
@Suite("action refusal language", .exclusive, .serialized)
struct ActionRefusalLanguageTests {
    @Test("a reply to a ticket not yet accepted: the flow's own sentence in zh, en and --json")
    func replyBeforeAccepting() async throws {
        let harness = try SimulatorHarness(orders: 40)
        let store = try LocalStore(path: harness.storePath)
        for record in SimulatorHarness.decodableRecords(.tickets, in: harness.simulator.world).values {
            _ = try store.upsert(record)
        }
        let caseId = try #require(try store.page(StoreListQuery(kind: .tickets, statuses: [.ticket(.pendingAccept)],
                                                                limit: 1)).rows.first?.id)
        try store.close()
        let binary = try #require(BuiltExecutable.path("seller-console"))
        func run(_ extra: [String]) async throws -> ChildProcess.Outcome {
            try await ChildProcess.runOffPool(
                binary,
                ["ticket", "reply", caseId, "--message", "hi", "--store", harness.storePath, "--no-wait"] + extra,
                environment: OutboxCommandTests.environment(harness))
        }
        let chinese = try await run(["--lang", "zh"])
        #expect(chinese.output.contains("请先受理工单，再留言"), "\(chinese.output) \(chinese.errors)")
        #expect(!chinese.output.contains("accept the ticket"))
        let english = try await run(["--lang", "en"])
        #expect(english.output.contains("accept the ticket before replying"), "\(english.output)")
        #expect(!english.output.unicodeScalars.contains { $0.value >= 0x4E00 && $0.value <= 0x9FFF })
        let json = try await run(["--lang", "zh", "--json"])
        #expect(json.output.contains("\"reason\":\"Reply is not allowed now: accept the ticket before replying\"")
                    || json.output.contains("is not allowed now: accept the ticket before replying"), "\(json.output)")
    }
}
