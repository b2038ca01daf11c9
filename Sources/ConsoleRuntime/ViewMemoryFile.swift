import ConsoleUI
import Export
import Foundation
import Localization

/// The file a profile's console state lives in between sessions (`ViewMemory`):
/// `$XDG_STATE_HOME/seller-console/<profile>.state`. Read once at start, written once at quit, atomically
/// (a `.partial` file of mode 0600 renamed over it), so a crash mid-write leaves the previous state, never half
/// of one. A file that is not ours, too big, or another profile's is ignored with a warning and replaced at
/// quit; none of that stops the console from opening.
public struct ViewMemoryFile: Sendable {
    public let path: String
    public let profile: String

    public init(path: String, profile: String) {
        self.path = path
        self.profile = profile
    }

    /// Where `profile`'s state goes; a `/` in a profile's name cannot leave the folder.
    public static func defaultPath(profile: String, environment: [String: String]) -> String {
        let folder = (ConsoleLog.defaultPath(environment: environment) as NSString).deletingLastPathComponent
        let name = profile.isEmpty ? "default" : String(profile.map { $0 == "/" || $0 == "\0" ? "_" : $0 })
        return folder + "/" + name + ".state"
    }

    public enum Loaded: Equatable, Sendable {
        case none
        case memory(ViewMemory)
        case ignored(Phrase)
    }

    /// The remembered state; `.none` when there is no file yet.
    public func load() -> Loaded {
        var info = stat()
        guard stat(path, &info) == 0 else { return .none }
        guard info.st_mode & 0o170000 == 0o100000 else { return .ignored(ViewText.brokenMemory(path, "not a file")) }
        guard info.st_size <= ViewMemory.maxBytes else {
            return .ignored(ViewText.brokenMemory(path, "larger than \(ViewMemory.maxBytes / 1024) KiB"))
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            return .ignored(ViewText.brokenMemory(path, String(cString: strerror(errno))))
        }
        guard let text = String(data: data, encoding: .utf8) else {
            return .ignored(ViewText.brokenMemory(path, "not UTF-8"))
        }
        switch ViewMemory.parse(text, profile: profile) {
        case .success(let memory): return .memory(memory)
        case .failure(.malformed(let line)): return .ignored(ViewText.brokenMemory(path, "line \(line)"))
        case .failure(.foreign(let other)): return .ignored(ViewText.foreignMemory(path, other))
        }
    }

    public struct SaveError: Error, CustomStringConvertible {
        public var description: String
    }

    /// Writes `memory` in place of the previous state, atomically; the folder is made (mode 0700) if needed.
    public func save(_ memory: ViewMemory) throws(SaveError) {
        let folder = (path as NSString).deletingLastPathComponent
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true,
                                                    attributes: [.posixPermissions: 0o700])
        } catch {
            throw SaveError(description: "\(folder): \(error.localizedDescription)")
        }
        // The export's sink is the same thing: a `.partial` file of mode 0600, made durable, then renamed.
        do {
            let sink = try ExportSink.file(path)
            do {
                try sink.write(Array(memory.text.utf8))
            } catch {
                sink.abandon()
                throw error
            }
            try sink.commit()
        } catch {
            throw SaveError(description: String(describing: error))
        }
    }
}
