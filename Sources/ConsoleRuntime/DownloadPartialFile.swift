import ConsoleUI
import Foundation

/// The `NAME.partial` file a download writes before it is checked. Created with `O_EXCL` (a name that exists,
/// even a link planted there, is skipped for `NAME (1).partial`, …) and never followed, so the download writes
/// only a file it made itself, inside its folder.
final class PartialFile {
    let path: String
    private var descriptor: Int32

    private init(path: String, descriptor: Int32) {
        self.path = path
        self.descriptor = descriptor
    }

    deinit { closeDescriptor() }

    /// Tries at most this many suffixes before giving up.
    static let attempts = 1_000

    static func create(in folder: String, name: String) throws(DownloadFailure) -> PartialFile {
        for attempt in 0..<attempts {
            let candidate = folder + "/" + DownloadName.candidate(name, attempt: attempt) + ".partial"
            let descriptor = open(candidate, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0o644)
            if descriptor >= 0 { return PartialFile(path: candidate, descriptor: descriptor) }
            guard errno == EEXIST else { throw .folder("cannot create \(candidate): \(String(cString: strerror(errno)))") }
        }
        throw .folder("no free name for \(name) in \(folder)")
    }

    /// Appends `bytes`; the reason when the disk refused.
    func write(_ bytes: [UInt8]) -> DownloadFailure? {
        var written = 0
        while written < bytes.count {
            let count = bytes.withUnsafeBytes { buffer -> Int in
                guard let base = buffer.baseAddress else { return 0 }
                return Foundation.write(descriptor, base + written, buffer.count - written)
            }
            if count < 0 {
                if errno == EINTR { continue }
                return .folder("cannot write \(path): \(String(cString: strerror(errno)))")
            }
            written += count
        }
        return nil
    }

    /// Closes the file and gives it the first free final name (`name`, `name (1)`, …). A hard link fails
    /// rather than replace an existing file, so nothing the seller has is ever overwritten.
    func finish(as name: String, in folder: String) -> Result<String, DownloadFailure> {
        if fsync(descriptor) != 0 {
            let reason = String(cString: strerror(errno))
            discard()
            return .failure(.folder("cannot write \(path): \(reason)"))
        }
        closeDescriptor()
        for attempt in 0..<Self.attempts {
            let final = folder + "/" + DownloadName.candidate(name, attempt: attempt)
            if link(path, final) == 0 {
                unlink(path)
                return .success(final)
            }
            // A file system without hard links: rename to a name that does not exist (checked just before).
            if errno == EPERM || errno == EOPNOTSUPP, !FileManager.default.fileExists(atPath: final),
               rename(path, final) == 0 {
                return .success(final)
            }
            guard errno == EEXIST || FileManager.default.fileExists(atPath: final) else {
                let reason = String(cString: strerror(errno))
                discard()
                return .failure(.folder("cannot name \(final): \(reason)"))
            }
        }
        discard()
        return .failure(.folder("no free name for \(name) in \(folder)"))
    }

    /// Closes and removes the partial file.
    func discard() {
        closeDescriptor()
        unlink(path)
    }

    private func closeDescriptor() {
        guard descriptor >= 0 else { return }
        close(descriptor)
        descriptor = -1
    }
}
