import Foundation
import MarketAPI
import MarketClient
import SellerCore
import SellerStore
@testable import Sync
import Synchronization
import Testing
import TestSupport

/// The sync and the outbox on the hardened client: a page token that goes round in circles ends the sync,
/// and a delivery file that is no longer a regular file fails its action at once.
@Suite("client safety in sync and outbox", .exclusive, .serialized)
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
        let sync = Task(executorPreference: Exclusive.executor) { () -> String in
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
        // At once next to the request's timeout; the margin is for a loaded CI machine.
        #expect(Date().timeIntervalSince(cancelled) < 3)
    }

    @Test("cancelling a sync while its next page is being prefetched ends it at once and drops that request")
    func cancelDuringPrefetch() async throws {
        let directory = try TemporaryDirectory("prefetch")
        let firstPage = ScriptedServer.ok(ListPageWire.encode(
            kind: .orders, items: [], nextCursor: PageCursor(updatedAt: Timestamp(millis: 1), id: "next"),
            hasMore: true))
        let answeredFirst = Mutex(false)
        let prefetchDropped = Mutex(false)
        // The first page is answered; the next one (the prefetch) never is, until the client hangs up.
        let gateway = try ScriptedServer { connection in
            while connection.readRequest() != nil {
                let first = answeredFirst.withLock { answered in
                    defer { answered = true }
                    return !answered
                }
                if first, connection.write(firstPage) { continue }
                connection.waitForPeerToClose()
                prefetchDropped.withLock { $0 = true }
                return
            }
            connection.close()
        }
        defer { gateway.stop() }
        var configuration = ClientConfiguration(baseURL: gateway.baseURL, accessKey: "ak", secretKey: "sk")
        configuration.timeout = 30
        let path = directory.file("store.db")
        let firstPageStored = Mutex(false)
        let outcome = Mutex<String?>(nil)
        let sync = Task(executorPreference: Exclusive.executor) {
            let result: String
            do {
                _ = try await StoreConnection.using(path: path) { store in
                    try await SyncEngine(client: MarketClient(configuration: configuration), store: store, pageSize: 10)
                        .run([.orders]) { _ in firstPageStored.withLock { $0 = true } }
                }
                result = "finished"
            } catch {
                result = "\(error)"
            }
            outcome.withLock { $0 = result }
        }
        // The first page is written and the second was asked for: the sync is waiting on its prefetch.
        #expect(await waitUntilAsync { firstPageStored.withLock { $0 } && gateway.requestHeads.count >= 2 })
        #expect(outcome.withLock { $0 } == nil, "the sync was still running")
        sync.cancel()
        #expect(await waitUntilAsync(timeout: 2) { outcome.withLock { $0 } != nil }, "the sync ended promptly")
        #expect(outcome.withLock { $0 } == "sync cancelled during orders")
        #expect(await waitUntilAsync(timeout: 2) { prefetchDropped.withLock { $0 } }, "the prefetch hung up")
        let stored = try LocalStore(path: path, readOnly: true)
        defer { try? stored.close() }
        #expect(try stored.syncCursor(.orders) == "1~next", "the first page stayed stored")
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
