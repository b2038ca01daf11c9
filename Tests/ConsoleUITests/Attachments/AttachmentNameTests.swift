@testable import ConsoleRuntime
import MarketAPI
import SellerCore
import Testing

/// The pure parts of downloads: the names a file may take, the addresses a client accepts, the range headers,
/// and a file's download path on the wire.
@Suite struct AttachmentNameTests {
    @Test("names lose separators, control and format characters, leading dots; what is left is one name")
    func safeNames() {
        #expect(DownloadName.safe("需求说明书.docx") == "需求说明书.docx")
        #expect(DownloadName.safe("../x") == "_x")
        #expect(DownloadName.safe("a/b\\c") == "a_b_c")
        #expect(DownloadName.safe("\u{1b}[2Jx\u{7}\u{0}.txt") == "[2Jx.txt")
        #expect(DownloadName.safe("\u{202e}fdp.exe") == "fdp.exe")
        #expect(DownloadName.safe("..") == DownloadName.fallback)
        #expect(DownloadName.safe(".bashrc") == "bashrc")
        #expect(DownloadName.safe("   ") == DownloadName.fallback)
        #expect(DownloadName.safe("report. ") == "report")
        let long = DownloadName.safe(String(repeating: "长", count: 200) + ".pdf")
        #expect(long.utf8.count <= DownloadName.maximumBytes)
        #expect(long.hasSuffix(".pdf"))
    }

    @Test("numbered names keep the extension")
    func candidates() {
        #expect(DownloadName.candidate("report.pdf", attempt: 0) == "report.pdf")
        #expect(DownloadName.candidate("report.pdf", attempt: 2) == "report (2).pdf")
        #expect(DownloadName.candidate("README", attempt: 1) == "README (1)")
        #expect(DownloadName.candidate("archive.tar.gz", attempt: 1) == "archive.tar (1).gz")
    }

    @Test("only this gateway's plain paths are download paths")
    func addresses() {
        let good = AttachmentPath.path(taskId: "SV 1", fileId: "f1")
        #expect(AttachmentPath.validated(good) == good)
        #expect(AttachmentPath.ids(rawPath: good)?.id == "SV 1")
        #expect(AttachmentPath.ids(rawPath: good)?.kind == .supervision)
        #expect(AttachmentPath.ids(rawPath: AttachmentPath.path(caseId: "TT1", fileId: "u-k-f0"))?.kind == .tickets)
        #expect(AttachmentPath.ids(rawPath: good)?.fileId == "f1")
        for bad in ["https://x/seller-gateway/v1/supervision-tasks/a/files/b", "/other/v1/a",
                    "/seller-gateway/v1/supervision-tasks/a/files/../b", "/seller-gateway/v1/supervision-tasks//files/b",
                    "/seller-gateway/v1/supervision-tasks/a/files/%2E%2E", "/seller-gateway/v1/a?b",
                    "/seller-gateway/v1/a#b", "/seller-gateway/v1/名", "/seller-gateway/v1/a%2Fb",
                    AttachmentPath.path(taskId: "SV/..", fileId: "f1"),
                    "/seller-gateway/v1/" + String(repeating: "a", count: 1_100)] {
            #expect(AttachmentPath.validated(bad) == nil, "\(bad)")
        }
        #expect(AttachmentPath.ids(rawPath: "/seller-gateway/v1/supervision-tasks/a/uploads/b") == nil)
    }

    @Test("range headers round trip")
    func ranges() throws {
        let (name, value) = AttachmentPath.rangeHeader(offset: 1_048_576, length: 1_048_576)
        #expect(name == "Range")
        #expect(try #require(AttachmentPath.parseRange(value)) == (1_048_576, 2_097_151))
        #expect(try #require(AttachmentPath.parseRange("bytes=5-")) == (5, nil))
        #expect(AttachmentPath.parseRange("bytes=5-4") == nil)
        #expect(AttachmentPath.parseRange("items=0-1") == nil)
        let content = AttachmentPath.contentRange(first: 10, count: 5, size: 100)
        #expect(content == "bytes 10-14/100")
        #expect(try #require(AttachmentPath.parseContentRange(content)) == (10, 100))
        #expect(AttachmentPath.parseContentRange("bytes */100") == nil)
    }

    @Test("a file's download path is on the wire only when it has one")
    func wire() throws {
        let stamp = Timestamp(millis: 1_795_000_000_000)
        var task = SupervisionTask(taskId: "SV1", orderId: "CS1", productName: "p", customerName: "c",
                                   flowKind: .standardManual, scenario: .general, node: .waitSellerConfirm,
                                   nodeSince: stamp, rejectCount: 0, requirementText: "t",
                                   requirementFiles: [SupervisionFile(fileName: "a", size: 1, sha256: nil, kind: nil,
                                                                      uploadedAt: stamp)],
                                   deliverables: [], actualServiceStartTime: nil, history: [], updatedAt: stamp)
        var writer = JSONWriter()
        SupervisionWire.encode(task, into: &writer)
        #expect(!writer.text.contains("downloadPath"))
        task.requirementFiles[0].downloadPath = AttachmentPath.path(taskId: "SV1", fileId: "f1")
        writer = JSONWriter()
        SupervisionWire.encode(task, into: &writer)
        let decoded = try SupervisionWire.decode(try JSONFields(try JSONParser.parse(writer.text), path: ""))
        #expect(decoded == task)
    }
}

/// `download_dir` in the config's `[console]` section: the folder `s` offers, never a warning.
@Suite struct DownloadDirectoryTests {
    @Test("download_dir is read, ~ is the home folder, and the section's other checks do not warn about it")
    func parse() {
        #expect(DownloadDirectory.parse(["download_dir": " ~/附件 "], home: "/home/s") == "/home/s/附件")
        #expect(DownloadDirectory.parse(["download_dir": "~"], home: "/home/s") == "/home/s")
        #expect(DownloadDirectory.parse(["download_dir": "incoming"], home: nil) == "incoming")
        #expect(DownloadDirectory.parse(["download_dir": "  "], home: nil) == nil)
        #expect(DownloadDirectory.parse([:], home: nil) == nil)
        let (settings, warnings) = ConsoleNotifications.parse(["download_dir": "/srv/x", "bell": "on"], language: .zh)
        #expect(warnings.isEmpty)
        #expect(settings.bell)
    }
}
