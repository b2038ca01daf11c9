import SellerCore

/// A file of a delivery as submitted: which finished upload it is, and what it must be.
public struct SubmittedFile: Equatable, Sendable {
    public var uploadId: String
    public var fileName: String
    public var size: Int64
    public var sha256: String
    public var kind: DeliverableKind

    public init(uploadId: String, fileName: String, size: Int64, sha256: String, kind: DeliverableKind) {
        self.uploadId = uploadId
        self.fileName = fileName
        self.size = size
        self.sha256 = sha256
        self.kind = kind
    }
}

/// What an upload's `GET` and `PUT` answer: how many bytes have arrived, and whether the file is complete (all
/// bytes arrived and their SHA-256 matched).
public struct UploadStatus: Equatable, Sendable {
    public var uploadId: String
    public var received: Int64
    public var size: Int64
    public var complete: Bool

    public init(uploadId: String, received: Int64, size: Int64, complete: Bool) {
        self.uploadId = uploadId
        self.received = received
        self.size = size
        self.complete = complete
    }
}

/// The JSON bodies of the action routes, encoded and decoded in one place for client and simulator.
public enum ActionWire {
    /// The request body that submits `action`. A delivery names its files by upload id.
    public static func requestBody(for action: SellerAction, idempotencyKey: String) -> [UInt8] {
        var writer = JSONWriter()
        writer.beginObject()
        switch action {
        case .restart, .confirmRequirement, .acceptTicket, .replayMessage, .replayCall, .deliverLicense:
            break
        case .rejectRequirement(_, let reason):
            writer.field("reason", reason, first: true)
        case .deliver(_, let files, let actualStart):
            writer.key("files")
            writer.beginArray()
            for (index, file) in files.enumerated() {
                if index > 0 { writer.comma() }
                writer.beginObject()
                writer.field("uploadId", ActionRoute.uploadId(idempotencyKey: idempotencyKey, fileIndex: index),
                             first: true)
                writer.field("fileName", file.fileName)
                writer.field("size", file.size)
                writer.field("sha256", file.sha256)
                writer.field("kind", file.kind.rawValue)
                writer.endObject()
            }
            writer.endArray()
            writer.secondsField("actualServiceStartTime", actualStart)
        case .replyTicket(_, let content, let wait, let files):
            writer.field("content", content, first: true)
            writer.field("waitForCustomer", wait)
            if !files.isEmpty { TicketAttachmentWire.encodeSubmitted(files, idempotencyKey: idempotencyKey, into: &writer) }
        case .resolveTicket(_, let cause, let solution):
            writer.field("cause", cause, first: true)
            writer.field("solution", solution)
        }
        writer.endObject()
        return writer.bytes
    }

    /// Reads a request body; `$` paths name a bad member.
    public static func fields(of body: [UInt8]) throws(JSONFieldError) -> JSONFields {
        let value: JSONValue
        do {
            value = try JSONParser.parse(body.isEmpty ? Array("{}".utf8) : body)
        } catch {
            throw JSONFieldError(path: "$", reason: error.description)
        }
        return try JSONFields(value, path: "$")
    }

    /// The files of a `deliverables` request.
    public static func submittedFiles(_ fields: JSONFields) throws(JSONFieldError) -> [SubmittedFile] {
        try fields.objects("files").map { (file: JSONFields) throws(JSONFieldError) -> SubmittedFile in
            guard let size = Int64(exactly: try file.int("size")), size >= 0 else {
                throw JSONFieldError(path: file.path + ".size", reason: "not a size")
            }
            return SubmittedFile(uploadId: try file.string("uploadId"), fileName: try file.string("fileName"),
                                 size: size, sha256: try file.string("sha256").lowercased(),
                                 kind: try file.enumValue("kind", as: DeliverableKind.self))
        }
    }

    /// A successful action's answer: the target record as it is after the action.
    public static func resultBody(_ record: SellerRecord) -> [UInt8] {
        var writer = JSONWriter()
        writer.beginObject()
        writer.field("resultCode", ResultCodes.success, first: true)
        writer.field("resultMsg", "Success")
        writer.comma()
        writer.key("item")
        RecordWire.encode(record, into: &writer)
        writer.endObject()
        return writer.bytes
    }

    /// Reads a successful action's answer.
    public static func decodeResult(kind: EntityKind, body: [UInt8]) throws(JSONFieldError) -> SellerRecord {
        let fields = try self.fields(of: body)
        return try RecordWire.decode(kind, try fields.object("item"))
    }

    public static func uploadStatusBody(_ status: UploadStatus) -> [UInt8] {
        var writer = JSONWriter()
        writer.beginObject()
        writer.field("resultCode", ResultCodes.success, first: true)
        writer.field("uploadId", status.uploadId)
        writer.field("received", status.received)
        writer.field("size", status.size)
        writer.field("complete", status.complete)
        writer.endObject()
        return writer.bytes
    }

    public static func decodeUploadStatus(_ body: [UInt8]) throws(JSONFieldError) -> UploadStatus {
        let fields = try self.fields(of: body)
        return UploadStatus(uploadId: try fields.string("uploadId"), received: Int64(try fields.int("received")),
                            size: Int64(try fields.int("size")), complete: try fields.bool("complete"))
    }
}
