import Crypto
import Foundation
import HTTPServer
import MarketAPI
import SellerCore
import Synchronization

/// The resumable uploads of deliverables, by upload id, each bound to the task it was started for. Files live in
/// one directory: the configured one (created if missing, never removed), or a fresh folder in the temporary
/// directory that is created on the first upload and removed with everything in it when the simulator stops.
final class UploadStore: Sendable {
    let directory: URL
    /// Whether the simulator made `directory` and may remove it.
    let ownsDirectory: Bool
    private let uploads = Mutex<[String: UploadFile]>([:])

    init(directory: URL?) {
        if let directory {
            self.directory = directory
            ownsDirectory = false
        } else {
            self.directory = URL(fileURLWithPath: NSTemporaryDirectory(), isDirectory: true)
                .appendingPathComponent("koosim-uploads-\(UUID().uuidString)", isDirectory: true)
            ownsDirectory = true
        }
    }

    /// How much of upload `uploadId` of task `taskId` has arrived.
    func status(taskId: String, uploadId: String) throws(ActionRefusal) -> UploadStatus {
        guard let upload = uploads.withLock({ $0[uploadId] }) else {
            throw .notFound("nothing of upload \(uploadId) has arrived")
        }
        try check(upload, belongsTo: taskId)
        return upload.status
    }

    /// Stores one chunk. The first chunk of an upload fixes the file it describes; later chunks must agree.
    func put(taskId: String, uploadId: String, description: UploadDescription, offset: Int64, body: HTTPRequestBody,
             now: Timestamp) throws(ActionRefusal) -> UploadStatus {
        guard body.byteCount <= ActionRoute.maximumChunkBytes else {
            throw ActionRefusal(status: 413, code: ResultCodes.payloadTooLarge,
                                message: "a chunk may carry at most \(ActionRoute.maximumChunkBytes) bytes")
        }
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        } catch {
            throw .internalError("cannot create the upload directory: \(error)")
        }
        guard offset + Int64(body.byteCount) <= description.size else {
            throw .badRequest("offset: the chunk ends at byte \(offset + Int64(body.byteCount)), past X-File-Size "
                              + "\(description.size)")
        }
        let found: UploadFile? = uploads.withLock { uploads in
            if let existing = uploads[uploadId] { return existing }
            // Only a chunk at offset 0 starts an upload, so a refused chunk never leaves an empty one behind.
            guard offset == 0 else { return nil }
            let created = UploadFile(taskId: taskId, uploadId: uploadId, description: description,
                                     url: directory.appendingPathComponent(Self.fileName(taskId: taskId, uploadId: uploadId)))
            uploads[uploadId] = created
            return created
        }
        guard let upload = found else {
            throw ActionRefusal(status: 409, code: ResultCodes.uploadOffsetMismatch,
                                message: "offset \(offset) is past the bytes received; received=0")
        }
        try check(upload, belongsTo: taskId)
        guard upload.description.size == description.size, upload.description.sha256 == description.sha256 else {
            throw .conflict("upload \(uploadId) was started for another file (\(upload.description.size) bytes, "
                            + "sha256 \(upload.description.sha256))")
        }
        do {
            return try upload.append(offset: offset, body: body, now: now)
        } catch {
            if error.status == 422 {
                uploads.withLock { uploads in
                    if uploads[uploadId] === upload { uploads[uploadId] = nil }
                }
            }
            throw error
        }
    }

    /// The upload with this id, whatever its state.
    func upload(_ uploadId: String) -> UploadFile? { uploads.withLock { $0[uploadId] } }

    /// Removes the directory when the simulator made it.
    func removeOwnedDirectory() {
        guard ownsDirectory else { return }
        try? FileManager.default.removeItem(at: directory)
    }

    private func check(_ upload: UploadFile, belongsTo taskId: String) throws(ActionRefusal) {
        guard upload.taskId == taskId else {
            throw .conflict("upload \(upload.uploadId) belongs to supervision task \(upload.taskId), not \(taskId)")
        }
    }

    /// A name that cannot escape the directory, whatever the ids contain.
    static func fileName(taskId: String, uploadId: String) -> String {
        "upload-" + SHA256.hexDigest(Array("\(taskId)\n\(uploadId)".utf8)) + ".part"
    }
}
