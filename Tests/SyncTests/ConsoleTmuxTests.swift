import Foundation
import TermUI
import TestSupport
import Testing

/// The real `seller-console demo` in tmux, as a new user would run it: the console opens full of data,
/// keys work, resizes leave no half characters or misaligned borders behind, and every way out gives the
/// terminal back (ARCHITECTURE §8, §10).
@Suite("console in tmux", .exclusive, .serialized,
        .enabled(if: Tmux.path != nil, "tmux is not installed: real-terminal tests skipped"), .tags(.heavy))
struct ConsoleTmuxTests {
    static func binary() throws -> String { try #require(BuiltExecutable.path("seller-console")) }

    /// A frame is whole: one line per row, the tab bar first, every body row exactly as wide as the pane and
    /// ending on a border, so no wide character was cut and no stale cell is left from a previous size.
    static func frameIsWhole(_ lines: [String], width: Int, height: Int) -> Bool {
        guard lines.count == height, lines.first?.hasPrefix(" 0 概览") == true else { return false }
        for line in lines.dropFirst().dropLast() {
            guard DisplayWidth.width(of: line) == width, let last = line.last, "┐│┘█".contains(last) else {
                return false
            }
        }
        // The 概览 overview (where the console opens) is one pane; the lists have the seam.
        let overview = lines.dropFirst().first?.contains("┌ 概览 ·") == true
        if width >= 120 && !overview {
            // Side by side: the list's right border meets the detail's left border at one column on every row
            // (a mis-measured wide character would shift it).
            guard let top = lines.dropFirst().first, let seam = top.range(of: "┐┌") else { return false }
            let column = DisplayWidth.width(of: top[..<seam.lowerBound])
            for line in lines.dropFirst().dropLast() {
                guard let pair = characters(of: line, atColumn: column, count: 2),
                      "│┐┘".contains(pair.0), "│┌└".contains(pair.1) else { return false }
            }
        }
        return DisplayWidth.width(of: lines[lines.count - 1]) <= width
    }

    /// The characters that start at display column `column` and the next one, if both are there.
    static func characters(of line: String, atColumn column: Int, count: Int) -> (Character, Character)? {
        var x = 0
        var found: [Character] = []
        for character in line {
            if x >= column && found.count < count { found.append(character) }
            x += DisplayWidth.width(of: character)
        }
        return found.count == 2 ? (found[0], found[1]) : nil
    }

    @Test("demo opens full of data, follows keys, and repaints whole after every resize")
    func demoSession() throws {
        let tmux = try Tmux(label: "demo")
        defer { tmux.killServer() }
        let folder = tmux.folder.path
        try tmux.start(width: 120, height: 40, command: [
            "XDG_STATE_HOME=\(folder)/state", "XDG_CONFIG_HOME=\(folder)/config", try Self.binary(), "demo", "--no-relay",
            "--orders", "600", "--store", "\(folder)/demo.db", "--log", "\(folder)/log",
        ])
        #expect(try waitUntil(timeout: 60, pollEvery: 0.05) {
            let lines = try tmux.capture()
            return lines.first?.hasPrefix(" 0 概览") == true && lines.first?.contains(" 1 订单") == true
                && lines.first?.contains(" 600 ") == true
                && lines.last?.contains("已同步") == true
        }, "the demo did not fill: \(tmux.lastCapture.joined(separator: "\n"))")
        #expect(Self.frameIsWhole(tmux.lastCapture, width: 120, height: 40), "\(tmux.lastCapture.joined(separator: "\n"))")

