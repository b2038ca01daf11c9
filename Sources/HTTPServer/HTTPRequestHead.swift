/// Everything about a request except its body: what the per-route body-limit hook sees before the body is
/// read, and what handlers see through `HTTPRequest`.
public struct HTTPRequestHead: Sendable, Equatable {
    public var method: String
    /// The request target exactly as sent (`/v1/orders?limit=10`).
    public var target: String
    public var version: HTTPVersion
    public var headers: HTTPHeaders
    /// The peer as "ip:port".
    public var remoteAddress: String
    /// The target split into raw and decoded path and query.
    public var components: HTTPRequestTarget

    public init(method: String, target: String, version: HTTPVersion = .http11, headers: HTTPHeaders = [:],
                remoteAddress: String = "127.0.0.1:0", components: HTTPRequestTarget) {
        self.method = method
        self.target = target
        self.version = version
        self.headers = headers
        self.remoteAddress = remoteAddress
        self.components = components
    }

    /// The decoded path.
    public var path: String { components.path }
    /// The path as sent, still percent-encoded.
    public var rawPath: String { components.rawPath }
    /// Decoded path segments after the leading slash.
    public var pathSegments: [String] { components.pathSegments }
    /// The undecoded query string, nil without `?`.
    public var rawQuery: String? { components.rawQuery }
    /// Decoded query pairs in order.
    public var queryItems: [HTTPQueryItem] { components.queryItems }
    /// The first value of query parameter `name`.
    public func query(_ name: String) -> String? { components.query(name) }

    /// Whether the client wants the connection kept open after this exchange (HTTP/1.1 unless `close`,
    /// HTTP/1.0 only with `keep-alive`).
    public var wantsKeepAlive: Bool {
        if headers.hasToken("close", in: "Connection") { return false }
        return version >= .http11 || headers.hasToken("keep-alive", in: "Connection")
    }
}

/// The HTTP version of a request line.
public struct HTTPVersion: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var major: Int
    public var minor: Int

    public init(major: Int, minor: Int) {
        self.major = major
        self.minor = minor
    }

    public static let http10 = HTTPVersion(major: 1, minor: 0)
    public static let http11 = HTTPVersion(major: 1, minor: 1)

    public var description: String { "HTTP/\(major).\(minor)" }

    public static func < (lhs: HTTPVersion, rhs: HTTPVersion) -> Bool {
        (lhs.major, lhs.minor) < (rhs.major, rhs.minor)
    }
}
