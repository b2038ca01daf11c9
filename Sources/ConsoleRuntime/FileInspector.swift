import ConsoleUI
import Crypto
import Foundation

/// The file system side of the deliver form: lists a directory for the picker, and measures a chosen file (size
/// and SHA-256, read in 1 MiB chunks so a gigabyte file never sits in memory). Runs on a worker thread in the
/// live console, so hashing a large file never freezes the screen.
public struct FileInspector: Sendable {
    public static let chunkSize = 1 << 20
    /// A directory with more entries than this is listed up to here (the picker filters by prefix anyway).
    public static let maxEntries = 5_000

    public init() {}

    /// The answer to one effect; nil for effects that are not file inspections.
    public func perform(_ effect: Effect) -> Msg? {
        switch effect {
        case .listDirectory(let path): .directoryListed(list(path))
        case .measureFile(let path): .fileMeasured(path: path, measure(path))
        default: nil
        }
    }

    public func list(_ path: String) -> DirectoryListing {
        let manager = FileManager.default
        let names: [String]
        do {
            names = try manager.contentsOfDirectory(atPath: path)
        } catch {
            return DirectoryListing(path: path, entries: [], error: FileInspector.reason(error))
        }
        let entries = names.sorted().prefix(FileInspector.maxEntries).map { name -> DirectoryEntry in
            let full = path == "/" ? "/" + name : path + "/" + name
            var isDirectory: ObjCBool = false
            let exists = manager.fileExists(atPath: full, isDirectory: &isDirectory)
            let size = exists && !isDirectory.boolValue
                ? (try? manager.attributesOfItem(atPath: full)[.size] as? NSNumber)?.int64Value : nil
            return DirectoryEntry(name: name, isDirectory: exists && isDirectory.boolValue, size: size)
        }
        return DirectoryListing(path: path, entries: Array(entries))
    }

    public func measure(_ path: String) -> FileMeasurement {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            return .refused("文件不存在 No such file")
        }
        guard !isDirectory.boolValue else { return .refused("这是一个目录，只能交付文件 It is a directory") }
        guard FileManager.default.isReadableFile(atPath: path) else { return .refused("无法读取（权限？）Cannot read it") }
        do {
            let digest = try SHA256.fileDigest(atPath: path, chunkSize: FileInspector.chunkSize)
            return .measured(size: digest.size, sha256: digest.hex)
        } catch {
            return .refused("读取失败 " + FileInspector.reason(error))
        }
    }

    static func reason(_ error: Error) -> String {
        let nsError = error as NSError
        if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? NSError {
            return underlying.localizedDescription
        }
        return nsError.localizedDescription
    }
}
