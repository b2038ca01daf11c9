import Foundation

/// A response to send. The server adds the framing headers itself (Content-Length, Connection, Date and
/// Server unless set), so handlers only say what the response means.
public struct HTTPResponse: Sendable, Equatable {
    public var status: Int
    public var reason: String
    public var headers: HTTPHeaders
    public var body: [UInt8]

    /// `reason` defaults to the standard phrase for `status`.
    public init(status: Int, reason: String? = nil, headers: HTTPHeaders = [:], body: [UInt8] = []) {
        self.status = status
        self.reason = reason ?? HTTPStatus.reasonPhrase(for: status)
        self.headers = headers
        self.body = body
    }

    /// A `text/plain; charset=utf-8` response.
    public static func text(_ text: String, status: Int = 200, headers: HTTPHeaders = [:]) -> HTTPResponse {
        var response = HTTPResponse(status: status, headers: headers, body: Array(text.utf8))
        if !response.headers.contains("Content-Type") {
            response.headers.add("Content-Type", "text/plain; charset=utf-8")
        }
        return response
    }

    /// The first value of header `name`.
    public func header(_ name: String) -> String? { headers[name] }

    /// The body as UTF-8 text (invalid sequences replaced), for tests and logs.
    public var bodyText: String { String(decoding: body, as: UTF8.self) }
}
