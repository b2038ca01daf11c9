import ConsoleRuntime
import ConsoleUI
import Crypto
import Foundation
import MarketAPI
import MarketClient
import SellerCore
import SellerStore
import Simulator
import Sync
import Testing
import TestSupport

/// Downloads of a task's files against the real simulator on loopback: the contract round trip, a good file in
/// several chunks, and every hostile case (wrong SHA-256, a short or cut body, a huge size, names that try to
/// leave the folder or carry control characters, an address of another host). Whatever fails leaves nothing.
@Suite("attachment downloads", .serialized)
struct AttachmentDownloadTests {
    static let taskIndex = 0

    /// A simulator with a few tasks, its first task, and a folder to save into.
    static func setUp() throws -> (SimulatorHarness, String, TemporaryDirectory) {
        let harness = try SimulatorHarness(orders: 40)
        guard case .supervision(let task)? = harness.simulator.world.record(.supervision, at: taskIndex) else {
            throw TestFailure("the world has no supervision task")
        }
        return (harness, task.taskId, try TemporaryDirectory("downloads"))
    }

    struct TestFailure: Error, CustomStringConvertible {
        var description: String
        init(_ description: String) { self.description = description }
    }

    /// Runs one download job of `files` and returns the per-file results in order.
    static func download(_ files: [SupervisionFile], harness: SimulatorHarness, taskId: String, folder: String,
                         maximumBytes: Int64 = DownloadRunner.defaultMaximumBytes) async -> [DownloadFileResult] {
        let messages = Messages()
        let runner = DownloadRunner(client: harness.clientConfiguration(timeout: 5), maximumBytes: maximumBytes,
                                    chunkBytes: 1 << 20) { messages.append($0) }
        await runner.run(DownloadRequest(job: 1, recordId: taskId, folder: folder, files: files))
        return messages.all.compactMap { if case .downloadFileFinished(let result) = $0 { result } else { nil } }
    }

    final class Messages: @unchecked Sendable {
        private let lock = NSLock()
        private var messages: [Msg] = []
        func append(_ message: Msg) { lock.withLock { messages.append(message) } }
        var all: [Msg] { lock.withLock { messages } }
    }

    static func random(_ count: Int, seed: UInt8) -> [UInt8] {
        var state = UInt32(seed) &* 2_654_435_761 &+ 1
        return (0..<count).map { _ in
            state = state &* 1_664_525 &+ 1_013_904_223
            return UInt8(truncatingIfNeeded: state >> 24)
        }
    }

