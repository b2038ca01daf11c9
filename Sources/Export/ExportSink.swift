import Foundation

/// Where an export's bytes go: standard output, or a file written as `PATH.partial` and renamed to `PATH` only
/// when complete, so a killed or failed export never leaves a half file under the name a script waits for.
public final class ExportSink {
    public struct Failure: Error, CustomStringConvertible {
        public var description: String
        /// The system's reason (`strerror`), for messages that word the rest in the seller's language.
        public var reason: String
        /// The file the failure is about.
        public var path: String

        init(_ verb: String, _ path: String, reason: String) {
            description = "cannot \(verb) \(path): \(reason)"
            self.reason = reason
            self.path = path
        }
    }

    private let descriptor: Int32
    private let partialPath: String?
    private let finalPath: String?
    public private(set) var bytesWritten = 0
    /// Set once `commit` has closed the descriptor: `abandon` then has nothing to close (and must not close a
    /// descriptor number the process may have reused).
    private var closed = false

    private init(descriptor: Int32, partialPath: String?, finalPath: String?) {
        self.descriptor = descriptor
        self.partialPath = partialPath
        self.finalPath = finalPath
    }

    public static func standardOutput() -> ExportSink {
        ExportSink(descriptor: STDOUT_FILENO, partialPath: nil, finalPath: nil)
    }

    /// Mode 0600: an export holds customers' names, so only the seller's account reads it unless they share it.
    public static func file(_ path: String) throws(Failure) -> ExportSink {
        let partial = path + ".partial"
        let descriptor = open(partial, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { throw Failure("write", partial, reason: Self.reason()) }
        return ExportSink(descriptor: descriptor, partialPath: partial, finalPath: path)
    }

    /// Writes all of `bytes`, resuming after a short write or a signal.
    public func write(_ bytes: [UInt8]) throws(Failure) {
        var offset = 0
        while offset < bytes.count {
            let count = bytes.withUnsafeBytes { buffer in
                guard let base = buffer.baseAddress else { return 0 }
                return Foundation.write(descriptor, base + offset, buffer.count - offset)
            }
            if count < 0 {
                if errno == EINTR { continue }
                throw Failure("write", partialPath ?? "standard output", reason: Self.reason())
            }
            offset += count
        }
        bytesWritten += bytes.count
    }

    /// Makes the file durable and gives it its name; standard output needs nothing. Without `replacing`, a file
    /// that appeared under the name meanwhile is kept: the name is taken with `link`, which never replaces.
    public func commit(replacing: Bool = true) throws(Failure) {
        guard let partialPath, let finalPath, !closed else { return }
        closed = true
        let synced = fsync(descriptor) == 0
        let closed = close(descriptor) == 0
        guard synced, closed else {
            let reason = Self.reason()
            unlink(partialPath)
            throw Failure("write", partialPath, reason: reason)
        }
        let named = replacing ? rename(partialPath, finalPath) == 0 : link(partialPath, finalPath) == 0
        let reason = Self.reason()
        guard named else {
            unlink(partialPath)
            throw Failure("name the export", finalPath, reason: reason)
        }
        if !replacing { unlink(partialPath) }
    }

    /// After a failure: the partial file goes, nothing is left under either name.
    public func abandon() {
        guard let partialPath, !closed else { return }
        closed = true
        close(descriptor)
        unlink(partialPath)
    }

    private static func reason() -> String { String(cString: strerror(errno)) }
}
