import Foundation
import Testing
import TermUI
import TestSupport

/// The real `seller-console terminal-check` in a real terminal: a detached tmux session with its own server
/// (`-L`), a fixed size, `TERM=xterm-256color` and a UTF-8 locale (TUI-ANCHORS §5.2, level 4). Checks what
/// the user would see (CJK columns, echoed keys, repaint after resize) and that the terminal is given back on
/// every way out: `q`, SIGINT, SIGTERM, SIGHUP and a crash.
@Suite("terminal restore (tmux)", .enabled(if: Tmux.path != nil, "tmux is not installed: real-terminal tests skipped"))
struct TerminalRestoreTests {
    /// How the program ends, and the shell status that shows it (128 + signal for a signal).
    enum ExitPath: String, CaseIterable, Sendable {
        case quitKey, sigint, sigterm, sighup, crash

        var signal: Int32? {
            switch self {
            case .sigint: return SIGINT
            case .sigterm: return SIGTERM
            case .sighup: return SIGHUP
            case .quitKey, .crash: return nil
            }
        }

        func statusMatches(_ status: Int) -> Bool {
            switch self {
            case .quitKey: return status == 0
            case .crash: return status == 128 + Int(SIGILL) || status == 128 + Int(SIGTRAP)
            default: return status == 128 + Int(signal ?? 0)
            }
        }
    }

