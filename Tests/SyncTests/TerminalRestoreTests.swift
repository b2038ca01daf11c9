import Foundation
import Testing
import TermUI
import TestSupport

/// The `terminal-check` fixture in a real terminal: a detached tmux session with its own server
/// (`-L`), a fixed size, `TERM=xterm-256color` and a UTF-8 locale (ARCHITECTURE §10). Checks what
/// the user would see (CJK columns, echoed keys, repaint after resize) and that the terminal is given back on
/// every way out: `q`, SIGINT, SIGTERM, SIGHUP and a crash.
@Suite("terminal restore (tmux)", .exclusive, .serialized,
        .enabled(if: Tmux.path != nil, "tmux is not installed: real-terminal tests skipped"), .tags(.heavy))
struct TerminalRestoreTests {
    static func binary() throws -> String { try #require(CommandLineTests.executable("terminal-check")) }

    /// What `terminal-check` paints at a size, from the same TermUI code but without a terminal.
    static func expectedScreen(_ width: Int, _ height: Int) throws -> [String] {
        let (status, output, _) = try CommandLineTests.run("terminal-check", ["--expected", "\(width)x\(height)"])
        #expect(status == 0)
        return Tmux.normalized(output.components(separatedBy: "\n"))
    }

    @Test("paints Chinese columns aligned, echoes decoded keys, repaints cleanly after every resize")
    func paintKeysAndResize() throws {
        let tmux = try Tmux(label: "paint")
        defer { tmux.killServer() }
        try tmux.start(width: 100, height: 30, command: [try Self.binary(), "--mouse"])
        let first = try Self.expectedScreen(100, 30)
        #expect(try tmux.waitForScreen(first), "first paint:\n\(tmux.lastCapture.joined(separator: "\n"))")
        try Self.expectAligned(tmux.lastCapture)

        for (width, height) in [(60, 20), (37, 12), (41, 10), (53, 17), (120, 35), (100, 30)] {
            try tmux.run(["resize-window", "-t", Tmux.target, "-x", "\(width)", "-y", "\(height)"])
            let expected = try Self.expectedScreen(width, height)
            #expect(try tmux.waitForScreen(expected),
                    "after resize to \(width)x\(height):\n\(tmux.lastCapture.joined(separator: "\n"))")
        }
        try Self.expectAligned(tmux.lastCapture)

        try tmux.sendKeys(["j", "Up", "F5", "C-d", "M-x", "BTab", "Home", "End", "PPage", "DC", "BSpace", "Enter"])
        #expect(try tmux.waitForKeyLine("j up f5 ctrl-d alt-x backtab home end pgup del backspace enter"),
                "keys: \(tmux.lastCapture.joined(separator: "\n"))")
        // Esc alone (an ESC followed at once by a key is Alt), then Chinese typed as whole code points.
        try tmux.sendKeys(["Escape"])
        #expect(try tmux.waitForKeyLine("enter esc"))
        try tmux.sendKeys(["-l", "中文"])
        #expect(try tmux.waitForKeyLine("esc 中 文"))
        // SGR mouse reports as a terminal sends them: press at column 5 row 3 (1-based), release, wheel down.
        try tmux.run(["send-keys", "-t", Tmux.target, "-H", "1b", "5b", "3c", "30", "3b", "35", "3b", "33", "4d"])
        try tmux.run(["send-keys", "-t", Tmux.target, "-H", "1b", "5b", "3c", "30", "3b", "35", "3b", "33", "6d"])
        try tmux.run(["send-keys", "-t", Tmux.target, "-H", "1b", "5b", "3c", "36", "35", "3b", "31", "3b", "31", "4d"])
        #expect(try tmux.waitForKeyLine("文 click@4,2 wheel-down"))
        try tmux.sendKeys(["C-l"])
        try tmux.sendKeys(["q"])
    }

    @Test("the terminal is given back: echo, icanon, main screen, cursor, no keypad or mouse mode",
          arguments: ExitPath.allCases)
    func restored(path: ExitPath) throws {
        let tmux = try Tmux(label: path.rawValue)
        defer { tmux.killServer() }
        let folder = tmux.folder.path
        // The shell stays in the pane after the program, so stty reads the very terminal it ran on.
        let script = #"""
            "$1" --mouse --pid-file "$2/pid" --log "$2/log" $3
            s=$?
            stty -a > "$2/stty"
            echo "$s" > "$2/status.tmp" && mv "$2/status.tmp" "$2/status"
            exec sleep 120
            """#
        try tmux.start(width: 100, height: 30, command: ["/bin/sh", "-c", script, "sh", try Self.binary(), folder,
                                                        path == .crash ? "--crash" : ""])
        let statusFile = tmux.folder.file("status")
        if path != .crash {
            #expect(try tmux.waitForScreen(try Self.expectedScreen(100, 30)))
            #expect(try tmux.flags() == Tmux.Flags(alternate: true, cursor: false, keypad: true, mouse: true),
                    "curses mode was not on while the program ran")
            let pidText = try String(contentsOfFile: tmux.folder.file("pid"), encoding: .utf8)
            let pid = try #require(Int32(pidText.trimmingCharacters(in: .whitespacesAndNewlines)))
            if let signal = path.signal {
                #expect(kill(pid, signal) == 0)
            } else {
                try tmux.sendKeys(["q"])
            }
        }
        #expect(waitUntil(timeout: 30, pollEvery: 0.05) { FileManager.default.fileExists(atPath: statusFile) },
                "the program did not end: \(tmux.lastCapture.joined(separator: "\n"))")
        let statusText = try String(contentsOfFile: statusFile, encoding: .utf8)
        let status = try #require(Int(statusText.trimmingCharacters(in: .whitespacesAndNewlines)))
        #expect(path.statusMatches(status), "exit status \(status)")

        let stty = try String(contentsOfFile: tmux.folder.file("stty"), encoding: .utf8)
        let modes = Set(stty.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == ";" }).map(String.init))
        #expect(modes.contains("echo") && !modes.contains("-echo"), "stty -a:\n\(stty)")
        #expect(modes.contains("icanon") && !modes.contains("-icanon"), "stty -a:\n\(stty)")
        #expect(modes.contains("icrnl") && !modes.contains("-icrnl"), "stty -a:\n\(stty)")
        #expect(try tmux.flags() == Tmux.Flags(alternate: false, cursor: true, keypad: false, mouse: false),
                "the terminal was left in curses mode")

        let log = (try? String(contentsOfFile: tmux.folder.file("log"), encoding: .utf8)) ?? ""
        if path == .crash {
            #expect(log.contains("deliberate trap"), "the crash message belongs in the log: \(log)")
        } else {
            #expect(log.isEmpty, "nothing should be written to standard error: \(log)")
        }
    }

    /// In the captured table, each column starts at the same display column on every row.
    static func expectAligned(_ lines: [String]) throws {
        func column(of text: String, in line: String) -> Int? {
            guard let range = line.range(of: text) else { return nil }
            return DisplayWidth.width(of: line[..<range.lowerBound])
        }
        let header = try #require(lines.first { $0.contains("买家") })
        for (title, cells) in [("买家", ["张三", "abc", "李四（测试）"]), ("状态", ["已付款", "待确认", "已退款"])] {
            let expected = try #require(column(of: title, in: header))
            for cell in cells {
                let line = try #require(lines.first { $0.contains(cell) }, "\(cell) missing")
                #expect(column(of: cell, in: line) == expected, "\(cell) is not under \(title): \(line)")
            }
        }
        for (title, cell) in [("金额", "1,024.00"), ("金额", "88.00")] {
            let headerEnd = try #require(column(of: title, in: header)) + DisplayWidth.width(of: title)
            let line = try #require(lines.first { $0.contains(cell) })
            #expect(try #require(column(of: cell, in: line)) + cell.count == headerEnd, "right-aligned \(cell)")
        }
    }
}