        try tmux.sendKeys(["3"])
        #expect(try waitUntil(timeout: 20, pollEvery: 0.05) {
            try tmux.capture().dropFirst().first?.contains("┌ 接口异常 ·") == true
        })
        try tmux.sendKeys(["/"])
        try tmux.sendKeys(["-l", "实例"])
        #expect(try waitUntil(timeout: 20, pollEvery: 0.05) {
            try tmux.capture().dropFirst().first?.contains("筛选「实例」") == true
        }, "\(tmux.lastCapture.joined(separator: "\n"))")
        try tmux.sendKeys(["Enter"])
        try tmux.sendKeys(["?"])
        #expect(try waitUntil(timeout: 20, pollEvery: 0.05) { try tmux.capture().joined().contains("┌ 帮助 ") })
        try tmux.sendKeys(["Escape"])
        // Wait for Esc to land on its own: a key right behind it would arrive as Alt+key.
        #expect(try waitUntil(timeout: 20, pollEvery: 0.05) { !(try tmux.capture().joined().contains("┌ 帮助 ")) })
        try tmux.sendKeys(["1"])
        #expect(try waitUntil(timeout: 20, pollEvery: 0.05) {
            try tmux.capture().dropFirst().first?.contains("┌ 订单 ·") == true
        })

        for (width, height) in [(80, 24), (160, 48), (61, 16), (40, 10), (100, 30), (120, 40)] {
            try tmux.run(["resize-window", "-t", Tmux.target, "-x", "\(width)", "-y", "\(height)"])
            let tooSmall = width < 60 || height < 15
            #expect(try waitUntil(timeout: 20, pollEvery: 0.05) {
                let lines = try tmux.capture()
                if tooSmall { return lines.joined().contains("终端太小") && lines.count <= height }
                return Self.frameIsWhole(lines, width: width, height: height)
            }, "after resize to \(width)x\(height):\n\(tmux.lastCapture.joined(separator: "\n"))")
        }
        try tmux.sendKeys(["q"])
        #expect(try waitUntil(timeout: 20, pollEvery: 0.05) {
            try tmux.run(["display-message", "-p", "-t", Tmux.target, "#{pane_dead}"]).hasPrefix("1")
        }, "q did not quit")
        let log = try String(contentsOfFile: "\(folder)/log", encoding: .utf8)
        #expect(log.contains("console opened") && log.contains("console closed"))
    }

    @Test("after q, SIGINT, SIGTERM, SIGHUP and a crash the terminal is back in its own mode",
          arguments: ExitPath.allCases)
    func restored(path: ExitPath) throws {
        let tmux = try Tmux(label: "console-\(path.rawValue)")
        defer { tmux.killServer() }
        let folder = tmux.folder.path
        let script = #"""
            XDG_STATE_HOME="$2/state" XDG_CONFIG_HOME="$2/config" "$1" demo --orders 200 --store "$2/demo.db" --log "$2/log"
            s=$?
            stty -a > "$2/stty"
            echo "$s" > "$2/status.tmp" && mv "$2/status.tmp" "$2/status"
            exec sleep 120
            """#
        try tmux.start(width: 100, height: 30, command: ["/bin/sh", "-c", script, "sh", try Self.binary(), folder])
        #expect(try waitUntil(timeout: 60, pollEvery: 0.05) {
            try tmux.capture().last?.contains("已同步") == true
        }, "\(tmux.lastCapture.joined(separator: "\n"))")
        #expect(try tmux.flags().alternate, "curses mode was not on while the console ran")
        if let signal = path.signal {
            let shell = try #require(Int32(try tmux.run(["display-message", "-p", "-t", Tmux.target, "#{pane_pid}"])
                .trimmingCharacters(in: .whitespacesAndNewlines)))
            let children = try String(contentsOfFile: "/proc/\(shell)/task/\(shell)/children", encoding: .utf8)
            let pid = try #require(children.split(separator: " ").first.flatMap { Int32($0) })
            #expect(kill(pid, signal) == 0)
        } else {
            try tmux.sendKeys(["q"])
        }
        let statusFile = tmux.folder.file("status")
        #expect(waitUntil(timeout: 30, pollEvery: 0.05) { FileManager.default.fileExists(atPath: statusFile) },
                "the console did not end: \(tmux.lastCapture.joined(separator: "\n"))")
        let status = Int((try String(contentsOfFile: statusFile, encoding: .utf8))
            .trimmingCharacters(in: .whitespacesAndNewlines))
        #expect(status.map(path.statusMatches) == true, "exit status \(status.map(String.init) ?? "?")")
        let stty = try String(contentsOfFile: tmux.folder.file("stty"), encoding: .utf8)
        let modes = Set(stty.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == ";" }).map(String.init))
        #expect(modes.contains("echo") && !modes.contains("-echo"), "stty -a:\n\(stty)")
        #expect(modes.contains("icanon") && !modes.contains("-icanon"), "stty -a:\n\(stty)")
        #expect(try tmux.flags() == Tmux.Flags(alternate: false, cursor: true, keypad: false, mouse: false),
                "the terminal was left in curses mode")
    }
}
