import Foundation
import HTTPServer
import MarketAPI
import SellerCore
import Synchronization

/// What every chunk of an upload says about the whole file (`X-File-Name`, `X-File-Size`, `X-File-Sha256`).
struct UploadDescription: Equatable, Sendable {
    var fileName: String
    var size: Int64
    /// Lower-case hex.
    var sha256: String
}

/// One resumable upload: its bytes on disk and how many have arrived. Chunks are appended under the upload's own
/// lock, so concurrent chunks of one upload cannot interleave while other uploads proceed; bodies are copied
/// in 1 MiB pieces, so no chunk or file is ever held in memory whole.
final class UploadFile: Sendable {
    struct Progress {
        var received: Int64 = 0
        var complete = false
        /// Set when the checksum failed and the file was removed; a chunk that raced with that starts over.
        var dropped = false
        var completedAt: Timestamp?
    }

    let taskId: String
    let uploadId: String
    let description: UploadDescription
    let url: URL
    private let progress = Mutex(Progress())

    init(taskId: String, uploadId: String, description: UploadDescription, url: URL) {
        self.taskId = taskId
        self.uploadId = uploadId
        self.description = description
        self.url = url
    }

    var status: UploadStatus {
        progress.withLock { UploadStatus(uploadId: uploadId, received: $0.received, size: description.size,
                                         complete: $0.complete) }
    }

    /// The time the last byte arrived and matched, once complete.
    var completedAt: Timestamp? { progress.withLock { $0.complete ? $0.completedAt : nil } }

    /// Appends the part of `body` (which starts at `offset`) that is past the bytes already received. A chunk
    /// wholly inside them is acknowledged without writing; one that starts past them is a gap (409). When the
    /// last byte arrives the file's SHA-256 is checked by streaming; a mismatch removes the file (422).
    func append(offset: Int64, body: HTTPRequestBody, now: Timestamp) throws(ActionRefusal) -> UploadStatus {
        try progress.withLock { (progress: inout Progress) throws(ActionRefusal) -> UploadStatus in
            if progress.dropped {
                throw ActionRefusal(status: 409, code: ResultCodes.uploadOffsetMismatch,
                                    message: "upload \(uploadId) was dropped after a checksum mismatch; received=0")
            }
            let length = Int64(body.byteCount)
            guard offset + length <= description.size else {
                throw .badRequest("offset: the chunk ends at byte \(offset + length), past X-File-Size \(description.size)")
            }
            guard offset <= progress.received else {
                throw ActionRefusal(status: 409, code: ResultCodes.uploadOffsetMismatch,
                                    message: "offset \(offset) is past the bytes received; received=\(progress.received)")
            }
            let skip = progress.received - offset
            if !progress.complete, skip < length || description.size == 0 {
                do {
                    progress.received += try write(body, skipping: skip, at: progress.received)
                } catch {
                    throw .internalError("cannot store upload \(uploadId): \(error)")
                }
            }
            if !progress.complete, progress.received == description.size {
                try finish(&progress, now: now)
            }
            return UploadStatus(uploadId: uploadId, received: progress.received, size: description.size,
                                complete: progress.complete)
        }
    }

    /// Checks the complete file's SHA-256.
    private func finish(_ progress: inout Progress, now: Timestamp) throws(ActionRefusal) {
        let digest: String
        do {
            digest = try FileDigest.sha256Hex(fileAt: url)
        } catch {
            throw .internalError("cannot read upload \(uploadId): \(error)")
        }
        guard digest == description.sha256 else {
            try? FileManager.default.removeItem(at: url)
            progress.dropped = true
            throw .checksum("upload \(uploadId): sha256 mismatch, the file's sha256 is \(digest), not the "
                            + "X-File-Sha256 \(description.sha256); the upload was dropped")
        }
        progress.complete = true
        progress.completedAt = now
    }

    /// Writes the body from byte `skip` on at file position `position`; returns how many bytes were written.
    private func write(_ body: HTTPRequestBody, skipping skip: Int64, at position: Int64) throws -> Int64 {
        if !FileManager.default.fileExists(atPath: url.path) {
            guard FileManager.default.createFile(atPath: url.path, contents: nil) else {
                throw CocoaError(.fileWriteUnknown)
            }
        }
        let output = try FileHandle(forWritingTo: url)
        defer { try? output.close() }
        try output.truncate(atOffset: UInt64(position))
        try output.seek(toOffset: UInt64(position))
        switch body {
        case .bytes(let bytes):
            let part = bytes[Int(skip)...]
            try output.write(contentsOf: part)
            return Int64(part.count)
        case .file(let source, _):
            let input = try FileHandle(forReadingFrom: source)
            defer { try? input.close() }
            try input.seek(toOffset: UInt64(skip))
            var written: Int64 = 0
            while let piece = try input.read(upToCount: 1 << 20), !piece.isEmpty {
                try output.write(contentsOf: piece)
                written += Int64(piece.count)
            }
            return written
        }
    }
}
