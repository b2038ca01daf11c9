import MarketAPI
import SellerCore

/// 确认完成: checks that every named upload is complete, belongs to the task and is the file submitted (size and
/// SHA-256), then applies `.sellerDeliver` with those files. Any file that is not right refuses the whole
/// submission (422) before anything changes.
struct DeliverySubmission: Sendable {
    let applier: RecordApplier
    let uploads: UploadStore

    func run(_ route: ActionRoute, taskId: String, key: String, body: [UInt8]) throws(ActionRefusal) -> SellerRecord {
        let (submitted, actualStart) = try ActionBodies.delivery(body)
        guard applier.world.find(.supervision, id: taskId) != nil else {
            throw .notFound("no \(EntityKind.supervision.commandName) with id \(taskId)")
        }
        var files: [SupervisionFile] = []
        for file in submitted {
            files.append(try verified(file, taskId: taskId))
        }
        return try applier.apply(route, key: key) { record, now throws(ActionRefusal) in
            guard case .supervision(var task) = record else { throw .notFound("not a supervision task") }
            do throws(TransitionError) {
                try SupervisionFlow.apply(.sellerDeliver(files: files, actualStart: actualStart), to: &task, at: now)
            } catch {
                throw .illegal(error)
            }
            record = .supervision(task)
        }
    }

    private func verified(_ file: SubmittedFile, taskId: String) throws(ActionRefusal) -> SupervisionFile {
        let name = "\(file.fileName) (upload \(file.uploadId))"
        guard let upload = uploads.upload(file.uploadId) else { throw .checksum("\(name): nothing was uploaded") }
        guard upload.taskId == taskId else {
            throw .checksum("\(name): the upload belongs to supervision task \(upload.taskId)")
        }
        let status = upload.status
        guard status.complete, let uploadedAt = upload.completedAt else {
            throw .checksum("\(name): incomplete, \(status.received) of \(status.size) bytes arrived")
        }
        guard upload.description.size == file.size else {
            throw .checksum("\(name): \(upload.description.size) bytes were uploaded, not \(file.size)")
        }
        guard upload.description.sha256 == file.sha256 else {
            throw .checksum("\(name): sha256 mismatch, the uploaded file's sha256 is \(upload.description.sha256), "
                            + "not \(file.sha256)")
        }
        return SupervisionFile(fileName: file.fileName, size: file.size, sha256: file.sha256, kind: file.kind,
                               uploadedAt: uploadedAt,
                               downloadPath: AttachmentPath.path(taskId: taskId,
                                                                 fileId: AttachmentStore.uploadFileId(file.uploadId)))
    }
}
