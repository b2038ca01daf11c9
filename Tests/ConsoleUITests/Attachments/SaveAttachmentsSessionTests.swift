import ConsoleRuntime
import ConsoleUI
import Foundation
import MarketAPI
import SellerCore
import TermUI
import TestSupport
import Testing

/// `s` in a supervision task's detail: the `:` line offers `save FOLDER`, Enter asks the runtime for the download,
/// the status bar shows its progress and each file's result is a toast. Elsewhere `s` still sorts.
@Suite struct SaveAttachmentsSessionTests {
    static let stamp = Timestamp(koogallery: "20261123090000") ?? Timestamp(millis: 0)
    static let taskId = "SV-ATTACH-0001"

    static func task() -> SupervisionTask {
        SupervisionTask(
            taskId: taskId, orderId: "CS-ATTACH-0001", productName: "数据库运维专家服务", customerName: "杭州云帆",
            flowKind: .standardManual, scenario: .general, node: .waitSellerConfirm, nodeSince: stamp, rejectCount: 0,
            requirementText: "请完成巡检",
            requirementFiles: [SupervisionFile(fileName: "需求说明书.docx", size: 2_048, sha256: String(repeating: "a", count: 64),
                                               kind: nil, uploadedAt: stamp,
                                               downloadPath: AttachmentPath.path(taskId: taskId, fileId: "f1"))],
            deliverables: [SupervisionFile(fileName: "../验收报告.pdf", size: 4_096,
                                           sha256: String(repeating: "b", count: 64), kind: .acceptance,
                                           uploadedAt: stamp,
                                           downloadPath: AttachmentPath.path(taskId: taskId, fileId: "f2"))],
            actualServiceStartTime: nil, history: [], updatedAt: stamp)
    }

    static let caseId = "TT-ATTACH-0001"

    /// A ticket whose reply carried a file.
    static func ticket() -> Ticket {
        let file = SupervisionFile(fileName: "修复说明.pdf", size: 512, sha256: String(repeating: "d", count: 64),
                                   kind: nil, uploadedAt: stamp,
                                   downloadPath: AttachmentPath.path(caseId: caseId, fileId: "u-k-f0"))
        return Ticket(caseId: caseId, orderId: nil, productId: "OFFI1", productName: "智能客服", customerId: "c1",
                      customerName: "杭州云帆", assignee: "主账号", title: "无法登录", status: .inProgress,
                      createTime: stamp,
                      messages: [TicketMessage(messageId: "1-1", author: .customer, content: "无法登录", createTime: stamp),
                                 TicketMessage(messageId: "1-2", author: .seller, content: "见附件", createTime: stamp,
                                               attachments: [file])],
                      updatedAt: stamp)
    }

    static func driver(in directory: TemporaryDirectory, downloadDirectory: String? = nil) throws -> ConsoleDriver {
        let storePath = try ConsoleFixtureStore.make(orders: 40, extra: [.supervision(task()), .ticket(ticket())],
                                                     in: directory)
        let driver = try ConsoleDriver(storePath: storePath, size: Size(width: 120, height: 32),
                                       workingDirectory: directory.path)
        driver.console.state.attachments.downloadDirectory = downloadDirectory
        driver.press(.char(":"))
        driver.type("goto \(taskId)")
        driver.press(.enter)
        if driver.state.focus != .detail { driver.press(.enter) }
        return driver
    }

    static func downloads(_ driver: ConsoleDriver) -> [DownloadRequest] {
        driver.otherEffects.compactMap { if case .download(let request) = $0 { request } else { nil } }
    }