    static func binary() throws -> String { try #require(CommandLineTests.executable("seller-console")) }

    /// What `terminal-check` paints at a size, from the same TermUI code but without a terminal.
    static func expectedScreen(_ width: Int, _ height: Int) throws -> [String] {
        let (status, output, _) = try CommandLineTests.run("seller-console", ["terminal-check", "--expected",
                                                                              "\(width)x\(height)"])
        #expect(status == 0)
        return Tmux.normalized(output.components(separatedBy: "\n"))
    }

    @Test("paints Chinese columns aligned, echoes decoded keys, repaints cleanly after every resize")
    func paintKeysAndResize() throws {
        let tmux = try Tmux(label: "paint")
        defer { tmux.killServer() }
        try tmux.start(width: 100, height: 30, command: [try Self.binary(), "terminal-check", "--mouse"])
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
            "$1" terminal-check --mouse --pid-file "$2/pid" --log "$2/log" $3
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

/// One private tmux server for one test: `-L` gives it its own socket, `-f` its own config (no status line,
/// so the pane is the whole window). Every command runs with a UTF-8 locale and `-u`, or tmux would replace
/// wide characters with `_` in captures.
final class Tmux {
    struct Flags: Equatable {
        var alternate: Bool
        var cursor: Bool
        var keypad: Bool
        var mouse: Bool
    }

    static let target = "check"

    static let path: String? = {
        let paths = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
        return (paths + ["/usr/bin", "/usr/local/bin", "/opt/homebrew/bin"]).map { "\($0)/tmux" }
            .first { FileManager.default.isExecutableFile(atPath: $0) }
    }()

    let socket: String
    let folder: TemporaryDirectory
    private(set) var lastCapture: [String] = []

    init(label: String) throws {
        socket = "sc-\(label)-\(getpid())-\(UUID().uuidString.prefix(8))"
        folder = try TemporaryDirectory("tmux-\(label)")
        try "set -g status off\nset -g remain-on-exit on\nset -g escape-time 0\n"
            .write(toFile: folder.file("tmux.conf"), atomically: true, encoding: .utf8)
    }

    /// Runs a tmux command against this server; returns its standard output.
    @discardableResult
    func run(_ arguments: [String]) throws -> String {
        var environment = ProcessInfo.processInfo.environment
        environment["LC_ALL"] = "C.UTF-8"
        environment.removeValue(forKey: "TMUX")
        return try Tmux.spawn(try #require(Tmux.path),
                              ["-u", "-L", socket, "-f", folder.file("tmux.conf")] + arguments, environment)
    }

    struct SpawnError: Error {
        var call: String
        var code: Int32
    }

    /// posix_spawn with an empty signal mask and default dispositions: the test process blocks signals such
    /// as SIGCHLD, SIGHUP and SIGTERM in its threads, and a tmux server (and the programs in its panes) that
    /// inherited that mask would never see its children exit or the signals the tests send.
    static func spawn(_ path: String, _ arguments: [String], _ environment: [String: String]) throws -> String {
        var fds: [Int32] = [-1, -1]
        guard pipe(&fds) == 0 else { throw SpawnError(call: "pipe", code: errno) }
        for fd in fds { _ = fcntl(fd, F_SETFD, FD_CLOEXEC) }   // other tests spawn in parallel
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_adddup2(&actions, fds[1], 1)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var empty = sigset_t()
        sigemptyset(&empty)
        posix_spawnattr_setsigmask(&attributes, &empty)
        var defaults = sigset_t()
        sigemptyset(&defaults)
        for signal in [SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGPIPE, SIGCHLD] { sigaddset(&defaults, signal) }
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        let argv = ([path] + arguments).map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { (argv + envp).forEach { free($0) } }
        var pid = pid_t()
        let result = posix_spawn(&pid, path, &actions, &attributes, argv, envp)
        close(fds[1])
        let reader = FileHandle(fileDescriptor: fds[0], closeOnDealloc: true)
        guard result == 0 else { throw SpawnError(call: "posix_spawn", code: result) }
        let data = reader.readDataToEndOfFile()
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        return String(decoding: data, as: UTF8.self)
    }

    /// A detached session of a fixed size running `command` directly (no shell in between), with the
    /// terminal type and locale the tests assume.
    func start(width: Int, height: Int, command: [String]) throws {
        try run(["new-session", "-d", "-s", Tmux.target, "-x", "\(width)", "-y", "\(height)",
                 "/usr/bin/env", "TERM=xterm-256color", "LC_ALL=C.UTF-8", "LANG=C.UTF-8"] + command)
    }

    func sendKeys(_ keys: [String]) throws {
        try run(["send-keys", "-t", Tmux.target] + keys)
    }

    func capture() throws -> [String] {
        lastCapture = Tmux.normalized(try run(["capture-pane", "-p", "-t", Tmux.target]).components(separatedBy: "\n"))
        return lastCapture
    }

    /// Polls (no fixed sleeps) until the pane shows exactly `expected`.
    func waitForScreen(_ expected: [String], timeout: TimeInterval = 20) throws -> Bool {
        try waitUntil(timeout: timeout, pollEvery: 0.05) { try capture() == expected }
    }

    /// Polls until the echoed-keys line ends with `suffix`.
    func waitForKeyLine(_ suffix: String, timeout: TimeInterval = 20) throws -> Bool {
        try waitUntil(timeout: timeout, pollEvery: 0.05) {
            try capture().contains { $0.hasPrefix("按键 keys:") && $0.hasSuffix(suffix) }
        }
    }

    /// tmux's view of the pane's modes: alternate screen, cursor visible, application cursor keys, mouse.
    func flags() throws -> Flags {
        let text = try run(["display-message", "-p", "-t", Tmux.target,
                            "#{alternate_on} #{cursor_flag} #{keypad_cursor_flag} #{mouse_any_flag}"])
        let values = text.split(whereSeparator: \.isWhitespace).map { $0 == "1" }
        guard values.count == 4 else { return Flags(alternate: true, cursor: false, keypad: true, mouse: true) }
        return Flags(alternate: values[0], cursor: values[1], keypad: values[2], mouse: values[3])
    }

    /// Ends the server and every pane process, and removes its socket file.
    func killServer() {
        _ = try? run(["kill-server"])
        let base = ProcessInfo.processInfo.environment["TMUX_TMPDIR"] ?? "/tmp"
        try? FileManager.default.removeItem(atPath: "\(base)/tmux-\(getuid())/\(socket)")
    }

    /// Trailing blanks trimmed from every line and trailing empty lines dropped, as both sides print them.
    static func normalized(_ lines: [String]) -> [String] {
        var result = lines.map { line -> String in
            var line = line
            while line.last == " " { line.removeLast() }
            return line
        }
        while result.last == "" { result.removeLast() }
        return result
    }
}