    static func contents(_ folder: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).sorted()
    }

    @Test("a file's download path survives the gateway, a sync and the store")
    func contractRoundTrip() async throws {
        let (harness, taskId, _) = try Self.setUp()
        let bytes = Array("需求说明\n".utf8)
        let added = try #require(harness.simulator.attach(ServedAttachment(bytes: bytes), fileName: "需求.txt",
                                                          to: taskId))
        #expect(added.downloadPath.flatMap(AttachmentPath.validated) != nil)
        #expect(added.sha256 == SHA256.hexDigest(bytes))
        let client = MarketClient(configuration: harness.clientConfiguration())
        guard case .supervision(let fetched) = try await client.record(.supervision, id: taskId) else {
            Issue.record("not a task")
            return
        }
        #expect(fetched.requirementFiles.last == added)
        _ = try await StoreConnection.using(path: harness.storePath) { store in
            try await SyncEngine(client: client, store: store).run()
        }
        let store = try LocalStore(path: harness.storePath, readOnly: true)
        defer { try? store.close() }
        guard case .supervision(let stored)? = try store.record(.supervision, id: taskId) else {
            Issue.record("the task is not in the store")
            return
        }
        #expect(stored.requirementFiles.last == added)
        #expect(try harness.differences(store: store).isEmpty)
    }

    @Test("a good file in several chunks is saved under its name, verified, with no partial file left")
    func goodFileIsSaved() async throws {
        let (harness, taskId, folder) = try Self.setUp()
        let bytes = Self.random(2_500_000, seed: 1)
        let file = try #require(harness.simulator.attach(ServedAttachment(bytes: bytes), fileName: "验收报告.pdf",
                                                         role: .deliverable, to: taskId))
        let results = await Self.download([file], harness: harness, taskId: taskId, folder: folder.path)
        #expect(results.map(\.outcome) == [.success(folder.file("验收报告.pdf"))])
        #expect(results.last?.isLast == true)
        #expect(FileManager.default.contents(atPath: folder.file("验收报告.pdf")).map(Array.init) == bytes)
        #expect(Self.contents(folder.path) == ["验收报告.pdf"])
    }

    @Test("an existing file is never overwritten: the download takes a numbered name")
    func existingFileGetsASuffix() async throws {
        let (harness, taskId, folder) = try Self.setUp()
        try Data("mine".utf8).write(to: folder.url.appendingPathComponent("report.txt"))
        let file = try #require(harness.simulator.attach(ServedAttachment(bytes: Array("theirs".utf8)),
                                                         fileName: "report.txt", to: taskId))
        let results = await Self.download([file, file], harness: harness, taskId: taskId, folder: folder.path)
        #expect(results.map(\.outcome) == [.success(folder.file("report (1).txt")),
                                           .success(folder.file("report (2).txt"))])
        #expect(try String(contentsOfFile: folder.file("report.txt"), encoding: .utf8) == "mine")
        #expect(try String(contentsOfFile: folder.file("report (1).txt"), encoding: .utf8) == "theirs")
    }

    @Test("a wrong SHA-256, a short body and a cut-off body keep nothing and say why")
    func badFilesKeepNothing() async throws {
        let (harness, taskId, folder) = try Self.setUp()
        let bytes = Self.random(1_500_000, seed: 2)
        let simulator = harness.simulator
        let wrong = try #require(simulator.attach(ServedAttachment(bytes: bytes), fileName: "wrong.bin", to: taskId,
                                                  declaredSha256: String(repeating: "0", count: 64)))
        let short = try #require(simulator.attach(ServedAttachment(bytes: bytes), fileName: "short.bin", to: taskId,
                                                  declaredSize: 3_000_000))
        let cut = try #require(simulator.attach(ServedAttachment(bytes: bytes, cutAt: 1_200_000), fileName: "cut.bin",
                                                to: taskId))
        let results = await Self.download([wrong, short, cut], harness: harness, taskId: taskId, folder: folder.path)
        #expect(results.map(\.outcome) == [
            .failure(.checksumMismatch(expected: String(repeating: "0", count: 64), actual: SHA256.hexDigest(bytes))),
            .failure(.sizeMismatch(expected: 3_000_000, actual: 1_500_000)),
            .failure(.incomplete(received: 1_200_000, expected: 1_500_000)),
        ])
        #expect(Self.contents(folder.path).isEmpty, "no partial or bad file is left")
    }

    @Test("a huge size, no checksum, no address or another host's address is refused before any byte")
    func refusedBeforeDownloading() async throws {
        let (harness, taskId, folder) = try Self.setUp()
        let simulator = harness.simulator
        let huge = try #require(simulator.attach(ServedAttachment(bytes: Array("x".utf8)), fileName: "huge.iso",
                                                 to: taskId, declaredSize: 1 << 50))
        var unchecked = huge
        unchecked.size = 1
        unchecked.sha256 = nil
        var described = huge
        described.size = 1
        described.downloadPath = nil
        var elsewhere = described
        elsewhere.sha256 = String(repeating: "a", count: 64)
        let addresses = ["https://evil.example.com/seller-gateway/v1/supervision-tasks/x/files/y",
                         "/seller-gateway/v1/supervision-tasks/../../../etc/passwd",
                         "/seller-gateway/v1/supervision-tasks/x/files/%2e%2e",
                         "/seller-gateway/v1/supervision-tasks/x/files/y?sig=1",
                         "/seller-gateway/v1/supervision-tasks/x/files/y\r\nHost: evil"]
        let others = addresses.map { address in
            var file = elsewhere
            file.downloadPath = address
            return file
        }
        let results = await Self.download([huge, unchecked, described] + others, harness: harness, taskId: taskId,
                                          folder: folder.path, maximumBytes: 1 << 30)
        let limit = results.first.flatMap { result -> Int64? in
            if case .failure(.tooLarge(_, let limit)) = result.outcome { limit } else { nil }
        }
        #expect(limit.map { $0 <= 1 << 30 } == true)
        #expect(results.dropFirst().map(\.outcome) == [.failure(.noChecksum), .failure(.notServed)]
                + Array(repeating: .failure(.unsafeAddress), count: addresses.count))
        #expect(Self.contents(folder.path).isEmpty)
    }

    @Test("names that try to leave the folder or carry control characters are saved inside it, made safe")
    func hostileNamesStayInside() async throws {
        let (harness, taskId, parent) = try Self.setUp()
        let folder = parent.file("inbox")
        let names = ["../x", "../../etc/passwd", "a/b\u{1b}[31m红\u{7}.txt", "\u{202e}fdp.exe", "..", ".hidden", "\r\n",
                     String(repeating: "长", count: 120) + ".txt"]
        var files: [SupervisionFile] = []
        for (index, name) in names.enumerated() {
            files.append(try #require(harness.simulator.attach(ServedAttachment(bytes: [UInt8(index)]), fileName: name,
                                                                to: taskId)))
        }
        let results = await Self.download(files, harness: harness, taskId: taskId, folder: folder)
        let saved = results.compactMap { try? $0.outcome.get() }
        #expect(saved.count == names.count)
        for path in saved {
            #expect(URL(fileURLWithPath: path).deletingLastPathComponent().path == folder)
            let name = URL(fileURLWithPath: path).lastPathComponent
            #expect(name.utf8.count <= 210)
            #expect(!name.hasPrefix("."))
            #expect(!name.unicodeScalars.contains { $0.properties.generalCategory == .control
                || $0.properties.generalCategory == .format })
        }
        #expect(Self.contents(parent.path) == ["inbox"], "nothing was written beside the folder")
        #expect(Self.contents(folder).contains("_x"))
        #expect(Self.contents(folder).contains("_.._etc_passwd"))
        #expect(Self.contents(folder).contains("b[31m红.txt") == false)
        #expect(Self.contents(folder).contains("a_b[31m红.txt"))
        #expect(Self.contents(folder).contains("attachment"))
    }

    @Test("a deliverable uploaded through the gateway is served back at its download path")
    func uploadedDeliverableIsServed() async throws {
        let (harness, taskId, folder) = try Self.setUp()
        let client = MarketClient(configuration: harness.clientConfiguration())
        let bytes = Self.random(300_000, seed: 3)
        let sha = SHA256.hexDigest(bytes)
        let uploadId = "attach-test-f0"
        let path = GatewayPaths.gatewayBase + "supervision-tasks/" + taskId + "/uploads/" + uploadId
        let exchange = try await client.send(method: "PUT", path: path, query: [("offset", "0")], body: bytes,
                                             headers: [("X-File-Name", "proof.png"), ("X-File-Size", "\(bytes.count)"),
                                                       ("X-File-Sha256", sha)],
                                             contentType: "application/octet-stream")
        #expect(exchange.status == 200)
        let file = SupervisionFile(fileName: "proof.png", size: Int64(bytes.count), sha256: sha, kind: .screenshot,
                                   uploadedAt: Timestamp(millis: 0),
                                   downloadPath: AttachmentPath.path(taskId: taskId, fileId: "u-" + uploadId))
        let results = await Self.download([file], harness: harness, taskId: taskId, folder: folder.path)
        #expect(results.map(\.outcome) == [.success(folder.file("proof.png"))])
        #expect(FileManager.default.contents(atPath: folder.file("proof.png")).map(Array.init) == bytes)
        var otherTask = file
        otherTask.downloadPath = AttachmentPath.path(taskId: "SV-other", fileId: "u-" + uploadId)
        let refused = await Self.download([otherTask], harness: harness, taskId: taskId, folder: folder.path)
        guard case .failure(.marketplace(let reason))? = refused.first?.outcome else {
            Issue.record("an upload of another task was served: \(refused)")
            return
        }
        #expect(reason.en.contains("404") && reason.zh.contains("404"))
    }

    @Test("offline, every file is answered with why and the job ends")
    func offlineAnswersEveryFile() async throws {
        let messages = Messages()
        let runner = DownloadRunner(client: nil) { messages.append($0) }
        let file = SupervisionFile(fileName: "a.txt", size: 1, sha256: nil, kind: nil, uploadedAt: Timestamp(millis: 0))
        await runner.run(DownloadRequest(job: 4, recordId: "SV1", folder: "/nonexistent", files: [file, file]))
        let results = messages.all.compactMap { if case .downloadFileFinished(let r) = $0 { r } else { nil } }
        #expect(results.map(\.isLast) == [false, true])
        #expect(results.allSatisfy { if case .failure(.marketplace) = $0.outcome { true } else { false } })
    }

    @Test("a download cancelled mid-file (a quit) removes its partial file and says so")
    func cancelledDownloadLeavesNothing() async throws {
        let (harness, taskId, folder) = try Self.setUp()
        let bytes = Self.random(8_000_000, seed: 4)
        let file = try #require(harness.simulator.attach(ServedAttachment(bytes: bytes), fileName: "big.iso",
                                                         to: taskId))
        let messages = Messages()
        let runner = DownloadRunner(client: harness.clientConfiguration(timeout: 5), chunkBytes: 16 << 10) {
            messages.append($0)
        }
        runner.perform(DownloadRequest(job: 9, recordId: taskId, folder: folder.path, files: [file]))
        let started = await waitUntilAsync(timeout: 20, pollEvery: 0.002) {
            Self.contents(folder.path).contains("big.iso.partial")
        }
        #expect(started, "the partial file appeared while the download ran")
        await runner.cancelAndWait()
        let results = messages.all.compactMap { if case .downloadFileFinished(let r) = $0 { r } else { nil } }
        #expect(results.map(\.outcome) == [.failure(.cancelled)])
        #expect(Self.contents(folder.path).isEmpty)
    }

    @Test("a file stored before download paths existed gets its path from the gateway's record")
    func missingPathIsAskedFor() async throws {
        let (harness, taskId, folder) = try Self.setUp()
        let bytes = Array("旧记录".utf8)
        var file = try #require(harness.simulator.attach(ServedAttachment(bytes: bytes), fileName: "old.txt",
                                                         to: taskId))
        file.downloadPath = nil
        let messages = Messages()
        let runner = DownloadRunner(client: harness.clientConfiguration(timeout: 5)) { messages.append($0) }
        await runner.run(DownloadRequest(job: 2, kind: .supervision, recordId: taskId, folder: folder.path,
                                         files: [file]))
        let results = messages.all.compactMap { if case .downloadFileFinished(let r) = $0 { r } else { nil } }
        #expect(results.map(\.outcome) == [.success(folder.file("old.txt"))])
        #expect(FileManager.default.contents(atPath: folder.file("old.txt")).map(Array.init) == bytes)
    }
}
