import ConsoleRuntime
import ConsoleUI
import Foundation
import SellerCore
import TermUI
import TestSupport
import Testing

/// `o` (issue 14, item 3): the effect it asks for, and what the runtime does with it over SSH, with an opener
/// and with none; `y` copies an address the toast shows.
@Suite struct LinkOutSessionTests {
    static let produceMsg = "https://console.huaweicloud.com/marketplace/isv/#/console/produceMsg"

    @Test func oAsksToOpenTheRecordsPage() throws {
        let links = SellerCenterLinks(site: .cn, templates: [.orders: "https://seller.example/o/{id}"])
        let harness = try ClipboardHarness(sellerCenter: links)
        harness.show(tab: "1", id: PresentationFixtures.orderId)
        var copy = harness.state
        #expect(copy.update(.key(.char("o"))) == [.openLink("https://seller.example/o/CS2611230912K7Q2M")])
        // Without a template the order's page is unknown, and the toast names the setting.
        let bare = try ClipboardHarness(sellerCenter: SellerCenterLinks(site: .cn))
        bare.show(tab: "1", id: PresentationFixtures.orderId)
        var unknown = bare.state
        #expect(unknown.update(.key(.char("o"))).isEmpty)
        #expect(unknown.toasts.last?.message
                == "没有已知的卖家中心页面：订单（在配置文件的 [links] 中设置 orders = https://…{id}）。")
    }

    @Test func overSSHTheAddressIsShownAndYCopiesIt() throws {
        let programs = ClipboardPrograms(environment: ["SSH_CONNECTION": "10.0.0.2 52044 10.0.0.1 22",
                                                       "PATH": "/usr/bin:/bin"])
        let harness = try ClipboardHarness(sellerCenter: SellerCenterLinks(site: .cn), programs: programs)
        harness.show(tab: "3", id: PresentationFixtures.messageId)
        harness.press(.char("o"))
        #expect(harness.toast == "通过 SSH 连接，未打开浏览器。卖家中心地址：\(Self.produceMsg)（按 y 复制）")
        harness.press(.char("y"))
        #expect(harness.writes.map(ClipboardHarness.decoded) == [Self.produceMsg])
        // Once taken, y copies the record's id again.
        harness.press(.char("y"))
        #expect(harness.writes.last.flatMap(ClipboardHarness.decoded) == PresentationFixtures.messageId)
        // Esc takes the toasts and the offer away.
        harness.press(.char("o"))
        while !harness.state.toasts.isEmpty { harness.press(.escape) }
        harness.press(.char("y"))
        #expect(harness.writes.last.flatMap(ClipboardHarness.decoded) == PresentationFixtures.messageId)
    }

    @Test func anOpenerOnThePathGetsTheAddressAsItsArgument() throws {
        let folder = try TemporaryDirectory("opener")
        let received = folder.file("received")
        try FakeProgram.install("xdg-open", in: folder, script: "printf '%s' \"$1\" > \"$FAKE_OUT\"")
        let programs = ClipboardPrograms(environment: ["PATH": folder.path, "FAKE_OUT": received], timeoutSeconds: 10)
        let harness = try ClipboardHarness(sellerCenter: SellerCenterLinks(site: .cn), programs: programs)
        harness.show(tab: "3", id: PresentationFixtures.messageId)
        harness.press(.char("o"))
        #expect(try String(contentsOfFile: received, encoding: .utf8) == Self.produceMsg)
        #expect(harness.toast == "已用 xdg-open 在浏览器中打开卖家中心。")
        // An opener that fails at once says so, and the address is still there to copy.
        let failing = try TemporaryDirectory("failing-opener")
        try FakeProgram.install("xdg-open", in: failing, script: "exit 4")
        let failed = try ClipboardHarness(sellerCenter: SellerCenterLinks(site: .cn),
                                          programs: ClipboardPrograms(environment: ["PATH": failing.path]))
        failed.show(tab: "3", id: PresentationFixtures.messageId)
        failed.press(.char("o"))
        #expect(failed.toast == "xdg-open 未能打开浏览器：xdg-open 以状态 4 退出。地址：\(Self.produceMsg)（按 y 复制）")
        failed.press(.char("y"))
        #expect(failed.writes.map(ClipboardHarness.decoded) == [Self.produceMsg])
        // No opener at all: the address is shown.
        let none = try ClipboardHarness(sellerCenter: SellerCenterLinks(site: .cn),
                                        programs: ClipboardPrograms(environment: ["PATH": folder.file("empty")]))
        none.show(tab: "3", id: PresentationFixtures.messageId)
        none.press(.char("o"))
        #expect(none.toast == "找不到 xdg-open 或 open。卖家中心地址：\(Self.produceMsg)（按 y 复制）")
    }
}
