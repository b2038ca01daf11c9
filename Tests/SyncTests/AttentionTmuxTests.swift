import Foundation
import TestSupport
import Testing

/// Issue 13's "done when": the real `seller-console demo --tick` in tmux, where the simulator's clock brings new
/// failures: the list marks them 新, a sync toasts what it brought, and (with `title = on`) the terminal title
/// counts what is new.
@Suite("attention in tmux", .exclusive, .serialized,
        .enabled(if: Tmux.path != nil, "tmux is not installed: real-terminal tests skipped"), .tags(.heavy))
struct AttentionTmuxTests {
    @Test("a tick brings a new failure: the 新 mark, the toast, the title and the overview's count appear")
    func aTickBringsANewFailure() throws {
        let tmux = try Tmux(label: "attention")
        defer { tmux.killServer() }
        let folder = tmux.folder.path
        try FileManager.default.createDirectory(atPath: folder + "/config/seller-console", withIntermediateDirectories: true)
        try Data("[console]\nbell = on\ntitle = on\n".utf8)
            .write(to: URL(fileURLWithPath: folder + "/config/seller-console/config"))
        try tmux.start(width: 160, height: 45, command: [
            "XDG_STATE_HOME=\(folder)/state", "XDG_CONFIG_HOME=\(folder)/config",
            try ConsoleTmuxTests.binary(), "demo", "--no-relay", "--orders", "300", "--tick", "1",
            "--store", "\(folder)/demo.db", "--log", "\(folder)/log",
        ])
        let screen = { try tmux.capture().joined(separator: "\n") }
        #expect(try waitUntil(timeout: 60, pollEvery: 0.05) { try tmux.capture().last?.contains("已同步") == true },
                "\(tmux.lastCapture.joined(separator: "\n"))")
        try tmux.sendKeys(["3"])
        #expect(try waitUntil(timeout: 20, pollEvery: 0.05) { try screen().contains("┌ 接口异常 ·") })
        // The first sync filled an empty store, so it toasts every failure it brought. Wait for that toast to
        // come and go, then for a later sync, after a tick, to bring a failure the seller has not seen.
        #expect(try waitUntil(timeout: 30, pollEvery: 0.05) { try screen().contains("条新的接口异常") },
                "the first sync said nothing: \(tmux.lastCapture.joined(separator: "\n"))")
        #expect(try waitUntil(timeout: 30, pollEvery: 0.05) { !(try screen().contains("条新的接口异常")) },
                "\(tmux.lastCapture.joined(separator: "\n"))")
        // On 概览 when the sync that brings a new failure lands: its toast, and the heading's count of new ones.
        try tmux.sendKeys(["0"])
        #expect(try waitUntil(timeout: 20, pollEvery: 0.05) { try screen().contains("┌ 概览 ·") })
        #expect(try waitUntil(timeout: 90, pollEvery: 0.05) { try screen().contains("条新的接口异常") },
                "no sync brought a new failure: \(tmux.lastCapture.joined(separator: "\n"))")
        #expect(try waitUntil(timeout: 20, pollEvery: 0.05) { (Self.newFailures(try tmux.capture()) ?? 0) > 0 },
                "the overview counts no new failure: \(tmux.lastCapture.joined(separator: "\n"))")
        try tmux.sendKeys(["3"])
        #expect(try waitUntil(timeout: 20, pollEvery: 0.05) { try tmux.capture().dropFirst(3).contains { $0.hasPrefix("│新 ") } },
                "no row is marked new: \(tmux.lastCapture.joined(separator: "\n"))")
        let title = try tmux.run(["display-message", "-p", "-t", Tmux.target, "#{pane_title}"])
        #expect(title.contains("条新待处理"), "title: \(title)")
        try tmux.sendKeys(["q"])
        #expect(try waitUntil(timeout: 20, pollEvery: 0.05) {
            try tmux.run(["display-message", "-p", "-t", Tmux.target, "#{pane_dead}"]).hasPrefix("1")
        }, "q did not quit: \(tmux.lastCapture.joined(separator: "\n"))")
    }

    /// The overview's count of new failures, from its heading `接口异常  新 3`; nil when not shown.
    static func newFailures(_ screen: [String]) -> Int? {
        guard let line = screen.first(where: { $0.contains("│接口异常  新 ") }),
              let mark = line.range(of: "接口异常  新 ") else { return nil }
        return Int(line[mark.upperBound...].prefix { $0.isNumber })
    }
}
