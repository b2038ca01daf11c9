import Testing
@testable import TermUI

@Suite struct HelpOverlayTests {
    let help = HelpOverlay(title: "帮助 Help", groups: [
        .init("导航 Navigation", [.init("j / ↓", "下一行 next row"), .init("k / ↑", "上一行"),
                                  .init("Ctrl-D", "下半页 half page down")]),
        .init("操作 Actions", [.init("r", "重试 retry")]),
    ])

    @Test func groupedKeysAlignedByWidth() {
        let b = rendered(help, width: 44, height: 10)
        expectLines(b, [
            "     ┌ 帮助 Help ─────────────────────┐",
            "     │ 导航 Navigation                │",
            "     │ j / ↓   下一行 next row        │",
            "     │ k / ↑   上一行                 │",
            "     │ Ctrl-D  下半页 half page down  │",
            "     │                                │",
            "     │ 操作 Actions                   │",
            "     │ r       重试 retry             │",
            "     └────────────────────────────────┘",
            "",
        ])
        #expect(roleRow(b, 2).dropFirst(7).hasPrefix("yyyyyydd"))
        #expect(help.lineCount == 7)
    }

    @Test func scrollsWithScrollbarWhenTooTall() {
        let b = rendered(HelpOverlay(title: "帮助 Help", groups: help.groups, offset: 2), width: 44, height: 5)
        expectLines(b, [
            "     ┌ 帮助 Help ─────────────────────┐",
            "     │ k / ↑   上一行                ││",
            "     │ Ctrl-D  下半页 half page down █│",
            "     │                               ││",
            "     └────────────────────────────────┘",
        ])
        #expect(b.lines[1].contains("上一行"))
    }

    @Test func zeroAreaAndOneColumn() {
        #expect(rendered(help, width: 0, height: 0).cells.isEmpty)
        expectLines(rendered(help, width: 1, height: 3), ["", "", ""])
        expectLines(rendered(HelpOverlay(title: "帮助 Help", groups: [], offset: -3), width: 20, height: 3),
                    ["  ┌ 帮助 Help ───┐", "  └──────────────┘", ""])
    }
}

@Suite struct SmallWidgetTests {
    @Test func spinnerFramesCycleForAnyTick() {
        #expect(Spinner.frame(0) == "⠋")
        #expect(Spinner.frame(10) == "⠋")
        #expect(Spinner.frame(-1) == "⠏")
        #expect(Spinner.frame(Int.min) != " ")
        #expect(Spinner.frame(5, symbols: .ascii) == "/")
        let b = rendered(Spinner(tick: 1, label: "同步中 syncing"), width: 12, height: 1)
        expectLines(b, ["⠙ 同步中 sy…"])
        #expect(b[0, 0].role == .spinner)
        #expect(rendered(Spinner(tick: 0), width: 0, height: 0).cells.isEmpty)
        expectLines(rendered(Spinner(tick: 3, label: "x"), width: 1, height: 1), ["⠸"])
    }

    @Test func progressBar() {
        let b = rendered(ProgressBar(fraction: 0.45), width: 20, height: 1)
        expectLines(b, ["███████░░░░░░░░░ 45%"])
        #expect(roleRow(b, 0) == "PPPPPPP~~~~~~~~~....")
        expectLines(rendered(ProgressBar(fraction: .nan), width: 8, height: 1), ["░░░░░ 0%"])
        expectLines(rendered(ProgressBar(fraction: 7, label: "3/3"), width: 8, height: 1), ["████ 3/3"])
        expectLines(rendered(ProgressBar(fraction: -.infinity), width: 3, height: 1), ["░░░"])
        expectLines(rendered(ProgressBar(fraction: 0.5), width: 10, height: 1, policy: .ambiguousWide), ["###--- 50%"])
        #expect(rendered(ProgressBar(fraction: 1), width: 0, height: 0).cells.isEmpty)
        expectLines(rendered(ProgressBar(fraction: 1), width: 1, height: 1), ["█"])
    }

    @Test func tooSmallView() {
        // The widget draws the caller's words (in the caller's language), the first line as the warning.
        let view = TooSmallView(lines: ["Terminal too small", "need 80x24", "now 30x5"])
        let b = rendered(view, width: 30, height: 5)
        expectLines(b, ["", "      Terminal too small", "          need 80x24", "           now 30x5", ""])
        #expect(b[6, 1].role == .statusFailed)
        #expect(b[10, 2].role == .muted)
        #expect(rendered(view, width: 0, height: 0).cells.isEmpty)
        expectLines(rendered(TooSmallView(lines: ["终端太小"]), width: 1, height: 1), ["…"])
        expectLines(rendered(TooSmallView(lines: []), width: 4, height: 1), [""])
    }
}
