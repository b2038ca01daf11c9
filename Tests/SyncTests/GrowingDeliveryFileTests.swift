import Crypto
import Foundation
import ListContract
import MarketClient
import SellerCore
import SellerStore
@testable import Sync
import Testing
import TestSupport

/// A deliverable that grows after it was chosen, even while its upload is under way, is reported as changed,
/// like a file swapped or shrunk: the bytes past the size that was measured are never sent.
@Suite("a delivery file that grows", .exclusive, .serialized)
struct GrowingDeliveryFileTests {
    @Test func aFileThatGrowsDuringItsUploadIsReportedAsChanged() async throws {
        let harness = try await OutboxAgainstSimulatorTests.syncedHarness(orders: 300, faults: 0, seed: 13)
        let store = try LocalStore(path: harness.storePath)
        defer { try? store.close() }
        let taskId = try #require(try store.ids(matching: StoreListQuery(kind: .supervision,
                                                                          statuses: [.supervision(.sellerImplementing)]),
                                                 limit: 1).first)
        let files = try TemporaryDirectory("growing")
        let path = files.file("验收.bin")
        let bytes = [UInt8](repeating: 7, count: 3 * 1024)
        _ = FileManager.default.createFile(atPath: path, contents: Data(bytes))
        let upload = DeliverableUpload(path: path, fileName: "验收.bin", size: Int64(bytes.count),
                                       sha256: SHA256.hexDigest(bytes), kind: .acceptance)
        let item = OutboxItem(id: 1, action: .deliver(taskId: taskId, files: [upload], actualStart: nil),
                              idempotencyKey: "growing-1", state: .sending, attempts: 1, lastError: nil,
                              targetLabel: taskId, createdAt: Timestamp(millis: 0), updatedAt: Timestamp(millis: 0),
                              nextAttemptAt: nil, progress: nil)
        var transport = ActionTransport(client: MarketClient(configuration: harness.clientConfiguration(timeout: 5)))
        transport.chunkBytes = 1024
        let grown = Grown(path: path)
        let result = await transport.attempt(item) { sent in
            if sent > 0 { grown.appendOnce() }   // after the first chunk went
        }
        #expect(result.failure.kind == .fileChanged, "\(result)")
        #expect(harness.simulator.appliedActions.allSatisfy { entry in
            if case .upload = entry.route { return true }
            return false
        }, "nothing but upload chunks reached the gateway")
    }

    final class Grown: @unchecked Sendable {
        let path: String
        var done = false
        init(path: String) { self.path = path }

        func appendOnce() {
            guard !done, let handle = FileHandle(forWritingAtPath: path) else { return }
            done = true
            handle.seekToEndOfFile()
            handle.write(Data(repeating: 9, count: 2048))
            handle.closeFile()
        }
    }
}
