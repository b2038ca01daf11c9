import Foundation
import TestSupport
import Testing

/// Issue 14's item 7 on the real binary: a saved view from the config opened with `v`, the state file written
/// at quit (mode 0600), and the next console opening on the same tab with the same filter and sort.
@Suite("view memory in tmux", .exclusive, .serialized,
        .enabled(if: Tmux.path != nil, "tmux is not installed: real-terminal tests skipped"), .tags(.heavy))
struct ViewMemoryTmuxTests {
    @Test("v opens a saved view; quit and reopen: the same tab, filter and sort")
    func quitAndReopen() throws {
        let tmux = try Tmux(label: "views")
        defer { tmux.killServer() }
        let folder = tmux.folder.path
        try FileManager.default.createDirectory(atPath: folder + "/config/seller-console",
                                                withIntermediateDirectories: true)
        try Data("[view 退订]\ntab = orders\nfilter = 退订\nsort = customerName\ndesc = no\n".utf8)
            .write(to: URL(fileURLWithPath: folder + "/config/seller-console/config"))
        let command = [
            "XDG_STATE_HOME=\(folder)/state", "XDG_CONFIG_HOME=\(folder)/config", "SELLER_CONSOLE_AK=",
            try ConsoleTmuxTests.binary(), "--store", "\(folder)/s.db", "--log", "\(folder)/log",
        ]
        let title = { try tmux.capture().dropFirst().first ?? "" }
        try tmux.start(width: 120, height: 40, command: command)
        #expect(try waitUntil(timeout: 30, pollEvery: 0.05) { try tmux.capture().first?.hasPrefix(" 0 概览") == true },
                "\(tmux.lastCapture.joined(separator: "\n"))")
        // The offline warning toasts first; each Esc takes one, then `v` reaches the console.
        for _ in 0..<3 { try tmux.sendKeys(["Escape"]) }
        #expect(try waitUntil(timeout: 20, pollEvery: 0.05) { !(try tmux.capture().joined().contains("离线模式")) },
                "\(tmux.lastCapture.joined(separator: "\n"))")
        try tmux.sendKeys(["v"])
        #expect(try waitUntil(timeout: 20, pollEvery: 0.05) { try tmux.capture().joined().contains("保存的视图") })
        try tmux.sendKeys(["Enter"])
        #expect(try waitUntil(timeout: 20, pollEvery: 0.05) {
            try title().contains("订单 · 筛选「退订」 · 客户名称 ↑")
        }, "\(tmux.lastCapture.joined(separator: "\n"))")
        try Self.quit(tmux)

        let state = folder + "/state/seller-console/default.state"
        let text = try String(contentsOfFile: state, encoding: .utf8)
        #expect(text.contains("tab = orders\n") && text.contains("orders.filter = 退订\n"), "\(text)")
        let mode = try FileManager.default.attributesOfItem(atPath: state)[.posixPermissions] as? Int
        #expect(mode == 0o600)

        try tmux.run(["kill-session", "-t", Tmux.target])
        try tmux.start(width: 120, height: 40, command: command)
        #expect(try waitUntil(timeout: 30, pollEvery: 0.05) {
            try title().contains("订单 · 筛选「退订」 · 客户名称 ↑")
        }, "the console did not reopen on the remembered view: \(tmux.lastCapture.joined(separator: "\n"))")
        try Self.quit(tmux)
    }

    /// `q`, and `y` if the console asks (it asks when work would be left behind).
    static func quit(_ tmux: Tmux) throws {
        let dead = { try tmux.run(["display-message", "-p", "-t", Tmux.target, "#{pane_dead}"]).hasPrefix("1") }
        try tmux.sendKeys(["q"])
        if !(try waitUntil(timeout: 5, pollEvery: 0.05) { try dead() }) { try tmux.sendKeys(["y"]) }
        #expect(try waitUntil(timeout: 20, pollEvery: 0.05) { try dead() }, "\(tmux.lastCapture.joined(separator: "\n"))")
    }
}
