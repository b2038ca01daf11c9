import Foundation
import SellerCore
import SellerStore
import TestSupport
import Testing

/// Seller actions in the real `seller-console demo` under tmux: a requirement confirmed and then delivered with
/// a file chosen in the file picker, and a bulk 重新启动 of every open exception, each through its
/// confirmation dialog, sent by the console's own sender to the in-process marketplace.
@Suite("console actions in tmux", .exclusive, .serialized,
        .enabled(if: Tmux.path != nil, "tmux is not installed: real-terminal tests skipped"), .tags(.heavy))
struct ConsoleActionsTmuxTests {
    /// Waits for `text` anywhere on the screen.
    static func waitFor(_ tmux: Tmux, _ text: String, timeout: TimeInterval = 30) throws -> Bool {
        try waitUntil(timeout: timeout, pollEvery: 0.05) { try tmux.capture().joined(separator: "\n").contains(text) }
    }

    /// The N of the bulk dialog's `重新启动 N 条消息`.
    static func restartCount(in screen: [String]) -> Int? {
        guard let match = screen.joined(separator: "\n").firstMatch(of: /重新启动 (\d+) 条消息/) else { return nil }
        return Int(match.1)
    }

    /// Presses the focused dialog's second button (the action; Cancel is focused first) and Enter.
    static func confirmDialog(_ tmux: Tmux) throws {
        try tmux.sendKeys(["Right"])
        try tmux.sendKeys(["Enter"])
    }

    @Test("confirm a requirement, deliver a file to it, and bulk-retry every open exception")
    func confirmDeliverAndBulkRetry() throws {
        let tmux = try Tmux(label: "actions")
        defer { tmux.killServer() }
        let folder = tmux.folder.path
        let document = folder + "/验收报告.txt"
        try Data("验收通过，签字确认。\n".utf8).write(to: URL(fileURLWithPath: document))
        try tmux.start(width: 160, height: 45, command: [
            "XDG_STATE_HOME=\(folder)/state", "XDG_CONFIG_HOME=\(folder)/config",
            try ConsoleTmuxTests.binary(), "demo", "--no-relay", "--orders", "600",
            "--store", "\(folder)/demo.db", "--log", "\(folder)/log",
        ])
        #expect(try waitUntil(timeout: 60, pollEvery: 0.05) { try tmux.capture().last?.contains("已同步") == true },
                "\(tmux.lastCapture.joined(separator: "\n"))")

