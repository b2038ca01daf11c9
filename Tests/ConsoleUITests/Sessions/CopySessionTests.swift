import ConsoleRuntime
import ConsoleUI
import CursesTerminal
import Foundation
import Localization
import SellerCore
import SellerStore
import TermUI
import TestSupport
import Testing

/// A headless console over the fixture store with the clipboard and links set as the live session sets them:
/// the exact OSC 52 bytes the terminal receives, the chooser, the reveal step, the cap, and `o`.
final class ClipboardHarness {
    let directory: TemporaryDirectory
    let console: HeadlessConsole

    init(method: ClipboardMethod = .osc52, sellerCenter: SellerCenterLinks? = nil,
         programs: ClipboardPrograms = ClipboardPrograms(environment: [:]), extra: [SellerRecord] = [],
         language: Language = .zh, size: Size = Size(width: 160, height: 48)) throws {
        directory = try TemporaryDirectory("clipboard")
        let storePath = try ConsoleFixtureStore.make(orders: 20, extra: PresentationFixtures.records + extra,
                                                     in: directory)
        var state = AppState(size: size, now: ConsoleDriver.now, utcOffsetSeconds: 8 * 3600,
                             startTab: .orders, language: language)
        state.clipboard.method = method
        state.sellerCenter = sellerCenter
        console = HeadlessConsole(state: state,
                                  reader: StoreReader(store: try LocalStore(path: storePath, readOnly: true)),
                                  programs: programs)
        console.start()
    }

    var state: AppState { console.state }
    var writes: [[UInt8]] { console.terminal.clipboardWrites }
    var toast: String? { state.toasts.last?.message }
    var screenText: String { ConsoleScreen.render(state).textDump }

    func press(_ keys: Key...) { console.press(keys) }

    /// Opens a tab and filters it down to one record.
    func show(tab: Character, id: String) {
        press(.char(tab), .char("/"))
        console.type(id)
        press(.enter)
    }

    /// The OSC 52 bytes for `text`, spelled out here rather than by the code under test: ESC ] 52 ; c ; then
    /// the base64 of the UTF-8 text, then BEL.
    static func osc52(base64: String) -> [UInt8] {
        [0x1B, 0x5D, 0x35, 0x32, 0x3B, 0x63, 0x3B] + Array(base64.utf8) + [0x07]
    }

    /// The text inside one recorded OSC 52 write.
    static func decoded(_ bytes: [UInt8]) -> String? {
        guard bytes.count > 8, bytes.prefix(7) == [0x1B, 0x5D, 0x35, 0x32, 0x3B, 0x63, 0x3B], bytes.last == 0x07,
              let data = Data(base64Encoded: Data(bytes[7..<(bytes.count - 1)])) else { return nil }
        return String(data: data, encoding: .utf8)
    }
}

@Suite struct CopySessionTests {
    @Test func yCopiesTheSelectedOrderIdAsOneOSC52Sequence() throws {
        let harness = try ClipboardHarness()
        harness.show(tab: "1", id: PresentationFixtures.orderId)
        #expect(harness.state.activeList?.window.selectedRow?.id == PresentationFixtures.orderId)
        harness.press(.char("y"))
        // base64("CS2611230912K7Q2M"), computed outside the code under test.
        #expect(harness.writes == [ClipboardHarness.osc52(base64: "Q1MyNjExMjMwOTEySzdRMk0=")])
        #expect(harness.toast == "已复制订单号：CS2611230912K7Q2M")
        // In the detail pane too, and in English.
        let english = try ClipboardHarness(language: .en)
        english.show(tab: "1", id: PresentationFixtures.orderId)
        english.press(.enter, .char("y"))
        #expect(english.state.focus == .detail)
        #expect(english.writes.count == 1)
        #expect(english.toast == "Copied the order ID: CS2611230912K7Q2M")
    }

