import SellerCore

/// A ticket reply's attachments in the `POST tickets/{id}/messages` body: each names its upload (the same
/// resumable upload as deliverables, under `tickets/{id}/uploads/{uploadId}`), with the name, size and SHA-256
/// the gateway checks the upload against.
public enum TicketAttachmentWire {
    public static func encodeSubmitted(_ files: [DeliverableUpload], idempotencyKey: String,
                                       into writer: inout JSONWriter) {
        writer.comma()
        writer.key("attachments")
        writer.beginArray()
        for (index, file) in files.enumerated() {
            if index > 0 { writer.comma() }
            writer.beginObject()
            writer.field("uploadId", ActionRoute.uploadId(idempotencyKey: idempotencyKey, fileIndex: index), first: true)
            writer.field("fileName", file.fileName)
            writer.field("size", file.size)
            writer.field("sha256", file.sha256)
            writer.endObject()
        }
        writer.endArray()
    }

    /// One attachment named by a reply.
    public struct Submitted: Equatable, Sendable {
        public var uploadId: String
        public var fileName: String
        public var size: Int64
        public var sha256: String
    }

    /// The attachments of a reply body (none when the member is absent).
    public static func decodeSubmitted(_ body: JSONFields) throws(JSONFieldError) -> [Submitted] {
        var files: [Submitted] = []
        var seen = Set<String>()
        for file in try body.objects("attachments") {
            let uploadId = try file.string("uploadId")
            guard seen.insert(uploadId).inserted else {
                throw JSONFieldError(path: "$.attachments.uploadId", reason: "upload \(uploadId) is named twice")
            }
            files.append(Submitted(uploadId: uploadId, fileName: try file.string("fileName"),
                                   size: Int64(try file.int("size")), sha256: try file.string("sha256")))
        }
        guard files.count <= 20 else {
            throw JSONFieldError(path: "$.attachments", reason: "at most 20 attachments per reply")
        }
        return files
    }
}