        // 确认需求 on the first task waiting for the seller's confirmation.
        try tmux.sendKeys(["4"])
        try tmux.sendKeys(["/"])
        try tmux.sendKeys(["-l", "商家确认需求"])
        try tmux.sendKeys(["Enter"])
        #expect(try waitUntil(timeout: 20, pollEvery: 0.05) {
            try tmux.capture().count > 3 && tmux.lastCapture[1].contains("筛选「商家确认需求」")
                && tmux.lastCapture[3].contains("商家确认需求")
        }, "\(tmux.lastCapture.joined(separator: "\n"))")
        // The first row's order number (the gutter before it may say 新).
        let orderId = try #require(tmux.lastCapture[3].split(separator: "│").first?
            .split(separator: " ").first { $0.hasPrefix("CS") }.map(String.init))
        try tmux.sendKeys(["c"])
        #expect(try Self.waitFor(tmux, "确认买家提交的需求吗？"))
        #expect(try Self.waitFor(tmux, "订单 \(orderId)"), "the dialog names the order")
        try Self.confirmDialog(tmux)
        // Follow the task by its order number: it moves to 商家实施服务 once the marketplace applied it.
        // Esc dismisses the toasts the action raised first, then clears the filter.
        #expect(try waitUntil(timeout: 20, pollEvery: 0.2) {
            guard try tmux.capture()[1].contains("筛选") else { return true }
            try tmux.sendKeys(["Escape"])
            return false
        }, "\(tmux.lastCapture.joined(separator: "\n"))")
        try tmux.sendKeys(["/"])
        try tmux.sendKeys(["-l", orderId])
        try tmux.sendKeys(["Enter"])
        #expect(try waitUntil(timeout: 30, pollEvery: 0.05) {
            try tmux.capture().count > 3 && tmux.lastCapture[3].contains(orderId)
                && tmux.lastCapture[3].contains("商家实施服务")
        }, "\(tmux.lastCapture.joined(separator: "\n"))")

        // 交付: pick the file with a typed path and Tab completion, submit, confirm.
        try tmux.sendKeys(["d"])
        #expect(try Self.waitFor(tmux, "文件路径"))
        try tmux.sendKeys(["-l", folder + "/验收"])
        try tmux.sendKeys(["Tab"])
        #expect(try Self.waitFor(tmux, "验收报告.txt"))
        try tmux.sendKeys(["Enter"])
        #expect(try Self.waitFor(tmux, "sha256"), "the chosen file is measured")
        for _ in 0..<3 { try tmux.sendKeys(["C-n"]) }
        try Self.confirmDialog(tmux)
        #expect(try Self.waitFor(tmux, "上传以下 1 个文件"), "\(tmux.lastCapture.joined(separator: "\n"))")
        try Self.confirmDialog(tmux)
        #expect(try waitUntil(timeout: 30, pollEvery: 0.05) {
            let row = try tmux.capture()[3]
            return row.contains(orderId) && (row.contains("华为云复核") || row.contains("用户确认验收"))
        }, "\(tmux.lastCapture.joined(separator: "\n"))")

        // Bulk 重新启动: mark every open exception and retry them in one dialog.
        try tmux.sendKeys(["3"])
        #expect(try Self.waitFor(tmux, "┌ 接口异常 ·"))
        try tmux.sendKeys(["*"])
        try tmux.sendKeys(["R"])
        #expect(try Self.waitFor(tmux, "条消息"), "\(tmux.lastCapture.joined(separator: "\n"))")
        let marked = try #require(Self.restartCount(in: tmux.lastCapture), "\(tmux.lastCapture.joined(separator: "\n"))")
        try Self.confirmDialog(tmux)
        try tmux.sendKeys(["6"])
        let store = try LocalStore(path: folder + "/demo.db", readOnly: true)
        defer { try? store.close() }
        // Finished means every marked message's restart is in the outbox (the console queues them a moment after
        // the dialog closes: an empty outbox is not yet a finished one) and none is still on its way.
        #expect(try waitUntil(timeout: 60, pollEvery: 0.1) {
            let counts = try store.outboxCounts()
            let restarts = try store.outboxPage(limit: 1000).filter { $0.action.kind == .restart }.count
            return restarts >= marked
                && (counts[.queued] ?? 0) + (counts[.sending] ?? 0) + (counts[.waiting] ?? 0) == 0
        }, "the sender finished every action")
        // A 重新启动 whose re-call failed again is failed, with its reason, and stays unfinished (issue 13).
        let failed = try store.outboxPage(states: [.failed], limit: 1000)
        #expect(failed.allSatisfy { $0.failure?.kind == .restartFailed }, "\(failed.map(\.lastError))")
        #expect(try waitUntil(timeout: 60, pollEvery: 0.1) {
            let screen = try tmux.capture()
            // The tab counts every item it lists (issue 13); the failed restarts stay unfinished.
            return screen.first?.contains("6 队列 ") == true && screen[1].contains("未完成 \(failed.count)")
                && screen.joined().contains(failed.isEmpty ? "已完成" : "重新启动失败")
        }, "\(tmux.lastCapture.joined(separator: "\n"))")
        try tmux.sendKeys(["q"])
        #expect(waitUntil(timeout: 20, pollEvery: 0.05) { (try? tmux.capture())?.joined().contains("已同步") != true })

        let counts = try store.outboxCounts()
        #expect((counts[.failed] ?? 0) == failed.count && (counts[.done] ?? 0) > 2, "\(counts)")
        let actions = try store.outboxPage(limit: 1000).map(\.action.kind)
        #expect(actions.filter { $0 == .restart }.count == (counts[.done] ?? 0) - 2 + failed.count)
        #expect(actions.contains(.confirmRequirement) && actions.contains(.deliver))
    }
}
