import Crypto
import Foundation
import MarketClient
import SellerCore
import SellerStore
import Sync
import Synchronization
import Testing
import TestSupport

/// A license handed back for a `getLicenseAsync` answered 000004 goes through the outbox to the simulator's
/// market-event route exactly once, with the file's SHA-256, through injected faults and a sender restart.
@Suite(.exclusive, .serialized)
struct LicenseDeliveryOutboxTests {
    @Test func aLicenseReachesTheMarketEventRouteOnceThroughFaultsAndARestart() async throws {
        let harness = try SimulatorHarness(orders: 5, faults: 0.4)
        let store = try LocalStore(path: harness.storePath)
        // Eight licenses, so the seeded faults strike some of their requests.
        var expected: [String: String] = [:]
        for index in 0..<8 {
            let eventId = "evt-lic-\(index)"
            let call = try Self.journalAsyncLicense(eventId: eventId, in: store)
            let bytes = Array("-----BEGIN LICENSE-----\nseller-console \(index)\n-----END LICENSE-----\n".utf8)
            let file = try Self.licenseFile(bytes, in: harness.directory)
            expected[eventId] = SHA256.hexDigest(bytes)
            _ = try store.enqueue(.deliverLicense(callId: call, eventId: eventId, license: .file(file)),
                                  at: Timestamp(millis: Int64(Date().timeIntervalSince1970 * 1000)))
        }
        let client = MarketClient(configuration: harness.clientConfiguration(timeout: 1))
        // The first sender stops after its first attempt, whatever it came to; a second one finishes the job.
        let attempted = Atomic(false)
        var once = OutboxAgainstSimulatorTests.fastPolicy()
        once.concurrency = 1
        let first = OutboxSender(storePath: harness.storePath, client: client, policy: once) { event in
            if case .attempted = event { attempted.store(true, ordering: .relaxed) }
        }
        #expect(await first.run(until: { _ in attempted.load(ordering: .relaxed) }, timeout: 60))
        let second = OutboxSender(storePath: harness.storePath, client: client,
                                  policy: OutboxAgainstSimulatorTests.fastPolicy())
        #expect(await second.run(until: { try OutboxSender.nothingInFlight(in: $0) }, timeout: 120))
        let counts = try store.outboxCounts()
        let lastFailure = try store.outboxPage(states: [.failed], limit: 1).first?.lastError ?? ""
        #expect(counts[.done] == 8, "\(counts) \(lastFailure)")
        for (eventId, sha256) in expected {
            let delivered = harness.simulator.licenseDeliveries(eventId: eventId)
            #expect(delivered.count == 1, "\(eventId)")
            #expect(delivered.first?.sha256 == sha256, "\(eventId)")
        }
        #expect(harness.simulator.injectedFaults > 0, "faults really struck")
    }

    @Test func aFileChangedAfterItWasChosenIsRefused() async throws {
        let harness = try SimulatorHarness(orders: 5)
        let store = try LocalStore(path: harness.storePath)
        let call = try Self.journalAsyncLicense(eventId: "evt-lic-2", in: store)
        let file = try Self.licenseFile(Array("LICENSE-A".utf8), in: harness.directory)
        _ = try store.enqueue(.deliverLicense(callId: call, eventId: "evt-lic-2", license: .file(file)),
                              at: Timestamp(millis: Int64(Date().timeIntervalSince1970 * 1000)))
        try Data("LICENSE-B".utf8).write(to: URL(fileURLWithPath: file.path))   // same size, other content
        let sender = OutboxSender(storePath: harness.storePath,
                                  client: MarketClient(configuration: harness.clientConfiguration(timeout: 1)),
                                  policy: OutboxAgainstSimulatorTests.fastPolicy())
        #expect(await sender.run(until: { try OutboxSender.nothingInFlight(in: $0) }, timeout: 60))
        let failed = try store.outboxPage(states: [.failed], limit: 5)
        #expect(failed.first?.failure?.kind == .fileChanged)
        #expect(harness.simulator.licenseDeliveries(eventId: "evt-lic-2").isEmpty)
    }

    @Test func aLicenseForACallNotAnswered000004IsRefusedAtOnce() throws {
        let files = try TemporaryDirectory("license-rule")
        let store = try LocalStore(path: files.file("store.db"))
        let call = try Self.journalAsyncLicense(eventId: "evt-lic-3", in: store, code: "000000")
        let outcome = try store.enqueue(.deliverLicense(callId: call, eventId: "evt-lic-3", license: .text("K")),
                                        at: Timestamp(millis: Int64(Date().timeIntervalSince1970 * 1000)))
        guard case .refused(let reason) = outcome else { Issue.record("queued: \(outcome)"); return }
        #expect(reason.contains("000004"))
        #expect(try store.licenseCall(eventId: "evt-lic-3")?.callId == call)
    }

    // MARK: -

    /// Journals a getLicenseAsync call answered `code` (000004: the license comes later); returns its call id.
    static func journalAsyncLicense(eventId: String, in store: LocalStore, code: String = "000004") throws -> String {
        let millis = Int64(Date().timeIntervalSince1970 * 1000) - 60_000
        let body = #"{"activity":"getLicenseAsync","effectiveTime":"20261201000000","eventId":"\#(eventId)","#
            + #""instanceId":"I-1","testFlag":"0"}"#
        let callId = "C\(millis)L\(eventId)"
        try store.recordArrival(JournalArrival(
            callId: callId, origin: .marketplace, receivedAt: Timestamp(millis: millis), method: "POST", path: "/",
            query: "", headers: [], body: body, peer: "127.0.0.1", activity: "getLicenseAsync",
            interfaceVersion: .license2, orderId: nil, orderLineId: nil, instanceId: "I-1", license: nil,
            eventId: eventId, testFlag: false, signature: .ok, signatureWork: ""))
        try store.recordAnswer(callId: callId, JournalAnswer(
            answeredAt: Timestamp(millis: millis + 20), latencyMs: 20, status: 200, headers: [],
            body: #"{"resultCode":"\#(code)","resultMsg":"processing"}"#, bodyTruncated: false,
            transportError: nil, outcome: .success, failureKind: nil, failureDetail: "", resultCode: code,
            answeredInstanceId: nil))
        return callId
    }

    static func licenseFile(_ bytes: [UInt8], in directory: TemporaryDirectory) throws -> LicenseFile {
        let path = directory.file("license-\(UUID().uuidString.prefix(8)).lic")
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        return LicenseFile(path: path, fileName: URL(fileURLWithPath: path).lastPathComponent,
                           size: Int64(bytes.count), sha256: SHA256.hexDigest(bytes))
    }
}
