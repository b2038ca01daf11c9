#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// Collects a request body: in memory while it is small, then in a spool file once it passes the threshold
/// (or from the start when the announced length already does), so memory per connection stays bounded no
/// matter how large an upload is.
final class HTTPBodySink {
    private let threshold: Int
    private let directory: URL
    private var memory: [UInt8] = []
    private var fileDescriptor: Int32 = -1
    private var fileURL: URL?
    private(set) var byteCount = 0

    init(threshold: Int, directory: URL, expectedLength: Int?) throws {
        self.threshold = threshold
        self.directory = directory
        if let expectedLength {
            if expectedLength > threshold {
                try openSpoolFile()
            } else {
                memory.reserveCapacity(expectedLength)
            }
        }
    }

    deinit { discard() }

    func append(_ bytes: UnsafeRawBufferPointer) throws {
        guard !bytes.isEmpty else { return }
        if fileDescriptor < 0 && byteCount + bytes.count > threshold {
            try openSpoolFile()
            try memory.withUnsafeBytes { try writeToFile($0) }
            memory = []
        }
        if fileDescriptor >= 0 {
            try writeToFile(bytes)
        } else {
            memory.append(contentsOf: bytes)
        }
        byteCount += bytes.count
    }

    /// Hands the body over. A spool file stays on disk until `discard()`, which the connection calls after the
    /// handler returns.
    func finish() -> HTTPRequestBody {
        if let fileURL {
            if fileDescriptor >= 0 {
                close(fileDescriptor)
                fileDescriptor = -1
            }
            return .file(fileURL, byteCount: byteCount)
        }
        return .bytes(memory)
    }

    /// Deletes the spool file, if any. Idempotent.
    func discard() {
        if fileDescriptor >= 0 {
            close(fileDescriptor)
            fileDescriptor = -1
        }
        if let fileURL {
            unlink(fileURL.path)
            self.fileURL = nil
        }
        memory = []
    }

    private func openSpoolFile() throws {
        let url = directory.appendingPathComponent("koosim-body-\(UUID().uuidString).part")
        let fd = open(url.path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw HTTPServerError.system("open spool file", errno) }
        fileDescriptor = fd
        fileURL = url
    }

    private func writeToFile(_ bytes: UnsafeRawBufferPointer) throws {
        guard let base = bytes.baseAddress else { return }
        var written = 0
        while written < bytes.count {
            let result = write(fileDescriptor, base + written, bytes.count - written)
            if result > 0 {
                written += result
            } else if result < 0 && errno == EINTR {
                continue
            } else {
                throw HTTPServerError.system("write spool file", result < 0 ? errno : EIO)
            }
        }
    }
}
