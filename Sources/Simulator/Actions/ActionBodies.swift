import MarketAPI
import SellerCore

/// Reads the JSON bodies of the action routes into the state machines' actions. A missing, mistyped or blank
/// member is a bad body (400 naming the member), answered before anything is looked up or changed.
enum ActionBodies {
    static func fields(_ body: [UInt8]) throws(ActionRefusal) -> JSONFields {
        do {
            return try ActionWire.fields(of: body)
        } catch {
            throw .badBody(error)
        }
    }

    /// A required string member that is not blank.
    static func text(_ key: String, in fields: JSONFields) throws(ActionRefusal) -> String {
        let value: String
        do {
            value = try fields.string(key)
        } catch {
            throw .badBody(error)
        }
        guard !value.trimmingWhitespace.isEmpty else {
            throw .badBody(JSONFieldError(path: "\(fields.path).\(key)", reason: "must not be blank"))
        }
        return value
    }

    static func rejectReason(_ body: [UInt8]) throws(ActionRefusal) -> SupervisionAction {
        .sellerRejectRequirement(reason: try text("reason", in: try fields(body)))
    }

    static func reply(_ body: [UInt8]) throws(ActionRefusal) -> TicketAction {
        let fields = try fields(body)
        let content = try text("content", in: fields)
        do {
            return .sellerReply(content: content, waitForCustomer: try fields.optionalBool("waitForCustomer") ?? false)
        } catch {
            throw .badBody(error)
        }
    }

    static func resolve(_ body: [UInt8]) throws(ActionRefusal) -> TicketAction {
        let fields = try fields(body)
        return .sellerResolve(cause: try text("cause", in: fields), solution: try text("solution", in: fields))
    }

    /// A body that carries nothing must still be a JSON object (or empty).
    static func empty(_ body: [UInt8]) throws(ActionRefusal) {
        _ = try fields(body)
    }

    /// The files and optional actual service start time of a `deliverables` request.
    static func delivery(_ body: [UInt8]) throws(ActionRefusal) -> (files: [SubmittedFile], actualStart: Timestamp?) {
        let fields = try fields(body)
        let files: [SubmittedFile]
        let start: Timestamp?
        do {
            files = try ActionWire.submittedFiles(fields)
            start = try fields.optionalTimestamp("actualServiceStartTime")
        } catch {
            throw .badBody(error)
        }
        guard !files.isEmpty else {
            throw .badBody(JSONFieldError(path: "$.files", reason: "name at least one uploaded file"))
        }
        var seen = Set<String>()
        for (index, file) in files.enumerated() where !seen.insert(file.uploadId).inserted {
            throw .badBody(JSONFieldError(path: "$.files[\(index)].uploadId", reason: "names an upload twice"))
        }
        return (files, start)
    }
}
