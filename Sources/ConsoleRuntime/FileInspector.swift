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

    /// The answer to one request.
    public func perform(_ request: FileRequest) -> Msg {
        switch request {
        case .listDirectory(let path): .directoryListed(list(path))
        case .measureFile(let path): .fileMeasured(path: path, measure(path))
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

    /// Size and SHA-256 of a regular file, or why it cannot be delivered. Anything else (a FIFO, a device, a
    /// socket, a directory) is refused at once with what it is: it is looked at with `stat` before it is
    /// opened, opened non-blocking (a FIFO swapped in meanwhile can never block the open) and checked again
    /// on the open descriptor, so `/dev/zero` is never hashed and a FIFO never waits for a writer.
    public func measure(_ path: String) -> FileMeasurement {
        var before = stat()
        guard stat(path, &before) == 0 else { return .refused(Self.openFailure(errno)) }
        if let refusal = Self.refusal(mode: before.st_mode) { return .refused(refusal) }
        let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else { return .refused(Self.openFailure(errno)) }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { return .refused(.readFailed(String(cString: strerror(errno)))) }
        if let refusal = Self.refusal(mode: info.st_mode) { return .refused(refusal) }
        guard info.st_dev == before.st_dev && info.st_ino == before.st_ino else { return .refused(.replaced) }
        return Self.digest(descriptor)
    }

    /// Why a file of this mode cannot be delivered; nil for a regular file.
    static func refusal(mode: mode_t) -> FileRefusal? {
        switch mode & 0o170000 {
        case 0o100000: nil
        case 0o040000: .directory
        case 0o010000: .special(.fifo)
        case 0o020000: .special(.characterDevice)
        case 0o060000: .special(.blockDevice)
        case 0o140000: .special(.socket)
        default: .special(.other)
        }
    }

    static func openFailure(_ code: Int32) -> FileRefusal {
        switch code {
        case ENOENT, ENOTDIR: .missing
        case EACCES, EPERM: .permissionDenied
        case ENXIO: .special(.socket)
        default: .readFailed(String(cString: strerror(code)))
        }
    }

    /// Streams the open file through SHA-256 a chunk at a time.
    static func digest(_ descriptor: Int32) -> FileMeasurement {
        let hasher = SHA256Hasher()
        var buffer = [UInt8](repeating: 0, count: chunkSize)
        var size: Int64 = 0
        while true {
            let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                return .refused(.readFailed(String(cString: strerror(errno))))
            }
            if count == 0 { break }
            size += Int64(count)
            buffer.withUnsafeBytes { hasher.update(UnsafeRawBufferPointer(rebasing: $0[0..<count])) }
        }
        return .measured(size: size, sha256: Hex.encode(hasher.finalize()))
    }

    static func reason(_ error: Error) -> String {
        let nsError = error as NSError
        if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? NSError {
            return underlying.localizedDescription
        }
        return nsError.localizedDescription
    }
}
