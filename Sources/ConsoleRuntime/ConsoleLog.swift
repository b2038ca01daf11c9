import Foundation

/// The console's log file under `$XDG_STATE_HOME/seller-console/` (DESIGN §8): nothing is ever written to the
/// terminal while curses owns it. Lines are timestamped; a log that cannot be opened is silently skipped
/// (logging must never stop the console).
public final class ConsoleLog: @unchecked Sendable {
    private let lock = NSLock()
    private let handle: FileHandle?
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
        handle = FileHandle(forWritingAtPath: path)
        _ = try? handle?.seekToEnd()
    }

    deinit { try? handle?.close() }

    public func write(_ line: String) {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        let stamp = formatter.string(from: Date())
        let clean = line.unicodeScalars.map { $0.value < 0x20 || $0.value == 0x7F ? "?" : String($0) }.joined()
        guard let data = "\(stamp) \(clean)\n".data(using: .utf8) else { return }
        lock.lock()
        defer { lock.unlock() }
        try? handle?.write(contentsOf: data)
    }
}
