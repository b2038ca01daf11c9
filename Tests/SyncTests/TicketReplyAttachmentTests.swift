import Crypto
import Foundation
import ListContract
import MarketAPI
import MarketClient
import SellerCore
import SellerStore
import Simulator
import Sync
import Testing
import TestSupport

/// A ticket reply with attachments end to end against the simulator: queued in the outbox, the files uploaded
/// in chunks through the resumable upload, the reply sent naming them, the gateway's ticket (and so the store's)
/// carrying them on the new message, and the files served back byte for byte at their download paths.
@Suite("ticket replies with attachments", .serialized)
struct TicketReplyAttachmentTests {
    static func policy() -> SenderPolicy {
        var policy = SenderPolicy()
        policy.initialBackoff = 0.05
        policy.maxBackoff = 0.5
        policy.maxRetryAfter = 1
        policy.idlePollSeconds = 0.05
        policy.leaseSeconds = 2
        return policy
    }

    static func file(_ directory: TemporaryDirectory, _ name: String, bytes: [UInt8]) -> DeliverableUpload {
        let path = directory.file(name)
        _ = FileManager.default.createFile(atPath: path, contents: Data(bytes))
        return DeliverableUpload(path: path, fileName: name, size: Int64(bytes.count),
                                 sha256: SHA256.hexDigest(bytes), kind: .other)
    }

    static func fetch(_ file: SupervisionFile, client: MarketClient) async throws -> [UInt8] {
        let path = try #require(file.downloadPath)
        var bytes: [UInt8] = []
        while Int64(bytes.count) < file.size {
            let chunk = try await client.attachmentChunk(path: path, offset: Int64(bytes.count), length: 1 << 20)
            guard !chunk.bytes.isEmpty else { break }
            bytes += chunk.bytes
        }
        return bytes
    }

    /// The harness's world synced into its store, the store, and a ticket in progress to reply to.
    static func syncedOpenTicket(_ harness: SimulatorHarness) async throws -> (MarketClient, LocalStore, String) {
        let client = MarketClient(configuration: harness.clientConfiguration(timeout: 5))
        _ = try await StoreConnection.using(path: harness.storePath) { store in
            try await SyncEngine(client: client, store: store).run()
        }
        let store = try LocalStore(path: harness.storePath)
        let open = StoreListQuery(kind: .tickets, statuses: [.ticket(.inProgress)])
        guard let caseId = try store.ids(matching: open, limit: 1).first else {
            try? store.close()
            throw TicketMissing()
        }
        return (client, store, caseId)
    }

    struct TicketMissing: Error {}