    @Test("s offers the working directory, Enter downloads every file of the task there")
    func sDownloadsIntoTheOfferedFolder() throws {
        let directory = try TemporaryDirectory("save-session")
        let driver = try Self.driver(in: directory)
        #expect(driver.state.detail.record?.id == Self.taskId)
        #expect(driver.state.focus == .detail)
        driver.press(.char("s"))
        guard case .command(let input) = driver.state.mode else {
            Issue.record("s did not open the command line: \(driver.state.mode)")
            return
        }
        #expect(input.text == "save " + directory.path)
        #expect(driver.screenText.contains(":save " + directory.path))
        driver.press(.enter)
        let requests = Self.downloads(driver)
        #expect(requests.count == 1)
        let request = try #require(requests.first)
        #expect(request.recordId == Self.taskId)
        #expect(request.folder == directory.path)
        #expect(request.files == Self.task().requirementFiles + Self.task().deliverables)
        #expect(driver.toast?.contains("开始下载 2 个文件") == true)

        driver.send(.downloadProgress(DownloadProgress(job: request.job, fileIndex: 1, fileCount: 2,
                                                       fileName: "../验收报告.pdf", receivedBytes: 3_072,
                                                       totalBytes: 6_144)))
        #expect(driver.screenText.contains("⇣ 下载 50% 2/2 ../验收报告.pdf"))
        driver.send(.downloadFileFinished(DownloadFileResult(
            job: request.job, fileName: "需求说明书.docx", outcome: .success(directory.file("需求说明书.docx")),
            isLast: false)))
        #expect(driver.toast?.contains("已保存，SHA-256 校验通过") == true)
        driver.send(.downloadFileFinished(DownloadFileResult(
            job: request.job, fileName: "../验收报告.pdf",
            outcome: .failure(.checksumMismatch(expected: String(repeating: "b", count: 64),
                                                actual: String(repeating: "c", count: 64))),
            isLast: true)))
        #expect(driver.toast?.contains("SHA-256不符") == true)
        #expect(driver.state.attachments.running == nil)
        #expect(!driver.screenText.contains("⇣ 下载"))
    }

    @Test("the folder can be edited, is relative to the working directory, and download_dir is offered first")
    func editedAndConfiguredFolders() throws {
        let directory = try TemporaryDirectory("save-session")
        let driver = try Self.driver(in: directory, downloadDirectory: "/srv/downloads")
        driver.press(.char("s"))
        guard case .command(let input) = driver.state.mode else {
            Issue.record("s did not open the command line")
            return
        }
        #expect(input.text == "save /srv/downloads")
        driver.press(.escape)
        driver.press(.char(":"))
        driver.type("save 附件/本周")
        driver.press(.enter)
        #expect(Self.downloads(driver).map(\.folder) == [directory.path + "/附件/本周"])
        driver.send(.downloadFileFinished(DownloadFileResult(job: 1, fileName: "a", outcome: .failure(.cancelled),
                                                             isLast: true)))
        driver.console.state.attachments.homeDirectory = "/home/seller"
        driver.press(.char(":"))
        driver.type("save ~/下载")
        driver.press(.enter)
        #expect(Self.downloads(driver).map(\.folder).last == "/home/seller/下载")
        // A second download waits for the first to end.
        driver.press(.char(":"))
        driver.type("save")
        driver.press(.enter)
        #expect(Self.downloads(driver).count == 2)
        #expect(driver.toast?.contains("正在下载") == true)
    }

    @Test("in the list, s still sorts; :save outside a task's detail says where it works")
    func sSortsInTheList() throws {
        let directory = try TemporaryDirectory("save-session")
        let driver = try Self.driver(in: directory)
        for _ in 0..<4 where driver.state.focus == .detail { driver.press(.escape) }
        #expect(driver.state.focus == .list)
        let sort = driver.state.activeList?.query.sort
        driver.press(.char("s"))
        #expect(driver.state.mode == .normal)
        #expect(driver.state.activeList?.query.sort != sort)
        driver.press(.char("1"))
        driver.press(.char(":"))
        driver.type("save /tmp")
        driver.press(.enter)
        #expect(Self.downloads(driver).isEmpty)
        #expect(driver.toast?.contains("服务监管任务或工单的详情") == true)
    }

    @Test("help lists the save key in the detail group")
    func helpListsSave() {
        let groups = Keymap.defaults.helpGroups(language: .en)
        let detail = groups.first { $0.title == "Detail" }
        #expect(detail?.entries.contains { $0.keys == "s" && $0.description.contains("Save the files") } == true)
    }

    @Test("in a ticket's detail, s saves the files sent with its messages, shown under each message")
    func ticketFiles() throws {
        let directory = try TemporaryDirectory("save-session")
        let driver = try Self.driver(in: directory)
        driver.press(.char(":"))
        driver.type("goto \(Self.caseId)")
        driver.press(.enter)
        if driver.state.focus != .detail { driver.press(.enter) }
        #expect(driver.screenText.contains("修复说明.pdf"))
        driver.press(.char("s"), .enter)
        let request = try #require(Self.downloads(driver).first)
        #expect(request.recordId == Self.caseId)
        #expect(request.files == Self.ticket().messages[1].attachments)
    }
}
