/// A request the server refuses before any handler sees it: the status to answer with and a short reason for
/// the error body and the log. The connection is always closed afterwards, since framing may be lost.
struct HTTPRequestError: Error, Equatable {
    let status: Int
    let message: String

    init(_ status: Int, _ message: String) {
        self.status = status
        self.message = message
    }

    static func badRequest(_ message: String) -> HTTPRequestError { HTTPRequestError(400, message) }
}
