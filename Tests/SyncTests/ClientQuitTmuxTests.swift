import Foundation
import TestSupport
import Testing

/// Quitting the console while the marketplace accepts connections and never answers: the requests in flight
/// are cancelled, not waited for, and the shell is back within a second.
@Suite("console quit with a silent marketplace", .exclusive, .serialized,
        .enabled(if: Tmux.path != nil, "tmux is not installed: skipped"), .tags(.heavy))
struct ClientQuitTmuxTests {
    @Test("q with the marketplace unreachable gives the shell back within 1 s")
    func quitWhileSyncHangs() throws {
        let gateway = try ScriptedServer.answering(nil)
        defer { gateway.stop() }
        let tmux = try Tmux(label: "silent-quit")
        defer { tmux.killServer() }
        let folder = tmux.folder.path
        let configFolder = folder + "/config/seller-console"
        try FileManager.default.createDirectory(atPath: configFolder, withIntermediateDirectories: true)
        try "[profile shop]\nsite = local\nbase_url = \(gateway.baseURL)\n"
            .write(toFile: configFolder + "/config", atomically: true, encoding: .utf8)
        try tmux.start(width: 120, height: 40, command: [
            "XDG_STATE_HOME=\(folder)/state", "XDG_CONFIG_HOME=\(folder)/config", "SELLER_CONSOLE_AK=ak-test",
            "SELLER_CONSOLE_SK=sk-test-secret", try ConsoleTmuxTests.binary(), "--profile", "shop",
            "--store", "\(folder)/store.db", "--log", "\(folder)/log",
        ])
        #expect(try waitUntil(timeout: 30, pollEvery: 0.05) {
            let opened = try tmux.capture().first?.contains("订单") == true
            return opened && gateway.acceptedCount >= 1
        }, "the console did not open and start its sync: \(tmux.lastCapture.joined(separator: "\n"))")
        let pressed = Date()
        try tmux.sendKeys(["q"])
        #expect(try waitUntil(timeout: 10, pollEvery: 0.01) {
            try tmux.run(["display-message", "-p", "-t", Tmux.target, "#{pane_dead}"]).hasPrefix("1")
        }, "q did not quit")
        let seconds = Date().timeIntervalSince(pressed)
        print("figure: console quit with a silent marketplace took \(String(format: "%.2f", seconds)) s")
        #expect(seconds < 1)
    }
}
