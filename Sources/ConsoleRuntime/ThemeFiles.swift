import Foundation
import TermUI

/// The theme loader's contact with the disk, kept in the runtime so TermUI stays pure. Reads are bounded and
/// refuse anything but a regular UTF-8 file, so pointing the theme at a directory, a FIFO or `/dev/zero` gives a
/// message rather than a hang or a crash.
public struct ThemeFiles: ThemeFileSystem {
    /// Theme files are a few KiB; anything much larger is not a theme.
    public static let maxFileSize = 256 * 1024

    public init() {}

    public func readTheme(at path: String) throws(ThemeError) -> String {
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
            data = try handle.read(upToCount: Self.maxFileSize + 1) ?? Data()
        } catch {
            throw ThemeError(.unreadable, file: path, "cannot be read: \(error.localizedDescription)")
        }
        guard data.count <= Self.maxFileSize else {
            throw ThemeError(.unreadable, file: path,
                             "is larger than \(Self.maxFileSize / 1024) KiB, so it is not a theme")
        }
        guard let text = String(validating: data, as: UTF8.self) else {
            throw ThemeError(.unreadable, file: path, "is not valid UTF-8")
        }
        return text
    }

    public func exists(_ path: String) -> Bool {
        FileManager.default.fileExists(atPath: path)
    }

    public func listDirectory(_ path: String) -> [String] {
        (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
    }

    public func absolutePath(_ path: String, relativeTo directory: String?) -> String {
        if path == "~" || path.hasPrefix("~/") {
            return NSString(string: path).expandingTildeInPath
        }
        if path.hasPrefix("/") { return path }
        return ThemeLoader.join(directory ?? FileManager.default.currentDirectoryPath, path)
    }

    public func canonicalPath(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
    }
}

extension ThemeLoader {
    /// A loader of the theme files on disk.
    public init(directories: [String]) {
        self.init(directories: directories, fileSystem: ThemeFiles())
    }

    /// Where themes are looked for, user's first: `$XDG_CONFIG_HOME/seller-console/themes` (or `~/.config/…`),
    /// then `seller-console/themes` under each of `$XDG_DATA_DIRS` (default `/usr/local/share:/usr/share`), then
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
