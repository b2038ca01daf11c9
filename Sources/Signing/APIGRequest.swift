import Crypto
import Foundation

/// A request as APIG SDK-HMAC-SHA256 sees it (docs/KOOGALLERY.md §4.8): method, decoded path segments, decoded query
/// items, headers and the SHA-256 of the body. The client builds one from the URL it is about to call; the
/// simulator builds one from the raw path and query it received. Both decode first and re-encode canonically, so
/// they agree whatever escaping the transport used.
public struct APIGRequest: Sendable, Equatable {
    /// One header line as sent; names are compared case-insensitively.
    public struct Header: Sendable, Equatable {
        public var name: String
        public var value: String

        public init(_ name: String, _ value: String) {
            self.name = name
            self.value = value
        }
    }

    /// One decoded query parameter; a parameter written without `=` has the empty value.
    public struct QueryItem: Sendable, Equatable {
        public var name: String
        public var value: String

        public init(_ name: String, _ value: String) {
            self.name = name
            self.value = value
        }
    }

    public var method: String
    /// The path split on `/` and percent-decoded segment by segment (so an encoded `%2F` stays inside its
    /// segment). `/a/b` is `["", "a", "b"]`.
    public var pathSegments: [String]
    public var queryItems: [QueryItem]
    public var headers: [Header]
    /// Lowercase hex SHA-256 of the body. Stored instead of the body so that a large upload can be hashed while
    /// it streams from disk.
    public var payloadHash: String

    /// A request from a decoded path such as `/api/mkp-openapi-public/global/v1/order/query`.
    public init(method: String, path: String, queryItems: [QueryItem] = [], headers: [Header] = [],
                body: [UInt8] = []) {
        self.init(method: method, path: path, queryItems: queryItems, headers: headers,
                  payloadHash: SHA256.hexDigest(body))
    }

    public init(method: String, path: String, queryItems: [QueryItem], headers: [Header], payloadHash: String) {
        self.method = method
        self.pathSegments = path.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        self.queryItems = queryItems
        self.headers = headers
        self.payloadHash = payloadHash
    }

    /// A request exactly as a server received it: the percent-encoded path and query string from the request
    /// line, and the headers as they arrived (including `Host`).
    public init(method: String, rawPath: String, rawQuery: String, headers: [Header], body: [UInt8]) {
        self.init(method: method, rawPath: rawPath, rawQuery: rawQuery, headers: headers,
                  payloadHash: SHA256.hexDigest(body))
    }

    public init(method: String, rawPath: String, rawQuery: String, headers: [Header], payloadHash: String) {
        self.method = method
        self.pathSegments = rawPath.split(separator: "/", omittingEmptySubsequences: false)
            .map { RFC3986.decode(String($0)) }
        self.queryItems = Self.parseQuery(rawQuery)
        self.headers = headers
        self.payloadHash = payloadHash
    }

    /// A request for a full URL such as `https://mkt.myhuaweicloud.com/api/…?orderId=…`. A `Host` header is
    /// added from the URL when `headers` has none, with the port when it is not the scheme's default, which is
    /// what the HTTP client will send. Nil when the text is not an absolute URL with a host.
    public init?(method: String, url: String, headers: [Header] = [], body: [UInt8] = []) {
        self.init(method: method, url: url, headers: headers, payloadHash: SHA256.hexDigest(body))
    }

    public init?(method: String, url: String, headers: [Header], payloadHash: String) {
        guard let components = URLComponents(string: url), let hostHeader = Self.hostHeader(of: components)
        else { return nil }
        var headers = headers
        if !headers.contains(where: { $0.name.lowercased() == "host" }) {
            headers.append(Header("Host", hostHeader))
        }
        self.init(method: method, rawPath: components.percentEncodedPath,
                  rawQuery: components.percentEncodedQuery ?? "", headers: headers, payloadHash: payloadHash)
    }

    /// The path and query to put on the wire: canonically encoded, so the server decodes exactly what was signed.
    /// Unlike the canonical URI it has no trailing `/` added.
    public var requestTarget: String {
        var target = pathSegments.map(RFC3986.encode).joined(separator: "/")
        if !target.hasPrefix("/") { target = "/" + target }
        let query = canonicalQueryString
        return query.isEmpty ? target : target + "?" + query
    }

    /// The values of the header `name` (any case), in the order they appear.
    public func values(ofHeader name: String) -> [String] {
        let wanted = name.lowercased()
        return headers.filter { $0.name.lowercased() == wanted }.map(\.value)
    }

    /// Splits a raw query string on `&` and the first `=`, and percent-decodes (a `+` stays a plus).
    static func parseQuery(_ rawQuery: String) -> [QueryItem] {
        rawQuery.split(separator: "&", omittingEmptySubsequences: true).map { pair in
            guard let equals = pair.firstIndex(of: "=") else { return QueryItem(RFC3986.decode(String(pair)), "") }
            return QueryItem(RFC3986.decode(String(pair[..<equals])),
                             RFC3986.decode(String(pair[pair.index(after: equals)...])))
        }
    }

    private static func hostHeader(of components: URLComponents) -> String? {
        guard let host = components.percentEncodedHost, !host.isEmpty else { return nil }
        let scheme = components.scheme?.lowercased()
        let needsBrackets = host.contains(":") && !host.hasPrefix("[")
        let name = (needsBrackets ? "[" + host + "]" : host).lowercased()
        guard let port = components.port else { return name }
        let isDefault = (scheme == "https" && port == 443) || (scheme == "http" && port == 80)
        return isDefault ? name : name + ":" + String(port)
    }
}
