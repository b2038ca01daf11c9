import Foundation

/// The loader's only contact with the file system, kept in one place. Reads are bounded and refuse
/// anything but a regular UTF-8 file, so pointing the theme at a directory, a FIFO or `/dev/zero` gives a
/// message rather than a hang or a crash.
extension ThemeLoader {
    /// Theme files are a few KiB; anything much larger is not a theme.
    public static let maxFileSize = 256 * 1024

    static func readTheme(at path: String) throws(ThemeError) -> String {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw ThemeError(.notFound, file: path, "no such file")
        }
        guard !isDirectory.boolValue else {
            throw ThemeError(.unreadable, file: path, "is a directory, not a theme file")
        }
        let target = URL(fileURLWithPath: path).resolvingSymlinksInPath().path
        let type = (try? FileManager.default.attributesOfItem(atPath: target))?[.type] as? FileAttributeType
        guard type == .typeRegular else { throw ThemeError(.unreadable, file: path, "is not a regular file") }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw ThemeError(.unreadable, file: path, "cannot be opened (check its permissions)")
        }
        defer { try? handle.close() }
        let data: Data
        do {
            data = try handle.read(upToCount: maxFileSize + 1) ?? Data()
        } catch {
            throw ThemeError(.unreadable, file: path, "cannot be read: \(error.localizedDescription)")
        }
        guard data.count <= maxFileSize else {
            throw ThemeError(.unreadable, file: path, "is larger than \(maxFileSize / 1024) KiB, so it is not a theme")
        }
        guard let text = String(validating: data, as: UTF8.self) else {
            throw ThemeError(.unreadable, file: path, "is not valid UTF-8")
        }
        return text
    }

    static func exists(_ path: String) -> Bool {
        FileManager.default.fileExists(atPath: path)
    }

    static func listDirectory(_ path: String) -> [String] {
        (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
    }

    /// `~/` expanded; a relative path taken from `directory` (the extending file's folder) when given,
    /// otherwise from the working directory.
    static func absolutePath(_ path: String, relativeTo directory: String?) -> String {
        if path == "~" || path.hasPrefix("~/") {
            return NSString(string: path).expandingTildeInPath
        }
        if path.hasPrefix("/") { return path }
        if let directory { return join(directory, path) }
        return join(FileManager.default.currentDirectoryPath, path)
    }

    /// The same file however it was named (relative, `..`, symlinks), for loop detection.
    static func canonicalPath(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
    }

    /// The usual places, user's first: `$XDG_CONFIG_HOME/seller-console/themes` (or `~/.config/…`), then
    /// `seller-console/themes` under each of `$XDG_DATA_DIRS` (default `/usr/local/share:/usr/share`), then
    /// `bundled` (such as the `Themes` folder next to the binary or in the repository).
    public static func standardDirectories(environment: [String: String], bundled: [String]) -> [String] {
        var result: [String] = []
        if let config = environment["XDG_CONFIG_HOME"], config.hasPrefix("/") {
            result.append(join(config, "seller-console/themes"))
        } else if let home = environment["HOME"], home.hasPrefix("/") {
            result.append(join(home, ".config/seller-console/themes"))
        }
        let dataDirs = environment["XDG_DATA_DIRS"].flatMap { $0.isEmpty ? nil : $0 } ?? "/usr/local/share:/usr/share"
        for dir in dataDirs.split(separator: ":") where dir.hasPrefix("/") {
            result.append(join(String(dir), "seller-console/themes"))
        }
        return result + bundled
    }
}
