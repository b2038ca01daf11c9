import HTTPServer
import MarketAPI
import SellerCore

/// Why the gateway refuses an action, as the JSON error the contract names. Handlers throw it so that every
/// refusal leaves the world untouched and reaches the client with the same shape.
struct ActionRefusal: Error, Sendable, Equatable {
    var status: Int
    var code: String
    var message: String
    var headers: HTTPHeaders = [:]

    var response: HTTPResponse {
        .json(bytes: APIErrorBody(code: code, message: message).encoded(), status: status, headers: headers)
    }

    static func notFound(_ message: String) -> ActionRefusal {
        ActionRefusal(status: 404, code: ResultCodes.notFound, message: message)
    }

    /// A bad request body or parameter; the message names the member.
    static func badRequest(_ message: String) -> ActionRefusal {
        ActionRefusal(status: 400, code: ResultCodes.invalidParameter, message: message)
    }

    static func badBody(_ error: JSONFieldError) -> ActionRefusal { badRequest(error.description) }

    /// The state machine does not allow the action now; the reason is the flow's own words.
    static func illegal(_ error: TransitionError) -> ActionRefusal {
        ActionRefusal(status: 409, code: ResultCodes.conflict, message: error.description)
    }

    static func conflict(_ message: String) -> ActionRefusal {
        ActionRefusal(status: 409, code: ResultCodes.conflict, message: message)
    }

    /// A file that is missing, incomplete or not the one described.
    static func checksum(_ message: String) -> ActionRefusal {
        ActionRefusal(status: 422, code: ResultCodes.checksumMismatch, message: message)
    }

    /// A request whose key an outcome lookup abandoned: the client concluded it was never applied, so it never is.
    static func abandoned(key: String) -> ActionRefusal {
        ActionRefusal(status: 410, code: ResultCodes.idempotencyKeyAbandoned,
                      message: "Idempotency-Key \(key) was abandoned by an outcome lookup and is never applied; "
                          + "send the action again with a new key")
    }

    static func internalError(_ message: String) -> ActionRefusal {
        ActionRefusal(status: 500, code: ResultCodes.internalError, message: message)
    }

    static func methodNotAllowed(allow: String) -> ActionRefusal {
        ActionRefusal(status: 405, code: ResultCodes.requestParameterError, message: "method not allowed; use \(allow)",
                      headers: ["Allow": allow])
    }
}
