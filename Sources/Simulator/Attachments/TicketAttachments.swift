import MarketAPI
import SellerCore

/// A reply's attachments: each named upload must be complete, made for this ticket, and the file the reply
/// names (size and SHA-256), else the reply is refused (422) and nothing is applied, as a delivery's files are.
/// Accepted files are served back at `tickets/{id}/files/u-{uploadId}`.
struct TicketAttachments: Sendable {
    let uploads: UploadStore

    func verified(_ body: [UInt8], caseId: String) throws(ActionRefusal) -> [SupervisionFile] {
        let submitted: [TicketAttachmentWire.Submitted]
        do throws(JSONFieldError) {
            submitted = try TicketAttachmentWire.decodeSubmitted(try ActionWire.fields(of: body))
        } catch {
            throw .badBody(error)
        }
        let owner = AttachmentRoute.owner(.tickets, id: caseId)
        var files: [SupervisionFile] = []
        for file in submitted {
            let name = "\(file.fileName) (upload \(file.uploadId))"
            guard let upload = uploads.upload(file.uploadId) else { throw .checksum("\(name): nothing was uploaded") }
            guard upload.taskId == owner else { throw .checksum("\(name): the upload belongs to another record") }
            let status = upload.status
            guard status.complete, let uploadedAt = upload.completedAt else {
                throw .checksum("\(name): incomplete, \(status.received) of \(status.size) bytes arrived")
            }
            guard upload.description.size == file.size, upload.description.sha256 == file.sha256 else {
                throw .checksum("\(name): the upload is another file (\(upload.description.size) bytes, sha256 "
                                + "\(upload.description.sha256))")
            }
            files.append(SupervisionFile(
                fileName: file.fileName, size: file.size, sha256: file.sha256, kind: nil, uploadedAt: uploadedAt,
                downloadPath: AttachmentPath.path(caseId: caseId, fileId: AttachmentStore.uploadFileId(file.uploadId))))
        }
        return files
    }
}
