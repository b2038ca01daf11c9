import Foundation
import TestSupport
import Testing

/// The real `seller-console demo` in tmux with the marketplace calling through the relay (issue 12, Done when: "a
/// tmux test of `demo` with calls arriving"): the Calls tab's count grows while it is watched, a call's
/// detail opens, a journal exception shows on 接口异常 with 来源 调用记录, and `q` stops everything and gives
/// the terminal back.
@Suite("demo calls in tmux", .exclusive, .serialized,
        .enabled(if: Tmux.path != nil, "tmux is not installed: real-terminal tests skipped"), .tags(.heavy))
struct DemoCallsTmuxTests {
    /// The count the tab bar shows for tab 7 (" 7 调用 N").
    static func callCount(_ lines: [String]) -> Int? {
        // The bar names the tab 调用记录, or 调用 when the full titles do not fit.
        guard let bar = lines.first, let range = bar.range(of: " 7 调用记录 ") ?? bar.range(of: " 7 调用 ") else {
            return nil
        }
        return Int(bar[range.upperBound...].prefix { $0.isNumber })
    }

    @Test("calls arrive on tab 7, a call opens, a journal exception shows on tab 3, q quits cleanly")
    func callsArrive() throws {
        let tmux = try Tmux(label: "demo-calls")
        defer { tmux.killServer() }
        let folder = tmux.folder.path
        let script = #"""
            mkdir -p "$2/tmp"
            TMPDIR="$2/tmp/" XDG_STATE_HOME="$2/state" XDG_CONFIG_HOME="$2/config" "$1" demo --orders 300 \
                --call-rate 8 --isv-fail 0.4 --log "$2/log"
            s=$?
            stty -a > "$2/stty"
            echo "$s" > "$2/status.tmp" && mv "$2/status.tmp" "$2/status"
            exec sleep 120
            """#
        try tmux.start(width: 120, height: 40, command: ["/bin/sh", "-c", script, "sh",
                                                         try ConsoleTmuxTests.binary(), folder])
        #expect(try waitUntil(timeout: 60, pollEvery: 0.05) {
            try tmux.capture().last?.contains("已同步") == true
        }, "the demo did not sync: \(tmux.lastCapture.joined(separator: "\n"))")

        try tmux.sendKeys(["7"])
        #expect(try waitUntil(timeout: 20, pollEvery: 0.05) {
            try tmux.capture().dropFirst().first?.contains("┌ 调用记录 ·") == true
                && (Self.callCount(tmux.lastCapture) ?? 0) > 0
        }, "no calls on tab 7: \(tmux.lastCapture.joined(separator: "\n"))")
        let first = try #require(Self.callCount(tmux.lastCapture))
        // The console notices the relay's writes by itself (it polls relay activity): no key is pressed here.
        #expect(try waitUntil(timeout: 30, pollEvery: 0.1) {
            (Self.callCount(try tmux.capture()) ?? 0) > first
        }, "the call count stayed at \(first): \(tmux.lastCapture.joined(separator: "\n"))")
        #expect(try waitUntil(timeout: 20, pollEvery: 0.1) { try tmux.capture().last?.contains("中继") == true },
                "the status bar shows no relay: \(tmux.lastCapture.last ?? "")")

        try tmux.sendKeys(["Enter"])
        #expect(try waitUntil(timeout: 20, pollEvery: 0.05) {
            let screen = try tmux.capture().joined(separator: "\n")
            return screen.contains("调用ID") && screen.contains("签名") && screen.contains("耗时")
        }, "the call's detail did not open: \(tmux.lastCapture.joined(separator: "\n"))")
        // Esc dismisses a toast a sync raised meanwhile before it leaves the detail: press it until the detail
        // is left, each time waiting for it to land on its own (a key right behind it would arrive as Alt+key).
        #expect(try waitUntil(timeout: 20, pollEvery: 0.3) {
            guard try tmux.capture().last?.contains("Esc 返回") == true else { return true }
            try tmux.sendKeys(["Escape"])
            return false
        }, "Esc did not leave the detail: \(tmux.lastCapture.last ?? "")")

        try tmux.sendKeys(["3"])
        #expect(try waitUntil(timeout: 20, pollEvery: 0.05) {
            try tmux.capture().dropFirst().first?.contains("┌ 接口异常 ·") == true
        }, "\(tmux.lastCapture.joined(separator: "\n"))")
        // The newest exceptions are the journal's (the ISV fails 40% of the calls); the first row's detail names
        // its source. Home re-selects the newest row if a new one arrived meanwhile.
        #expect(try waitUntil(timeout: 30, pollEvery: 0.1) {
            let lines = try tmux.capture()
            let journal = lines.contains { $0.contains("┌ 接口异常 J-") }
                && lines.contains { $0.contains("来源") && $0.contains("调用记录") }
            if !journal { try tmux.sendKeys(["Home"]) }
            return journal
        }, "no journal exception on tab 3: \(tmux.lastCapture.joined(separator: "\n"))")

        try tmux.sendKeys(["q"])
        let statusFile = tmux.folder.file("status")
        #expect(waitUntil(timeout: 30, pollEvery: 0.05) { FileManager.default.fileExists(atPath: statusFile) },
                "q did not quit: \(tmux.lastCapture.joined(separator: "\n"))")
        let status = try String(contentsOfFile: statusFile, encoding: .utf8)
        #expect(status.trimmingCharacters(in: .whitespacesAndNewlines) == "0", "exit status \(status)")
        let stty = try String(contentsOfFile: tmux.folder.file("stty"), encoding: .utf8)
        let modes = Set(stty.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == ";" }).map(String.init))
        #expect(modes.contains("echo") && !modes.contains("-echo"), "stty -a:\n\(stty)")
        #expect(modes.contains("icanon") && !modes.contains("-icanon"), "stty -a:\n\(stty)")
        #expect(try tmux.flags() == Tmux.Flags(alternate: false, cursor: true, keypad: false, mouse: false),
                "the terminal was left in curses mode")
        // The temporary store went with the demo (the relay and the fetcher had closed it first).
        let left = try FileManager.default.contentsOfDirectory(atPath: tmux.folder.file("tmp"))
            .filter { $0.hasPrefix("seller-console-demo-") }
        #expect(left.isEmpty, "left behind: \(left)")
        let log = try String(contentsOfFile: "\(folder)/log", encoding: .utf8)
        #expect(log.contains("console opened") && log.contains("console closed"))
    }
}
