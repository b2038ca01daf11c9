import Foundation
import TestSupport
import Testing

/// Issue 14's copy through a real terminal: `seller-console demo` in tmux with `set-clipboard on`, which turns
/// the console's OSC 52 into a tmux paste buffer; over SSH `o` shows the Seller Center address and `y` copies it.
@Suite("clipboard in tmux", .exclusive, .serialized,
        .enabled(if: Tmux.path != nil, "tmux is not installed: real-terminal tests skipped"), .tags(.heavy))
struct ClipboardTmuxTests {
    static let produceMsg = "https://console.huaweicloud.com/marketplace/isv/#/console/produceMsg"

    @Test("y puts the selected order id on tmux's clipboard; o over SSH shows the address and y copies it")
    func copyAndLinkOverSSH() throws {
        let tmux = try Tmux(label: "clipboard")
        defer { tmux.killServer() }
        let folder = tmux.folder.path
        let conf = try String(contentsOfFile: tmux.folder.file("tmux.conf"), encoding: .utf8)
        try (conf + "set -s set-clipboard on\n").write(toFile: tmux.folder.file("tmux.conf"), atomically: true,
                                                       encoding: .utf8)
        try tmux.start(width: 160, height: 45, command: [
            "XDG_STATE_HOME=\(folder)/state", "XDG_CONFIG_HOME=\(folder)/config",
            "SSH_CONNECTION=10.0.0.2 52044 10.0.0.1 22",
            try ConsoleTmuxTests.binary(), "demo", "--no-relay", "--orders", "60",
            "--store", "\(folder)/demo.db", "--log", "\(folder)/log",
        ])
        let screen = { try tmux.capture().joined(separator: "\n") }
        #expect(try waitUntil(timeout: 60, pollEvery: 0.05) { try tmux.capture().last?.contains("已同步") == true },
                "\(tmux.lastCapture.joined(separator: "\n"))")
        try tmux.sendKeys(["1"])
        #expect(try waitUntil(timeout: 20, pollEvery: 0.05) { try screen().contains("订单 ·") })
        try tmux.sendKeys(["y"])
        #expect(try waitUntil(timeout: 20, pollEvery: 0.05) { try screen().contains("已复制订单号：") },
                "\(tmux.lastCapture.joined(separator: "\n"))")
        let toast = try #require(tmux.lastCapture.first { $0.contains("已复制订单号：") })
        let id = try #require(toast.components(separatedBy: "已复制订单号：").last?
            .prefix { $0.isLetter || $0.isNumber || $0 == "-" })
        #expect(!id.isEmpty)
        #expect(try tmux.run(["show-buffer"]) == String(id), "toast: \(toast)")

        try tmux.sendKeys(["3"])
        #expect(try waitUntil(timeout: 20, pollEvery: 0.05) { try screen().contains("接口异常 ·") })
        try tmux.sendKeys(["o"])
        #expect(try waitUntil(timeout: 20, pollEvery: 0.05) { try screen().contains("通过 SSH 连接") },
                "\(tmux.lastCapture.joined(separator: "\n"))")
        try tmux.sendKeys(["y"])
        #expect(try waitUntil(timeout: 20, pollEvery: 0.05) { try tmux.run(["show-buffer"]) == Self.produceMsg },
                "\(tmux.lastCapture.joined(separator: "\n"))")
        try tmux.sendKeys(["q"])
    }
}
