import Foundation
import ListContract
import SellerCore
import SellerStore
import Testing
import TestSupport

/// What `list` and the action commands print from the typed contracts: the outbox mark as the store decoded it
/// (⧗ pending, ✗ failed, a structured `pendingAction` in JSON), a failure as data, and one spelling of a kind.
@Suite("list and action output from typed contracts")
struct ListContractCommandTests {
    static let failedBadge = "✗"
    static let pendingBadge = "⧗"

    /// Two exhausted exceptions with a restart each in the outbox: the first refused by the marketplace (409),
    /// the second still queued. Returns their message ids.
    static func failedAndPending(_ storePath: String) throws -> (failed: String, pending: String) {
        let now = try #require(Timestamp(koogallery: "20261123090000"))
        let store = try LocalStore(path: storePath)
        defer { try? store.close() }
        let ids = try store.ids(matching: StoreListQuery(kind: .exceptions, statuses: [.exception(.exhausted)]),
                                limit: 2)
        try #require(ids.count == 2)
        let outcomes = try store.enqueue([.restart(messageId: ids[0]), .restart(messageId: ids[1])], at: now)
        guard case .queued(let first) = outcomes[0] else { throw JSONFieldError(path: "", reason: "not queued") }
        let claimed = try #require(try store.claimNextDue(at: now, leaseSeconds: 60))
        try #require(claimed.id == first.id)
        let failure = ActionFailure(.notAllowed, httpStatus: 409, errorCode: "EXCEPTION.ILLEGAL_TRANSITION",
                                    message: "already resolved")
        try store.failOutboxItem(id: first.id, error: "gateway refused (409)", failure: failure, at: now)
        return (ids[0], ids[1])
    }

    @Test("a failed action shows ✗ in list, a pending one ⧗; --json gives a structured mark, never \"!restart\"")
    func failedMarkIsParsed() async throws {
        let harness = try await ListCommandTests.syncedStore(orders: 600)
        let (failed, pending) = try Self.failedAndPending(harness.storePath)

        let (status, table, errors) = try ListCommandTests.list(["exceptions", "--status", "all"],
                                                                store: harness.storePath)
        #expect(status == 0, "\(errors)")
        let lines = table.split(separator: "\n").map(String.init)
        let failedLine = try #require(lines.first { $0.hasPrefix(failed) })
        let pendingLine = try #require(lines.first { $0.hasPrefix(pending) })
        #expect(failedLine.contains(Self.failedBadge) && !failedLine.contains(Self.pendingBadge),
                "\(failedLine)")
        #expect(pendingLine.contains(Self.pendingBadge) && !pendingLine.contains(Self.failedBadge),
                "\(pendingLine)")

        let (_, output, _) = try ListCommandTests.list(["exceptions", "--json"], store: harness.storePath)
        #expect(!output.contains("!restart"))
        let objects = try ListCommandTests.objects(output)
        func mark(_ id: String) -> JSONValue? { objects.first { $0["id"]?.stringValue == id }?["pendingAction"] }
        #expect(mark(failed) == .object([JSONMember("action", .string("restart")),
                                         JSONMember("actionLabel", .string(ActionKind.restart.label)),
                                         JSONMember("state", .string("failed"))]))
        #expect(mark(pending)?["state"]?.stringValue == "pending" && mark(pending)?["action"]?.stringValue == "restart")
        #expect(objects.filter { $0["id"]?.stringValue != failed && $0["id"]?.stringValue != pending }
            .allSatisfy { $0["pendingAction"] == .null })
    }

    @Test("list outbox --json carries the failure as data: class, HTTP status, error code and message")
    func failureAsData() async throws {
        let harness = try await ListCommandTests.syncedStore(orders: 600)
        let (failed, _) = try Self.failedAndPending(harness.storePath)
        let (status, output, errors) = try ListCommandTests.list(["outbox", "--status", "failed", "--json"],
                                                                 store: harness.storePath)
        #expect(status == 0, "\(errors)")
        let object = try #require(try ListCommandTests.objects(output).first)
        #expect(object["target"]?["id"]?.stringValue == failed)
        #expect(object["failure"]?.stringValue == "not-allowed")
        #expect(object["httpStatus"] == .number("409"))
        #expect(object["errorCode"]?.stringValue == "EXCEPTION.ILLEGAL_TRANSITION")
        #expect(object["errorMessage"]?.stringValue == "already resolved")
    }

    @Test("every JSON output names a kind as list takes it: rows, outbox targets, action reports")
    func oneSpellingOfAKind() async throws {
        let harness = try await ListCommandTests.syncedStore(orders: 600)
        let (failed, pending) = try Self.failedAndPending(harness.storePath)
        let (_, rows, _) = try ListCommandTests.list(["exceptions", "--limit", "3", "--json"], store: harness.storePath)
        #expect(try ListCommandTests.objects(rows).allSatisfy { $0["kind"]?.stringValue == "exceptions" })
        let (_, outbox, _) = try ListCommandTests.list(["outbox", "--json"], store: harness.storePath)
        #expect(try ListCommandTests.objects(outbox).allSatisfy { $0["target"]?["kind"]?.stringValue == "exceptions" })

        let binary = try #require(BuiltExecutable.path("seller-console"))
        let store = try LocalStore(path: harness.storePath, readOnly: true)
        let another = try #require(try store.ids(matching: StoreListQuery(kind: .exceptions,
                                                                          statuses: [.exception(.exhausted)]),
                                                 limit: 3).first { $0 != failed && $0 != pending })
        try store.close()
        // One queued, one refused at once (an action is still in flight on it): both report their target.
        let result = try await ChildProcess.runOffPool(binary, [
            "retry", another, pending, "--no-wait", "--json", "--store", harness.storePath,
            "--base-url", harness.baseURL,
        ], environment: OutboxCommandTests.environment(harness))
        let reports = try ListCommandTests.objects(result.output)
        #expect(reports.count == 2, "\(result.output) \(result.errors)")
        #expect(reports.allSatisfy { $0["target"]?["kind"]?.stringValue == "exceptions" }, "\(result.output)")
        #expect(!result.output.contains("produce-messages"))
    }
}