    @Test func theChooserOffersWhatTheRecordHasAndCopiesTheChosenOne() throws {
        let harness = try ClipboardHarness()
        harness.show(tab: "2", id: PresentationFixtures.instanceId)
        harness.press(.char("Y"))
        let chooser = try #require(harness.state.clipboard.chooser)
        let kinds = chooser.choices.map(\.kind)
        #expect(kinds == [.recordId(.instances), .orderId, .orderLineId, .frontEndURL, .adminURL, .detailText,
                          .secret(name: "password")])
        let screen = harness.screenText
        #expect(screen.contains("复制 · 实例 \(PresentationFixtures.instanceId)"))
        #expect(screen.contains("https://kf.example.cn/t/cust-6f3a9c"))
        #expect(screen.contains(SecretMask.placeholder(.zh)))
        #expect(!screen.contains(PresentationFixtures.appPassword))
        // 4 picks the front-end address; the chooser closes.
        harness.press(.char("4"))
        #expect(harness.state.clipboard.chooser == nil)
        #expect(harness.writes.map(ClipboardHarness.decoded) == ["https://kf.example.cn/t/cust-6f3a9c"])
        #expect(harness.toast == "已复制前台地址：https://kf.example.cn/t/cust-6f3a9c")
        // Esc closes without copying.
        harness.press(.char("Y"), .escape)
        #expect(harness.state.clipboard.chooser == nil && harness.writes.count == 1)
    }

    @Test func aSecretIsCopiedOnlyAfterTheRevealIsConfirmed() throws {
        let harness = try ClipboardHarness()
        harness.show(tab: "2", id: PresentationFixtures.instanceId)
        harness.press(.char("Y"), .char("G"), .enter)
        #expect(harness.state.clipboard.chooser?.revealing == 6)
        #expect(harness.writes.isEmpty)
        #expect(harness.screenText.contains("显示并复制 password 的明文吗？"))
        #expect(!harness.screenText.contains(PresentationFixtures.appPassword))
        // Any key but y goes back to the chooser, copying nothing.
        harness.press(.char("n"))
        #expect(harness.state.clipboard.chooser?.revealing == nil && harness.state.clipboard.chooser != nil)
        #expect(harness.writes.isEmpty)
        // The digit asks too; y confirms.
        harness.press(.char("7"))
        #expect(harness.writes.isEmpty)
        harness.press(.char("y"))
        #expect(harness.writes.map(ClipboardHarness.decoded) == [PresentationFixtures.appPassword])
        #expect(harness.toast == "已复制password（明文），共 14 个字符。")
        #expect(harness.toast?.contains(PresentationFixtures.appPassword) == false)
    }

    @Test func fileHashesAndTheWholeDetailAsSanitisedText() throws {
        let harness = try ClipboardHarness()
        harness.show(tab: "4", id: PresentationFixtures.taskId)
        harness.press(.char("Y"))
        let chooser = try #require(harness.state.clipboard.chooser)
        #expect(chooser.choices.map(\.kind).contains(.fileSHA256(name: "验收报告-v2.pdf")))
        let index = try #require(chooser.choices.firstIndex { $0.kind == .fileSHA256(name: "验收报告-v2.pdf") })
        harness.press(.char(Character(String(index + 1))))
        #expect(harness.writes.map(ClipboardHarness.decoded)
                == ["2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae"])
        // The ticket's detail holds a hostile OSC 52 of its own: the copy is the screen's sanitised text.
        harness.show(tab: "5", id: PresentationFixtures.caseId)
        harness.press(.char("Y"))
        let detail = try #require(harness.state.clipboard.chooser?.choices.firstIndex { $0.kind == .detailText })
        harness.press(.char(Character(String(detail + 1))))
        let text = try #require(harness.writes.last.flatMap(ClipboardHarness.decoded))
        #expect(text.contains(PresentationFixtures.caseId) && text.contains("补充：错误码 E-1024"))
        #expect(!text.unicodeScalars.contains { $0 == "\u{1B}" || $0 == "\u{07}" })
        #expect(harness.toast?.hasPrefix("已复制全部详情（纯文本），共 ") == true)
    }

    @Test func textOverTheCapIsRefusedWithAToast() throws {
        // Five customer messages of 24,000 characters: the detail text is past 100 KB.
        var ticket = PresentationFixtures.ticket
        ticket.caseId = "TTBIG0001"
        ticket.messages = (1...5).map { TicketMessage(messageId: "big\($0)", author: .customer,
                                                      content: String(repeating: "长", count: 24_000) + "\($0)",
                                                      createTime: ticket.createTime) }
        let harness = try ClipboardHarness(extra: [.ticket(ticket)])
        harness.show(tab: "5", id: "TTBIG0001")
        harness.press(.char("Y"))
        let choices = try #require(harness.state.clipboard.chooser?.choices)
        let detail = try #require(choices.firstIndex { $0.kind == .detailText })
        #expect(choices[detail].text.utf8.count > ClipboardState.maxBytes)
        harness.press(.char(Character(String(detail + 1))))
        #expect(harness.writes.isEmpty)
        let toast = try #require(harness.toast)
        #expect(toast.hasPrefix("未复制：内容有 ") && toast.hasSuffix("超过剪贴板上限 100 KB。"), "\(toast)")
        // The id still copies.
        harness.press(.char("y"))
        #expect(harness.writes.map(ClipboardHarness.decoded) == ["TTBIG0001"])
    }

    @Test func anOrdersSecretParameterWaitsBehindTheRevealAndHelpListsTheKeys() throws {
        let harness = try ClipboardHarness()
        harness.show(tab: "1", id: PresentationFixtures.orderId)
        harness.press(.char("Y"))
        let choices = try #require(harness.state.clipboard.chooser?.choices)
        #expect(choices.map(\.kind) == [.recordId(.orders), .orderLineId, .orderLineId, .detailText,
                                         .secret(name: "adminPassword")])
        #expect(choices[2].text == "CS2611230912K7Q2M-000002")
        // The detail text is the screen's: the secret parameter masked there too.
        #expect(choices[3].text.contains("adminPassword  " + SecretMask.placeholder(.zh)))
        #expect(!choices[3].text.contains(PresentationFixtures.extendSecret))
        harness.press(.char("5"), .char("y"))
        #expect(harness.writes.map(ClipboardHarness.decoded) == [PresentationFixtures.extendSecret])
        harness.press(.char("?"))
        let help = harness.screenText
        #expect(help.contains("复制编号") && help.contains("选择要复制的内容")
                && help.contains("在卖家中心打开"), "\(help)")
    }

    @Test func aRevealedSecretNeverShowsInADescription() {
        let copy = ClipboardCopy(text: PresentationFixtures.appPassword, kind: .secret(name: "password"),
                                 method: .osc52)
        var dumped = ""
        dump(Msg.clipboardAnswered(.copied(copy)), to: &dumped)
        for text in [String(describing: copy), String(reflecting: copy), String(describing: Effect.copy(copy)),
                     String(describing: Msg.clipboardAnswered(.failed(copy, .notFound("xclip")))), dumped] {
            #expect(!text.contains(PresentationFixtures.appPassword), "\(text)")
            #expect(text.contains("14 bytes"), "\(text)")
        }
    }

    @Test func clipboardNoneRefusesNamingTheSetting() throws {
        let harness = try ClipboardHarness(method: .none)
        harness.show(tab: "1", id: PresentationFixtures.orderId)
        harness.press(.char("y"))
        #expect(harness.writes.isEmpty)
        #expect(harness.toast == "复制已关闭：配置文件的 [console] 中设置了 clipboard = none。")
    }

    @Test func aClipboardProgramGetsTheTextOnItsStdin() throws {
        let folder = try TemporaryDirectory("wl-copy")
        let received = folder.file("received")
        try FakeProgram.install("wl-copy", in: folder, script: "/bin/cat > \"$FAKE_OUT\"")
        let programs = ClipboardPrograms(environment: ["PATH": folder.path, "FAKE_OUT": received], timeoutSeconds: 10)
        let harness = try ClipboardHarness(method: .wlCopy, programs: programs)
        harness.show(tab: "1", id: PresentationFixtures.orderId)
        harness.press(.char("y"))
        #expect(harness.writes.isEmpty)
        #expect(try String(contentsOfFile: received, encoding: .utf8) == PresentationFixtures.orderId)
        #expect(harness.toast == "已复制订单号（经 wl-copy）：CS2611230912K7Q2M")
        // xclip is not on that PATH: the toast says so.
        let missing = try ClipboardHarness(method: .xclip, programs: programs)
        missing.show(tab: "1", id: PresentationFixtures.orderId)
        missing.press(.char("y"))
        #expect(missing.toast == "未能复制订单号：找不到程序 xclip。")
    }
}

/// A shell script standing in for a program the console runs (`wl-copy`, `xdg-open`), in a test's own folder.
enum FakeProgram {
    static func install(_ name: String, in folder: TemporaryDirectory, script: String) throws {
        let path = folder.file(name)
        try ("#!/bin/sh\n" + script + "\n").write(toFile: path, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: path)
    }
}
