import Foundation
import TestSupport
import Testing

/// The real `seller-console demo` in English under tmux (issue 14 item 1, "a tmux test of `demo --lang en`"):
/// `--lang en`, and `LANG=en_US.UTF-8` with no flag, open the console in English, the tab bar and the hint line
/// carry no Chinese of their own, and `q` gives the terminal back in its own mode.
@Suite("the console in English in tmux", .exclusive, .serialized,
        .enabled(if: Tmux.path != nil, "tmux is not installed: real-terminal tests skipped"), .tags(.heavy))
struct LanguageTmuxTests {
    enum Choice: String, CaseIterable {
        /// `demo --lang en` under the C.UTF-8 locale the tests use (which alone would mean Chinese).
        case flag
        /// `demo` with `LANG=en_US.UTF-8` and neither `LC_ALL` nor `--lang`.
        case environment
    }

    static func hasHan(_ text: String) -> Bool {
        text.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) }
    }

    @Test("demo opens in English and q restores the terminal", arguments: Choice.allCases)
    func english(choice: Choice) throws {
        let tmux = try Tmux(label: "lang-\(choice.rawValue)")
        defer { tmux.killServer() }
        let folder = tmux.folder.path
        // The console runs under a shell that records how it ended and the terminal modes it left behind.
        let script = #"""
            folder="$1"; shift
            XDG_STATE_HOME="$folder/state" XDG_CONFIG_HOME="$folder/config" "$@"
            s=$?
            stty -a > "$folder/stty"
            echo "$s" > "$folder/status.tmp" && mv "$folder/status.tmp" "$folder/status"
            exec sleep 120
            """#
        let binary = try ConsoleTmuxTests.binary()
        let demo = ["demo", "--no-relay", "--orders", "200", "--store", "\(folder)/demo.db", "--log", "\(folder)/log"]
        let command: [String] = switch choice {
        case .flag: [binary] + demo + ["--lang", "en"]
        case .environment: ["/usr/bin/env", "-u", "LC_ALL", "-u", "LC_MESSAGES", "LANG=en_US.UTF-8", binary] + demo
        }
        try tmux.start(width: 100, height: 30, command: ["/bin/sh", "-c", script, "sh", folder] + command)
        #expect(try waitUntil(timeout: 60, pollEvery: 0.05) {
            let lines = try tmux.capture()
            // 100 columns hold the tab bar's short English titles (`0 Ovw │ 1 Ord 200 │ …`).
            return lines.count == 30 && lines.first?.hasPrefix(" 0 Ovw │ 1 Ord 200 │ 2 Inst 200") == true
                && lines.first?.contains("7 Call") == true && lines.last?.contains("✓ synced") == true
        }, "the English demo did not open: \(tmux.lastCapture.joined(separator: "\n"))")
        let opened = tmux.lastCapture
        #expect(!Self.hasHan(opened[0]), "tab bar: \(opened[0])")
        #expect(!Self.hasHan(opened[opened.count - 1]), "hint line: \(opened[opened.count - 1])")
        #expect(opened[opened.count - 1].contains("? help") && opened[opened.count - 1].contains("q quit"))
        #expect(opened[1].contains("Overview · what needs you"), "\(opened.joined(separator: "\n"))")
        #expect(try tmux.flags().alternate, "curses mode was not on while the console ran")

        try tmux.sendKeys(["1"])
        #expect(try waitUntil(timeout: 20, pollEvery: 0.05) {
            let lines = try tmux.capture()
            return lines.dropFirst().first?.contains("┌ Orders ·") == true
                && lines.last?.contains("/ filter") == true && lines.last.map(Self.hasHan) == false
        }, "\(tmux.lastCapture.joined(separator: "\n"))")

        try tmux.sendKeys(["q"])
        let statusFile = tmux.folder.file("status")
        #expect(waitUntil(timeout: 30, pollEvery: 0.05) { FileManager.default.fileExists(atPath: statusFile) },
                "the console did not end: \(tmux.lastCapture.joined(separator: "\n"))")
        let status = try String(contentsOfFile: statusFile, encoding: .utf8)
            .trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(status == "0", "exit status \(status)")
        let stty = try String(contentsOfFile: tmux.folder.file("stty"), encoding: .utf8)
        let modes = Set(stty.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == ";" }).map(String.init))
        #expect(modes.contains("echo") && !modes.contains("-echo"), "stty -a:\n\(stty)")
        #expect(modes.contains("icanon") && !modes.contains("-icanon"), "stty -a:\n\(stty)")
        #expect(try tmux.flags() == Tmux.Flags(alternate: false, cursor: true, keypad: false, mouse: false),
                "the terminal was left in curses mode")
    }
}
