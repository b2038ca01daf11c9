/// The outbox's `payload` column: an action as compact JSON, read back after a restart. Written and read only
/// here, so an outbox written by this build always decodes.
extension SellerAction {
    public var payloadJSON: String {
        var writer = JSONWriter()
        writer.beginObject()
        writer.key("kind"); writer.appendString(kind.rawValue)
        writer.comma(); writer.key("target"); writer.appendString(targetId)
        func member(_ name: String, _ value: String) {
            writer.comma(); writer.key(name); writer.appendString(value)
        }
        switch self {
        case .restart, .confirmRequirement, .acceptTicket, .replayMessage, .replayCall:
            break
        case .deliverLicense(_, let eventId, let license):
            member("eventId", eventId)
            switch license {
            case .text(let text): member("text", text)
            case .file(let file):
                writer.comma(); writer.key("file"); writer.beginObject()
                writer.key("path"); writer.appendString(file.path)
                member("fileName", file.fileName)
                writer.comma(); writer.key("size"); writer.appendRaw(Array(String(file.size).utf8))
                member("sha256", file.sha256)
                writer.endObject()
            }
        case .rejectRequirement(_, let reason):
            member("reason", reason)
        case .deliver(_, let files, let actualStart):
            if let actualStart { member("actualStart", actualStart.koogallerySeconds) }
            Self.writeFiles(files, into: &writer)
        case .replyTicket(_, let content, let wait, let files):
            member("content", content)
            writer.comma(); writer.key("waitForCustomer"); writer.appendRaw(wait ? "true" : "false")
            if !files.isEmpty { Self.writeFiles(files, into: &writer) }
        case .resolveTicket(_, let cause, let solution):
            member("cause", cause)
            member("solution", solution)
        }
        writer.endObject()
        return writer.text
    }

    /// Reads a payload written by `payloadJSON`.
    public init(payloadJSON text: String) throws(JSONFieldError) {
        let value: JSONValue
        do {
            value = try JSONParser.parse(text)
        } catch {
            throw JSONFieldError(path: "$", reason: error.description)
        }
        let fields = try JSONFields(value, path: "$")
        let kind = try fields.enumValue("kind", as: ActionKind.self)
        let target = try fields.string("target")
        switch kind {
        case .restart: self = .restart(messageId: target)
        case .confirmRequirement: self = .confirmRequirement(taskId: target)
        case .rejectRequirement: self = .rejectRequirement(taskId: target, reason: try fields.string("reason"))
        case .deliver:
            let files = try Self.readFiles(try fields.objects("files"))
            self = .deliver(taskId: target, files: files, actualStart: try fields.optionalTimestamp("actualStart"))
        case .acceptTicket: self = .acceptTicket(caseId: target)
        case .replyTicket:
            self = .replyTicket(caseId: target, content: try fields.string("content"),
                                waitForCustomer: try fields.optionalBool("waitForCustomer") ?? false,
                                files: try Self.readFiles(try fields.objects("files")))
        case .resolveTicket:
            self = .resolveTicket(caseId: target, cause: try fields.string("cause"),
                                  solution: try fields.string("solution"))
        case .replayMessage: self = .replayMessage(messageId: target)
        case .replayCall: self = .replayCall(callId: target)
        case .deliverLicense:
            let license: LicenseDelivery
            if let file = try fields.optionalObject("file") {
                guard let size = Int64(exactly: try file.int("size")) else {
                    throw JSONFieldError(path: "$.file.size", reason: "not a size")
                }
                license = .file(LicenseFile(path: try file.string("path"), fileName: try file.string("fileName"),
                                            size: size, sha256: try file.string("sha256")))
            } else {
                license = .text(try fields.string("text"))
            }
            self = .deliverLicense(callId: target, eventId: try fields.string("eventId"), license: license)
        }
    }

    /// A delivery's or a reply's files: where each is, its name, size, SHA-256 and kind.
    private static func writeFiles(_ files: [DeliverableUpload], into writer: inout JSONWriter) {
        writer.comma(); writer.key("files"); writer.beginArray()
        for (position, file) in files.enumerated() {
            if position > 0 { writer.comma() }
            writer.beginObject()
            writer.key("path"); writer.appendString(file.path)
            writer.comma(); writer.key("fileName"); writer.appendString(file.fileName)
            writer.comma(); writer.key("size"); writer.appendRaw(Array(String(file.size).utf8))
            writer.comma(); writer.key("sha256"); writer.appendString(file.sha256)
            writer.comma(); writer.key("kind"); writer.appendString(file.kind.rawValue)
            writer.endObject()
        }
        writer.endArray()
    }

    private static func readFiles(_ files: [JSONFields]) throws(JSONFieldError) -> [DeliverableUpload] {
        try files.map { (file: JSONFields) throws(JSONFieldError) -> DeliverableUpload in
            guard let size = Int64(exactly: try file.int("size")) else {
                throw JSONFieldError(path: "$.files.size", reason: "not a size")
            }
            return DeliverableUpload(path: try file.string("path"), fileName: try file.string("fileName"),
                                     size: size, sha256: try file.string("sha256"),
                                     kind: try file.enumValue("kind", as: DeliverableKind.self))
        }
    }
}