    @Test("a reply with two files is uploaded, sent once, stored and served back")
    func replyWithAttachments() async throws {
        let harness = try SimulatorHarness(orders: 400)
        let (client, store, caseId) = try await Self.syncedOpenTicket(harness)
        defer { try? store.close() }
        let directory = try TemporaryDirectory("reply-files")
        let big = (0..<2_600_000).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) }
        let files = [Self.file(directory, "日志 log.zip", bytes: big),
                     Self.file(directory, "截图.png", bytes: Array("png".utf8))]
        let now = Timestamp(millis: Int64(Date().timeIntervalSince1970 * 1000))
        let action = SellerAction.replyTicket(caseId: caseId, content: "附件是日志和截图", waitForCustomer: true,
                                              files: files)
        #expect(action.uploadBytes == 2_600_003)
        guard case .queued(let item) = try store.enqueue(action, at: now) else {
            Issue.record("the reply is allowed")
            return
        }
        #expect(try store.outboxItem(id: item.id)?.action == action, "the files survive in the outbox's payload")
        let sender = OutboxSender(storePath: harness.storePath, client: client, policy: Self.policy())
        #expect(await sender.run(until: { try OutboxSender.allSettled([item.id], in: $0) }, timeout: 60))
        let sent = try #require(try store.outboxItem(id: item.id))
        #expect(sent.state == .done, "\(sent.lastError ?? "")")
        #expect(harness.simulator.appliedCount(forKey: sent.idempotencyKey) == 1)

        guard case .ticket(let world)? = harness.simulator.world.find(.tickets, id: caseId)?.record,
              case .ticket(let stored)? = try store.record(.tickets, id: caseId) else {
            Issue.record("the ticket is missing")
            return
        }
        let reply = try #require(world.messages.last)
        #expect(reply.content == "附件是日志和截图")
        #expect(reply.attachments.map(\.fileName) == ["日志 log.zip", "截图.png"])
        #expect(reply.attachments.map(\.sha256) == files.map(\.sha256))
        #expect(stored.messages.last == reply, "the store keeps the message with its attachments")
        #expect(try await Self.fetch(reply.attachments[0], client: client) == big)
        #expect(try await Self.fetch(reply.attachments[1], client: client) == Array("png".utf8))
    }

    @Test("a reply whose upload a killed process left half done resumes from the gateway's bytes")
    func resumesAHalfDoneUpload() async throws {
        let harness = try SimulatorHarness(orders: 400)
        let (client, store, caseId) = try await Self.syncedOpenTicket(harness)
        defer { try? store.close() }
        let directory = try TemporaryDirectory("reply-resume")
        let bytes = (0..<3_000_000).map { UInt8(truncatingIfNeeded: $0 &* 13) }
        let file = Self.file(directory, "trace.bin", bytes: bytes)
        let now = Timestamp(millis: Int64(Date().timeIntervalSince1970 * 1000))
        guard case .queued(let item) = try store.enqueue(
            .replyTicket(caseId: caseId, content: "trace", waitForCustomer: false, files: [file]), at: now) else {
            Issue.record("the reply is allowed")
            return
        }
        // What a process killed after its first chunk leaves behind: 1 MiB at the gateway under the action's upload id.
        let uploadId = ActionRoute.uploadId(idempotencyKey: item.idempotencyKey, fileIndex: 0)
        let route = ActionRoute.ticketUpload(caseId: caseId, uploadId: uploadId)
        _ = try await client.putChunk(Array(bytes.prefix(1 << 20)), at: 0, of: file, route: route)
        #expect(try await client.uploadStatus(route, uploadId: uploadId).received == 1 << 20)
        let sender = OutboxSender(storePath: harness.storePath, client: client, policy: Self.policy())
        #expect(await sender.run(until: { try OutboxSender.allSettled([item.id], in: $0) }, timeout: 60))
        #expect(try store.outboxItem(id: item.id)?.state == .done)
        guard case .ticket(let ticket)? = harness.simulator.world.find(.tickets, id: caseId)?.record else {
            Issue.record("no ticket")
            return
        }
        let sent = try #require(ticket.messages.last?.attachments.first)
        #expect(try await Self.fetch(sent, client: client) == bytes)
    }

    @Test("a reply naming an upload that is not the file is refused and changes nothing")
    func mismatchedAttachmentRefused() async throws {
        let harness = try SimulatorHarness(orders: 400)
        let client = MarketClient(configuration: harness.clientConfiguration(timeout: 5))
        guard case .ticket(let ticket)? = harness.simulator.world.record(.tickets, at: 0) else {
            Issue.record("no ticket")
            return
        }
        let before = harness.simulator.world.find(.tickets, id: ticket.caseId)?.record
        let body = Array(#"{"content":"x","waitForCustomer":false,"attachments":[{"uploadId":"nope","fileName":"a","size":1,"sha256":"00"}]}"#.utf8)
        let exchange = try await client.send(method: "POST", path: ActionRoute.replyTicket(caseId: ticket.caseId).path,
                                             body: body, headers: [(ActionRoute.idempotencyHeader, "reply-bad-1")])
        #expect(exchange.status == 422)
        #expect(harness.simulator.world.find(.tickets, id: ticket.caseId)?.record == before)
        // An upload made for a supervision task cannot be named by a ticket reply.
        let route = ActionRoute.ticketUpload(caseId: ticket.caseId, uploadId: "reply-up-f0")
        let chunk = try await client.send(method: "PUT", path: route.path, query: [("offset", "0")], body: [1, 2, 3],
                                          headers: [(ActionRoute.fileNameHeader, "a"), (ActionRoute.fileSizeHeader, "3"),
                                                    (ActionRoute.fileSHA256Header, SHA256.hexDigest([1, 2, 3]))],
                                          contentType: "application/octet-stream")
        #expect(chunk.status == 200)
        let served = AttachmentPath.path(caseId: ticket.caseId, fileId: "u-reply-up-f0")
        let elsewhere = AttachmentPath.path(taskId: ticket.caseId, fileId: "u-reply-up-f0")
        #expect(try await client.attachmentChunk(path: served, offset: 0, length: 3).bytes == [1, 2, 3])
        await #expect(throws: ClientError.self) {
            _ = try await client.attachmentChunk(path: elsewhere, offset: 0, length: 3)
        }
    }
}

/// `seller-console ticket reply CASE --message M --file PATH`: the command queues the reply with its measured
/// files and sends it (uploads first), like the console's Ctrl-F.
@Suite("ticket reply --file", .exclusive, .serialized)
struct TicketReplyFileCommandTests {
    @Test("the command uploads the files and the reply carries them")
    func replyWithFileFromTheCommandLine() async throws {
        let harness = try SimulatorHarness(orders: 400)
        let client = MarketClient(configuration: harness.clientConfiguration(timeout: 5))
        _ = try await StoreConnection.using(path: harness.storePath) { store in
            try await SyncEngine(client: client, store: store).run()
        }
        let caseId = try {
            let store = try LocalStore(path: harness.storePath, readOnly: true)
            defer { try? store.close() }
            let open = StoreListQuery(kind: .tickets, statuses: [.ticket(.inProgress)])
            return try #require(try store.ids(matching: open, limit: 1).first)
        }()
        let directory = try TemporaryDirectory("reply-cli")
        let path = directory.file("诊断 report.txt")
        try Data("diagnostics\n".utf8).write(to: URL(fileURLWithPath: path))
        let result = try await OutboxDiscardCommandTests.run(
            ["ticket", "reply", caseId, "--message", "请查看附件", "--file", path], harness: harness)
        #expect(result.status == 0, "\(result.output) \(result.errors)")
        guard case .ticket(let ticket)? = harness.simulator.world.find(.tickets, id: caseId)?.record else {
            Issue.record("no ticket")
            return
        }
        let reply = try #require(ticket.messages.last)
        #expect(reply.content == "请查看附件")
        #expect(reply.attachments.map(\.fileName) == ["诊断 report.txt"])
        #expect(reply.attachments.first?.sha256 == SHA256.hexDigest(Array("diagnostics\n".utf8)))
    }
}
