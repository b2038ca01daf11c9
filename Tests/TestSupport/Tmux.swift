import Foundation

/// One private tmux server for one test: `-L` gives it its own socket, `-f` its own config (no status line,
/// so the pane is the whole window). Every command runs with a UTF-8 locale and `-u`, or tmux would replace
/// wide characters with `_` in captures.
public final class Tmux {
    public struct Flags: Equatable, Sendable {
        public var alternate: Bool
        public var cursor: Bool
        public var keypad: Bool
        public var mouse: Bool

        public init(alternate: Bool, cursor: Bool, keypad: Bool, mouse: Bool) {
            self.alternate = alternate
            self.cursor = cursor
            self.keypad = keypad
            self.mouse = mouse
        }
    }

    public static let target = "check"

    public static let path: String? = {
        let paths = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
        return (paths + ["/usr/bin", "/usr/local/bin", "/opt/homebrew/bin"]).map { "\($0)/tmux" }
            .first { FileManager.default.isExecutableFile(atPath: $0) }
    }()

    public let socket: String
    public let folder: TemporaryDirectory
    public private(set) var lastCapture: [String] = []

    public init(label: String) throws {
        socket = "sc-\(label)-\(getpid())-\(UUID().uuidString.prefix(8))"
        folder = try TemporaryDirectory("tmux-\(label)")
        try "set -g status off\nset -g remain-on-exit on\nset -g escape-time 0\n"
            .write(toFile: folder.file("tmux.conf"), atomically: true, encoding: .utf8)
    }

    /// Runs a tmux command against this server; returns its standard output. `ChildProcess` starts it with an
    /// empty signal mask and default dispositions: the test process blocks signals such as SIGCHLD, SIGHUP and
    /// SIGTERM in its threads, and a tmux server (and the programs in its panes) that inherited that mask would
    /// never see its children exit or the signals the tests send.
    @discardableResult
    public func run(_ arguments: [String]) throws -> String {
        guard let path = Tmux.path else { throw ChildProcess.NotFound(name: "tmux") }
        return try ChildProcess.run(path, ["-u", "-L", socket, "-f", folder.file("tmux.conf")] + arguments,
                                    overrides: ["LC_ALL": "C.UTF-8", "TMUX": nil], timeout: 30).output
    }

    /// A detached session of a fixed size running `command` directly (no shell in between), with the
    /// terminal type and locale the tests assume.
    public func start(width: Int, height: Int, command: [String]) throws {
        try run(["new-session", "-d", "-s", Tmux.target, "-x", "\(width)", "-y", "\(height)",
                 "/usr/bin/env", "TERM=xterm-256color", "LC_ALL=C.UTF-8", "LANG=C.UTF-8"] + command)
    }

    public func sendKeys(_ keys: [String]) throws {
        try run(["send-keys", "-t", Tmux.target] + keys)
    }

    public func capture() throws -> [String] {
        lastCapture = Tmux.normalized(try run(["capture-pane", "-p", "-t", Tmux.target]).components(separatedBy: "\n"))
        return lastCapture
    }

    /// Polls (no fixed sleeps) until the pane shows exactly `expected`.
    public func waitForScreen(_ expected: [String], timeout: TimeInterval = 20) throws -> Bool {
        try waitUntil(timeout: timeout, pollEvery: 0.05) { try capture() == expected }
    }

    /// Polls until the echoed-keys line ends with `suffix`.
    public func waitForKeyLine(_ suffix: String, timeout: TimeInterval = 20) throws -> Bool {
        try waitUntil(timeout: timeout, pollEvery: 0.05) {
            try capture().contains { $0.hasPrefix("按键 keys:") && $0.hasSuffix(suffix) }
        }
    }

    /// tmux's view of the pane's modes: alternate screen, cursor visible, application cursor keys, mouse.
    public func flags() throws -> Flags {
        let text = try run(["display-message", "-p", "-t", Tmux.target,
                            "#{alternate_on} #{cursor_flag} #{keypad_cursor_flag} #{mouse_any_flag}"])
        let values = text.split(whereSeparator: \.isWhitespace).map { $0 == "1" }
        guard values.count == 4 else { return Flags(alternate: true, cursor: false, keypad: true, mouse: true) }
        return Flags(alternate: values[0], cursor: values[1], keypad: values[2], mouse: values[3])
    }

    /// Ends the server and every pane process, and removes its socket file.
    public func killServer() {
        _ = try? run(["kill-server"])
        let base = ProcessInfo.processInfo.environment["TMUX_TMPDIR"] ?? "/tmp"
        try? FileManager.default.removeItem(atPath: "\(base)/tmux-\(getuid())/\(socket)")
    }

    /// Trailing blanks trimmed from every line and trailing empty lines dropped, as both sides print them.
    public static func normalized(_ lines: [String]) -> [String] {
        var result = lines.map { line -> String in
            var line = line
            while line.last == " " { line.removeLast() }
            return line
        }
        while result.last == "" { result.removeLast() }
        return result
    }
}
