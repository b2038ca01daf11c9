import Foundation
import MarketAPI
import MarketClient
import SellerCore
import SellerStore
@testable import Sync
import Testing
import TestSupport

/// The sync and the outbox on the hardened client: a page token that goes round in circles ends the sync,
/// and a delivery file that is no longer a regular file fails its action at once.
@Suite("client safety in sync and outbox")
struct ClientSafetyTests {
    @Test("a page that repeats the previous page token without progress ends the sync with a clear error")
    func repeatedPageToken() async throws {
        let directory = try TemporaryDirectory("stall")
        let page = ListPageWire.encode(kind: .orders, items: [],
                                       nextCursor: PageCursor(updatedAt: Timestamp(millis: 1), id: "same"),
                                       hasMore: true)
        let gateway = try ScriptedServer.answering(ScriptedServer.ok(page))
        defer { gateway.stop() }
        var configuration = ClientConfiguration(baseURL: gateway.baseURL, accessKey: "ak", secretKey: "sk")
        configuration.timeout = 5
        do {
            _ = try await StoreConnection.using(path: directory.file("store.db")) { store in
                try await SyncEngine(client: MarketClient(configuration: configuration), store: store, pageSize: 10)
                    .run([.orders])
            }
            Issue.record("the sync went on")
        } catch {
            #expect("\(error)" == "sync of orders stopped: the marketplace sent page token \"1~same\" again "
                    + "without progress")
        }
    }

    @Test("cancelling a sync while the marketplace is silent ends it at once as cancelled")
    func cancelledSync() async throws {
        let directory = try TemporaryDirectory("cancel")
        let gateway = try ScriptedServer.answering(nil)
        defer { gateway.stop() }
        var configuration = ClientConfiguration(baseURL: gateway.baseURL, accessKey: "ak", secretKey: "sk")
        configuration.timeout = 30
        let path = directory.file("store.db")
        let sync = Task { () -> String in
            guard let store = try? await StoreConnection.open(path: path) else { return "no store" }
            let outcome: String
            do {
                _ = try await SyncEngine(client: MarketClient(configuration: configuration), store: store).run()
                outcome = "finished"
            } catch {
                outcome = String(describing: error)
            }
            try? await store.close()
            return outcome
        }
        #expect(await waitUntilAsync { gateway.acceptedCount >= 1 })
        let cancelled = Date()
        sync.cancel()
        #expect(await sync.value == "sync cancelled during orders")
        #expect(Date().timeIntervalSince(cancelled) < 0.5)
    }

    @Test("a delivery file swapped for a FIFO, a device or a directory is refused at once with the reason")
    func deliveryFileNotRegular() async throws {
        let directory = try TemporaryDirectory("fifo")
        let fifo = directory.file("report.pdf")
        #expect(mkfifo(fifo, 0o600) == 0)
        let cases = [(fifo, "a FIFO"), ("/dev/zero", "a character device"), (directory.path, "a directory")]
        for (path, kind) in cases {
            let file = DeliverableUpload(path: path, fileName: "report.pdf", size: 10, sha256: "00",
                                         kind: .acceptance)
            let started = Date()
            switch await DeliveryFileReader.open(file) {
            case .success: Issue.record("\(path) was opened for upload")
            case .failure(let problem): #expect(problem.reason == "\(path) is not a regular file (it is \(kind))")
            }
            #expect(Date().timeIntervalSince(started) < 1)
        }
        let regular = directory.file("ok.txt")
        try Data("0123456789".utf8).write(to: URL(fileURLWithPath: regular))
        let file = DeliverableUpload(path: regular, fileName: "ok.txt", size: 10, sha256: "00", kind: .acceptance)
        guard case .success(let reader) = await DeliveryFileReader.open(file) else {
            Issue.record("a regular file was refused")
            return
        }
        #expect(try await reader.read(at: 4, upTo: 100).get() == Array("456789".utf8))
    }
}
