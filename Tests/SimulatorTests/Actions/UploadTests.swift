import Foundation
import MarketAPI
import SellerCore
import Testing
import TestSupport
@testable import Simulator

/// Resumable deliverable uploads and the 确认完成 submit that names them.
@Suite("Uploads and delivery")
struct UploadTests {
    /// Bigger than the server's 1 MiB spool threshold, so these chunks arrive as files and are stream-copied.
    static let chunk = 1_500_000

    /// Uploads `bytes` in `chunk`-sized pieces and returns the last answer.
    @discardableResult
    func upload(_ sim: ActionSimulator, task: String, id: String, _ bytes: [UInt8], name: String = "验收报告.pdf",
                sha256: String? = nil) async throws -> Reply {
        let digest = sha256 ?? FileDigest.sha256Hex(bytes)
        var offset = 0
        var last: Reply?
        repeat {
            let end = min(offset + Self.chunk, bytes.count)
            last = try await sim.putChunk(task: task, upload: id, offset: offset, bytes: bytes[offset..<end],
                                          fileName: name, size: bytes.count, sha256: digest)
            offset = end
        } while offset < bytes.count && last?.status == 200
        return try #require(last)
    }

    func submitBody(_ files: [(id: String, name: String, size: Int, sha256: String, kind: String)],
                    start: String? = nil) -> String {
        let list = files.map {
            #"{"uploadId":"\#($0.id)","fileName":"\#($0.name)","size":\#($0.size),"sha256":"\#($0.sha256)","kind":"\#($0.kind)"}"#
        }
        let time = start.map { #","actualServiceStartTime":"\#($0)""# } ?? ""
        return #"{"files":[\#(list.joined(separator: ","))]\#(time)}"#
    }

    @Test("chunks resume after a lost chunk and a lost answer; a gap is 409 with what was received")
    func resumableUpload() async throws {
        let sim = try ActionSimulator()
        let task = try #require(sim.task(at: 1, node: .sellerImplementing))
        let bytes = patternBytes(5_000_000)
        let digest = FileDigest.sha256Hex(bytes)
        let id = "act-resume-f0"
        func put(_ range: Range<Int>) async throws -> Reply {
            try await sim.putChunk(task: task.taskId, upload: id, offset: range.lowerBound, bytes: bytes[range],
                                   fileName: "交付 清单.xlsx", size: bytes.count, sha256: digest)
        }
        let nothing = try await sim.uploadStatus(task: task.taskId, upload: id)
        #expect(nothing.status == 404)

        let first = try await put(0..<Self.chunk)
        #expect(try first.uploadStatus() == UploadStatus(uploadId: id, received: Int64(Self.chunk),
                                                          size: Int64(bytes.count), complete: false))
        // The second chunk is "lost": the client asks where to continue, then sends it.
        let gap = try await put(2 * Self.chunk..<3 * Self.chunk)
        #expect(gap.status == 409 && gap.error?.code == ResultCodes.uploadOffsetMismatch)
        #expect(gap.error?.message.contains("received=\(Self.chunk)") == true)
        let resumeAt = try await sim.uploadStatus(task: task.taskId, upload: id).uploadStatus().received
        #expect(resumeAt == Int64(Self.chunk))
        _ = try await put(Self.chunk..<2 * Self.chunk)
        // Its answer is "lost": the client resends the same chunk, which is acknowledged, not appended again.
        let duplicate = try await put(Self.chunk..<2 * Self.chunk)
        #expect(duplicate.status == 200)
        #expect(try duplicate.uploadStatus().received == Int64(2 * Self.chunk))
        let overlapping = try await put(Self.chunk + 100..<3 * Self.chunk)
        #expect(try overlapping.uploadStatus().received == Int64(3 * Self.chunk), "only the new bytes are kept")
        let last = try await put(3 * Self.chunk..<bytes.count)
        #expect(try last.uploadStatus() == UploadStatus(uploadId: id, received: Int64(bytes.count),
                                                         size: Int64(bytes.count), complete: true))
        let stored = sim.simulator.uploadDirectory
            .appendingPathComponent(UploadStore.fileName(taskId: task.taskId, uploadId: id))
        #expect(try Data(contentsOf: stored) == Data(bytes), "the stored file is the file, byte for byte")
        let afterComplete = try await put(0..<10)
        #expect(try afterComplete.uploadStatus().complete)
        #expect(sim.simulator.appliedActions.isEmpty, "chunks are not actions")
    }

    @Test("a checksum mismatch on the last byte is 422 and drops the partial file")
    func checksumMismatch() async throws {
        let sim = try ActionSimulator()
        let task = try #require(sim.task(at: 2, node: .sellerImplementing))
        let bytes = patternBytes(2_000_000, seed: 5)
        let wrong = FileDigest.sha256Hex(Array("something else".utf8))
        let reply = try await upload(sim, task: task.taskId, id: "act-bad-f0", bytes, sha256: wrong)
        #expect(reply.status == 422 && reply.error?.code == ResultCodes.checksumMismatch)
        #expect(reply.error?.message.contains("sha256 mismatch") == true)
        let files = try FileManager.default.contentsOfDirectory(atPath: sim.simulator.uploadDirectory.path)
        #expect(files.isEmpty, "the partial file was removed: \(files)")
        #expect(try await sim.uploadStatus(task: task.taskId, upload: "act-bad-f0").status == 404)
        let retried = try await upload(sim, task: task.taskId, id: "act-bad-f0", bytes)
        #expect(try retried.uploadStatus().complete, "the upload can start over")
    }

    @Test("bad chunk headers are 400; an upload id of another task is refused")
    func chunkValidation() async throws {
        let sim = try ActionSimulator()
        let task = try #require(sim.task(at: 3, node: .sellerImplementing))
        let other = try #require(sim.task(at: 4, node: .sellerImplementing))
        let bytes = patternBytes(1000)
        let digest = FileDigest.sha256Hex(bytes)
        let path = ActionRoute.upload(taskId: task.taskId, uploadId: "u1").path
        let noOffset = try await sim.send("PUT", path, headers: [
            (ActionRoute.fileNameHeader, "a.pdf"), (ActionRoute.fileSizeHeader, "1000"),
            (ActionRoute.fileSHA256Header, digest),
        ], body: bytes)
        #expect(noOffset.status == 400 && noOffset.error?.message.contains("offset") == true)
        let noSize = try await sim.send("PUT", path, query: "offset=0", headers: [
            (ActionRoute.fileNameHeader, "a.pdf"), (ActionRoute.fileSHA256Header, digest),
        ], body: bytes)
        #expect(noSize.status == 400 && noSize.error?.message.contains(ActionRoute.fileSizeHeader) == true)
        let badDigest = try await sim.putChunk(task: task.taskId, upload: "u1", offset: 0, bytes: bytes[...],
                                               fileName: "a.pdf", size: 1000, sha256: "xyz")
        #expect(badDigest.status == 400 && badDigest.error?.message.contains(ActionRoute.fileSHA256Header) == true)
        let pastEnd = try await sim.putChunk(task: task.taskId, upload: "u1", offset: 0, bytes: bytes[...],
                                             fileName: "a.pdf", size: 999, sha256: digest)
        #expect(pastEnd.status == 400)
        let unknownTask = try await sim.putChunk(task: "SV-NOPE", upload: "u1", offset: 0, bytes: bytes[...],
                                                 fileName: "a.pdf", size: 1000, sha256: digest)
        #expect(unknownTask.status == 404)

        let half = try await sim.putChunk(task: task.taskId, upload: "u1", offset: 0, bytes: bytes[..<500],
                                          fileName: "a.pdf", size: 1000, sha256: digest)
        #expect(half.status == 200)
        let stolen = try await sim.putChunk(task: other.taskId, upload: "u1", offset: 500, bytes: bytes[500...],
                                            fileName: "a.pdf", size: 1000, sha256: digest)
        #expect(stolen.status == 409 && stolen.error?.message.contains(task.taskId) == true)
        #expect(try await sim.uploadStatus(task: other.taskId, upload: "u1").status == 409)
        let otherFile = try await sim.putChunk(task: task.taskId, upload: "u1", offset: 500, bytes: bytes[500...],
                                               fileName: "a.pdf", size: 2000, sha256: digest)
        #expect(otherFile.status == 409, "later chunks must describe the same file")
    }

    @Test("submit refuses an incomplete, mismatched or foreign upload with 422 and changes nothing")
    func submitRefusals() async throws {
        let sim = try ActionSimulator()
        let task = try #require(sim.task(at: 5, node: .sellerImplementing))
        let other = try #require(sim.task(at: 6, node: .sellerImplementing))
        let bytes = patternBytes(3000, seed: 9)
        let digest = FileDigest.sha256Hex(bytes)
        _ = try await sim.putChunk(task: task.taskId, upload: "k1-f0", offset: 0, bytes: bytes[..<1000],
                                   fileName: "a.pdf", size: 3000, sha256: digest)
        let route = ActionRoute.submitDeliverables(taskId: task.taskId)
        let incomplete = try await sim.post(route, key: "k1", body: submitBody([("k1-f0", "a.pdf", 3000, digest, "ACCEPTANCE")]))
        #expect(incomplete.status == 422 && incomplete.error?.code == ResultCodes.checksumMismatch)
        #expect(incomplete.error?.message.contains("1000 of 3000") == true)

        _ = try await sim.putChunk(task: task.taskId, upload: "k1-f0", offset: 1000, bytes: bytes[1000...],
                                   fileName: "a.pdf", size: 3000, sha256: digest)
        let wrongSize = try await sim.post(route, key: newKey(), body: submitBody([("k1-f0", "a.pdf", 2999, digest, "SOW")]))
        #expect(wrongSize.status == 422)
        let wrongDigest = try await sim.post(route, key: newKey(),
                                             body: submitBody([("k1-f0", "a.pdf", 3000, String(repeating: "0", count: 64), "SOW")]))
        #expect(wrongDigest.status == 422)
        let missing = try await sim.post(route, key: newKey(), body: submitBody([
            ("k1-f0", "a.pdf", 3000, digest, "SOW"), ("k1-f1", "b.png", 10, digest, "SCREENSHOT"),
        ]))
        #expect(missing.status == 422 && missing.error?.message.contains("k1-f1") == true)
        let foreign = try await sim.post(.submitDeliverables(taskId: other.taskId), key: newKey(),
                                         body: submitBody([("k1-f0", "a.pdf", 3000, digest, "SOW")]))
        #expect(foreign.status == 422 && foreign.error?.message.contains(task.taskId) == true)
        let badKind = try await sim.post(route, key: newKey(), body: submitBody([("k1-f0", "a.pdf", 3000, digest, "PHOTO")]))
        #expect(badKind.status == 400 && badKind.error?.message.contains("$.files[0].kind") == true)
        let noFiles = try await sim.post(route, key: newKey(), body: #"{"files":[]}"#)
        #expect(noFiles.status == 400 && noFiles.error?.message.contains("$.files") == true)
        #expect(sim.current(.supervision, task.taskId) == .supervision(task))
        #expect(sim.current(.supervision, other.taskId) == .supervision(other))
        #expect(sim.simulator.appliedActions.isEmpty)
    }

    @Test("a complete delivery moves 赋能云 tasks to 华为云复核 and general ones to 用户确认验收",
          arguments: [(SupervisionScenario.empowerCloud, SupervisionNode.huaweiReview),
                      (.baseCloud, .huaweiReview), (.general, .waitBuyerAccept)])
    func delivery(scenario: SupervisionScenario, expected: SupervisionNode) async throws {
        let sim = try ActionSimulator()
        let task = try #require(sim.task(at: 7, node: .sellerImplementing, scenario: scenario))
        let key = "act-deliver-1"
        let report = patternBytes(2_600_000, seed: 3)
        let shot = patternBytes(40_000, seed: 4)
        let ids = [ActionRoute.uploadId(idempotencyKey: key, fileIndex: 0),
                   ActionRoute.uploadId(idempotencyKey: key, fileIndex: 1)]
        #expect(try await upload(sim, task: task.taskId, id: ids[0], report, name: "验收报告.pdf").uploadStatus().complete)
        #expect(try await upload(sim, task: task.taskId, id: ids[1], shot, name: "截图.png").uploadStatus().complete)
        let body = submitBody([
            (ids[0], "验收报告.pdf", report.count, FileDigest.sha256Hex(report), "ACCEPTANCE"),
            (ids[1], "截图.png", shot.count, FileDigest.sha256Hex(shot), "SCREENSHOT"),
        ], start: "20261120090000")
        let reply = try await sim.post(.submitDeliverables(taskId: task.taskId), key: key, body: body)
        #expect(reply.status == 200, "\(reply.text)")
        guard case .supervision(let delivered) = try reply.record(.supervision) else { throw Failure("not a task") }
        #expect(delivered.node == expected)
        #expect(delivered.actualServiceStartTime == Timestamp(koogallery: "20261120090000"))
        let added = delivered.deliverables.suffix(2)
        #expect(added.map(\.fileName) == ["验收报告.pdf", "截图.png"])
        #expect(added.map(\.size) == [Int64(report.count), Int64(shot.count)])
        #expect(added.map(\.sha256) == [FileDigest.sha256Hex(report), FileDigest.sha256Hex(shot)])
        #expect(added.map(\.kind) == [.acceptance, .screenshot])
        let again = try await sim.post(.submitDeliverables(taskId: task.taskId), key: key, body: body)
        #expect(again.body == reply.body)
        #expect(sim.simulator.appliedCount(forKey: key) == 1)
    }
}
