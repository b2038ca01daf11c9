import Foundation
import Synchronization

/// The console's log file under `$XDG_STATE_HOME/seller-console/` (ARCHITECTURE §8): nothing is ever written to the
/// terminal while curses owns it. Lines are timestamped; a log that cannot be opened is silently skipped
/// (logging must never stop the console).
public final class ConsoleLog: Sendable {
    /// The open log, written by one thread at a time.
    private let handle: Mutex<FileHandle?>
    public let path: String

    /// The default location: `$XDG_STATE_HOME/seller-console/console.log` (`~/.local/state/…` when unset).
    public static func defaultPath(environment: [String: String]) -> String {
        let base = environment["XDG_STATE_HOME"].flatMap { $0.isEmpty ? nil : $0 }
            ?? ((environment["HOME"] ?? NSHomeDirectory()) + "/.local/state")
        return base + "/seller-console/console.log"
    }

    public init(path: String) {
        self.path = path
        let directory = (path as NSString).deletingLastPathComponent
        try? FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true,
                                                 attributes: [.posixPermissions: 0o700])
        if !FileManager.default.fileExists(atPath: path) {
            _ = FileManager.default.createFile(atPath: path, contents: nil, attributes: [.posixPermissions: 0o600])
        }
        let file = FileHandle(forWritingAtPath: path)
        _ = try? file?.seekToEnd()
        handle = Mutex(file)
    }

    deinit { handle.withLock { try? $0?.close() } }

    public func write(_ line: String) {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        let stamp = formatter.string(from: Date())
        let clean = ConsoleLog.escaped(line)
        guard let data = "\(stamp) \(clean)\n".data(using: .utf8) else { return }
        handle.withLock { try? $0?.write(contentsOf: data) }
    }

    /// One log line that no terminal acts on when the log is `cat`-ed or tailed: C0 controls, DEL, C1 controls,
    /// line separators and bidi overrides/isolates become `\uXXXX` (a backslash itself stays as it is), so a
    /// hostile record can neither forge log lines nor drive the terminal of whoever reads the log.
    public static func escaped(_ line: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in line.unicodeScalars {
            let v = scalar.value
            if v < 0x20 || (0x7F...0x9F).contains(v) || (0x2028...0x202E).contains(v) || (0x2066...0x2069).contains(v) {
                let hex = String(v, radix: 16)
                out.append(contentsOf: ("\\u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex).unicodeScalars)
            } else {
                out.append(scalar)
            }
        }
        return String(out)
    }
}
