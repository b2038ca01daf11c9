import Testing
@testable import TermUI

@Suite struct DialogTests {
    let dialog = Dialog(
        title: "重试回调 Retry",
        body: ["重试订单 CS1001 的开通回调？"],
        buttons: [.init("取消 Cancel"), .init("重试 Retry", isDanger: true)],
        focusedButton: 0, preferredWidth: 36)

    @Test func rendersCentredWithFocusedCancel() {
        let b = rendered(dialog, width: 40, height: 9)
        expectLines(b, [
            "",
            "  ╔ 重试回调 Retry ══════════════════╗",
            "  ║                                  ║",
            "  ║ 重试订单 CS1001 的开通回调？     ║",
            "  ║                                  ║",
            "  ║ [ 取消 Cancel ]  [ 重试 Retry ]  ║",
            "  ╚══════════════════════════════════╝",
            "",
            "",
        ])
        let l = dialog.layout(in: b.area)
        #expect(l.frame == Rect(x: 2, y: 1, width: 36, height: 6))
        #expect(l.buttons.count == 2)
        #expect(b[l.buttons[0].x, 5].role == .dialogButtonFocus)
        #expect(b[l.buttons[0].x, 5].emphasis == [.reverse, .bold])
        #expect(b[l.buttons[1].x, 5].role == .dialogDanger)
        #expect(b[4, 3].role == .dialog)
    }

    @Test func focusedDangerButton() {
        var d = dialog
        d.focusedButton = 1
        let b = rendered(d, width: 40, height: 9)
        let l = d.layout(in: b.area)
        #expect(b[l.buttons[1].x, l.buttons[1].y].role == .dialogDangerFocus)
        #expect(b[l.buttons[0].x, l.buttons[0].y].role == .dialogButton)
    }

    @Test func reservesInputRowsAndWrapsBody() {
        let d = Dialog(title: "确认 Confirm", body: ["买家要求提供部署文档和发票，尽快处理"], buttons: [.init("取消"), .init("确认")],
                       inputHeight: 2, preferredWidth: 24)
        let area = Rect(x: 0, y: 0, width: 30, height: 14)
        let l = d.layout(in: area)
        #expect(l.body.height == 2)
        #expect(l.input == Rect(x: l.body.x, y: l.body.bottom + 1, width: 20, height: 2))
        var b = Buffer(size: area.size)
        b.render(d, in: area)
        if let input = l.input {
            b.render(MultiLineTextInput(MultiLineTextInputState("原因"), placeholder: ""), in: input)
        }
        #expect(b.lines.contains { $0.contains("买家要求提供部署文档") })
        #expect(b.lines.contains { $0.contains("原因") })
        #expect(b[l.input?.x ?? 0, l.input?.y ?? 0].role == .input)
    }

    @Test func shrinksToSmallAreas() {
        let b = rendered(dialog, width: 12, height: 4)
        #expect(dialog.layout(in: b.area).frame == Rect(x: 0, y: 0, width: 12, height: 4))
        #expect(b.lines[0].hasPrefix("╔"))
        #expect(b.lines[3].hasPrefix("╚"))
    }

    @Test func zeroAreaAndOneColumn() {
        #expect(rendered(dialog, width: 0, height: 0).cells.isEmpty)
        let one = rendered(dialog, width: 1, height: 5)
        #expect(one.trimmedLines == ["", "", "", "", ""])
        #expect(roleRow(one, 2) == "d")
    }
}

@Suite struct ToastTests {
    @Test func infoToastWrapsInsideItsFrame() {
        let toast = Toast("同步完成 Sync finished: 1,234 orders")
        let b = rendered(toast, width: 20, height: 2)
        // Too long for word wrapping: the rows are filled so nothing is lost (the end counts most).
        expectLines(b, [" 同步完成 Sync fini", " shed: 1,234 orders"])
        #expect(roleRow(b, 0) == String(repeating: "i", count: 20))
    }

    @Test func aLongPathLosesItsMiddleAndKeepsItsEnd() {
        let toast = Toast("不能交付 /home/seller/deliveries/2026/acceptance/final-report.pdf：文件不存在")
        let b = rendered(toast, width: 24, height: 2)
        expectLines(b, [" 不能交付 /home/…final-", " report.pdf：文件不存在"])
    }

    @Test func frameSitsAboveTheStatusBar() {
        let toast = Toast("失败 failed", kind: .error)
        let f = toast.frame(in: Rect(x: 0, y: 0, width: 80, height: 24))
        #expect(f == Rect(x: 67, y: 22, width: 13, height: 1))
        var b = Buffer(size: Size(width: 80, height: 24))
        b.render(toast, in: f)
        #expect(b.trimmedLines[22] == String(repeating: " ", count: 67) + " 失败 failed")
        #expect(b[68, 22].role == .toastError && b[68, 22].emphasis == .bold)
        #expect(Toast("x", kind: .warn).role == .toastWarn)
        let long = Toast(String(repeating: "很长", count: 100), maxWidth: 30, maxLines: 2)
        #expect(long.frame(in: Rect(x: 0, y: 0, width: 80, height: 24)) == Rect(x: 50, y: 21, width: 30, height: 2))
    }

    @Test func zeroAreaAndOneColumn() {
        #expect(rendered(Toast("hi"), width: 0, height: 0).cells.isEmpty)
        #expect(Toast("hi").frame(in: .zero).isEmpty)
        expectLines(rendered(Toast("hi"), width: 1, height: 1), ["…"])
    }
}

@Suite struct StatusBarTests {
    let bar = StatusBar(hints: [.init("q", "退出"), .init("/", "过滤"), .init("?", "帮助"), .init("Enter", "详情")],
                        right: "已同步 12:03", rightRole: .barStale)

    @Test func hintsLeftSyncStateRight() {
        let b = rendered(bar, width: 40, height: 1)
        expectLines(b, [" q 退出  / 过滤  ? 帮助     已同步 12:03"])
        #expect(roleRow(b, 0).hasPrefix("bKbbbbbbbKbbbbbbbKbbbbb"))
        #expect(roleRow(b, 0).hasSuffix("BBBBBBBBBBBB"))
    }

    @Test func hintsDropWholeWhenShort() {
        expectLines(rendered(bar, width: 26, height: 1), [" q 退出" + String(repeating: " ", count: 7) + "已同步 12:03"])
        expectLines(rendered(bar, width: 12, height: 1), ["已同步 12:03"])
        expectLines(rendered(bar, width: 8, height: 1), ["已同步 …"])
    }

    @Test func zeroAreaAndOneColumn() {
        #expect(rendered(bar, width: 0, height: 1).cells.isEmpty)
        expectLines(rendered(bar, width: 1, height: 1), ["…"])
        expectLines(rendered(StatusBar(hints: [.init("q", "")]), width: 3, height: 1), [" q"])
    }
}
