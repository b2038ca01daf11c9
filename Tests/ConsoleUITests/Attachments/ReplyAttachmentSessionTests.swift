import ConsoleUI
import ListContract
import SellerCore
import SellerStore
import TermUI
import TestSupport
import Testing

/// 留言 with attachments in the console: Ctrl-F opens the deliver form's picker for the reply's files, its
/// submit comes back to the reply, Esc keeps what the reply had, and the queued reply carries the files.
@Suite struct ReplyAttachmentSessionTests {
    @Test func ctrlFPicksFilesForTheReplyAndTheOutboxGetsThem() throws {
        let directory = try TemporaryDirectory("reply-attach")
        let storePath = try ActionFixtures.store(orders: 300, in: directory)
        let files = try ActionFixtures.files(in: directory)
        let driver = try ConsoleDriver(storePath: storePath, size: Size(width: 120, height: 40),
                                       workingDirectory: files)
        driver.press(.char("5"), .char(":"))
        driver.type("status all")
        driver.press(.enter)
        #expect(driver.select(id: PresentationFixtures.caseId))
        driver.press(.char("m"))
        driver.type("日志见附件")
        #expect(driver.screenText.contains("附件：Ctrl-F 添加"))
        driver.press(.ctrl("f"))
        guard case .deliver(let picker)? = driver.state.dialog else {
            Issue.record("Ctrl-F did not open the picker: \(String(describing: driver.state.dialog))")
            return
        }
        #expect(picker.reply != nil)
        #expect(driver.screenText.contains("留言附件"))
        #expect(!driver.screenText.contains("服务实际开通时间"))
        driver.type("docs/截")
        driver.press(.tab, .enter)
        // Esc leaves the picker without changing the reply.
        driver.press(.escape)
        guard case .form(let unchanged)? = driver.state.dialog else {
            Issue.record("Esc did not go back to the reply")
            return
        }
        #expect(unchanged.attachments.isEmpty)
        #expect(unchanged.fields[0].input.text == "日志见附件")
        driver.press(.ctrl("f"))
        driver.type("docs/截")
        driver.press(.tab, .enter)
        driver.type("验")
        driver.press(.tab, .enter)
        driver.press(.ctrl("n"), .ctrl("n"), .right, .enter)   // files → 取消 → 提交
        guard case .form(let reply)? = driver.state.dialog else {
            Issue.record("the picker's submit did not go back to the reply: \(String(describing: driver.state.dialog))")
            return
        }
        #expect(reply.attachments.map(\.fileName) == ["截图.png", "验收报告.pdf"])
        #expect(reply.attachments.allSatisfy { $0.kind == .other })
        #expect(driver.screenText.contains("附件：2个 Ctrl-F"))
        driver.press(.tab, .tab, .tab, .enter)
        guard case .confirm(let confirm)? = driver.state.dialog else {
            Issue.record("no confirmation")
            return
        }
        #expect(confirm.items.contains("· 截图.png · 20 B"))
        driver.press(.tab, .enter)
        let store = try LocalStore(path: storePath)
        defer { try? store.close() }
        let item = try #require(try store.outboxItems(target: .tickets, id: PresentationFixtures.caseId).first)
        #expect(item.action == .replyTicket(caseId: PresentationFixtures.caseId, content: "日志见附件",
                                            waitForCustomer: false, files: reply.attachments))
        #expect(item.action.uploadBytes == Int64(ActionFixtures.screenshotText.utf8.count
                                                  + ActionFixtures.acceptanceText.utf8.count))
    }
}
