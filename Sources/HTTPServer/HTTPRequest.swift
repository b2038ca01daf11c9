import Foundation

/// A complete request as handed to the handler: the head plus the body. Head properties read directly on the
/// request (`request.path`, `request.headers["Authorization"]`, `request.query("limit")`).
@dynamicMemberLookup
public struct HTTPRequest: Sendable, Equatable {
    public var head: HTTPRequestHead
    public var body: HTTPRequestBody

    public init(head: HTTPRequestHead, body: HTTPRequestBody = .empty) {
        self.head = head
        self.body = body
    }

    /// Builds a request without a socket, for testing routes directly. Returns nil if `target` would not
    /// pass the server's parser.
    public init?(method: String, target: String, headers: HTTPHeaders = [:], body: HTTPRequestBody = .empty,
                 remoteAddress: String = "127.0.0.1:0") {
        guard let components = HTTPRequestTarget(target) else { return nil }
        head = HTTPRequestHead(method: method, target: target, headers: headers, remoteAddress: remoteAddress,
                               components: components)
        self.body = body
    }

    public subscript<Value>(dynamicMember keyPath: KeyPath<HTTPRequestHead, Value>) -> Value {
        head[keyPath: keyPath]
    }

    /// The first value of query parameter `name`.
    public func query(_ name: String) -> String? { head.query(name) }
}
