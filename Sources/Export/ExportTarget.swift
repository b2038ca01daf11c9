import Foundation

/// Where an export may go: the path as the seller meant it, and the files it must never replace.
public enum ExportTarget {
    /// `~` and `~/…` from `home`, a relative path from `workingDirectory`; `.` and `..` stay for the system to
    /// resolve. Nil for an empty path or a `~user` form (another account's home is not ours to guess).
    public static func resolve(_ text: String, workingDirectory: String, home: String?) -> String? {
        let path = text.trimmingCharacters(in: .whitespaces)
        guard !path.isEmpty else { return nil }
        if path == "~" || path.hasPrefix("~/") {
            guard let home, !home.isEmpty else { return nil }
            return home + path.dropFirst()
        }
        if path.hasPrefix("~") { return nil }
        if path.hasPrefix("/") { return path }
        return (workingDirectory.hasSuffix("/") ? workingDirectory : workingDirectory + "/") + path
    }

    /// Whether writing `output` would replace the store being read (or its WAL, shared memory or journal), by
    /// the same file reached through another spelling of the path.
    public static func overwritesStore(_ output: String, store: String) -> Bool {
        func resolved(_ path: String) -> String {
            let url = URL(fileURLWithPath: path)
            let folder = url.deletingLastPathComponent().resolvingSymlinksInPath()
            return folder.appendingPathComponent(url.lastPathComponent).resolvingSymlinksInPath().path
        }
        let target = resolved(output)
        return ["", "-wal", "-shm", "-journal"].contains { resolved(store) + $0 == target }
    }

    /// Whether something (a file, a folder, a dangling link) already has the name.
    public static func exists(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0
    }
}
