/// The parts of a request target, percent-decoded once at parse time so routes match on decoded text while
/// the raw forms stay available for signature checks (which cover the path and query exactly as sent).
public struct HTTPRequestTarget: Sendable, Equatable {
    /// The path as sent, still percent-encoded (`/a%20b`).
    public var rawPath: String
    /// The decoded path (`/a b`). `%2F` decodes to `/` here; use `pathSegments` to keep segment boundaries.
    public var path: String
    /// The decoded segments after the leading slash: `/v1/orders/CS1%2F2` gives `["v1", "orders", "CS1/2"]`.
    public var pathSegments: [String]
    /// The text after `?`, undecoded; nil when the target has no `?`.
    public var rawQuery: String?
    /// `name=value` pairs of the query in order, `+` and percent escapes decoded.
    public var queryItems: [HTTPQueryItem]

    /// Parses an origin-form (`/path?query`), absolute-form (`http://host/path`) or asterisk-form (`*`) target.
    /// Returns nil for anything else, for characters outside visible ASCII, and for broken percent escapes.
    public init?(_ target: String) {
        let bytes = Array(target.utf8)
        guard !bytes.isEmpty, bytes.allSatisfy({ $0 > 0x20 && $0 < 0x7F && $0 != UInt8(ascii: "#") }) else {
            return nil
        }
        guard let pathStart = Self.pathStart(in: bytes) else { return nil }
        let pathAndQuery = bytes[pathStart...]
        let questionMark = pathAndQuery.firstIndex(of: UInt8(ascii: "?"))
        let rawPathBytes = pathAndQuery[..<(questionMark ?? pathAndQuery.endIndex)]
        let rawPathText = rawPathBytes.isEmpty ? "/" : String(decoding: rawPathBytes, as: UTF8.self)
        guard let decodedPath = HTTPPercentDecoding.decode(rawPathText.utf8, plusAsSpace: false) else {
            return nil
        }
        var segments: [String] = []
        if rawPathText != "*" {
            for piece in rawPathText.utf8.dropFirst().split(separator: UInt8(ascii: "/"),
                                                               omittingEmptySubsequences: false) {
                guard let segment = HTTPPercentDecoding.decode(piece, plusAsSpace: false) else { return nil }
                segments.append(segment)
            }
        }
        var items: [HTTPQueryItem] = []
        var query: String?
        if let questionMark {
            let queryBytes = pathAndQuery[(questionMark + 1)...]
            query = String(decoding: queryBytes, as: UTF8.self)
            for pair in queryBytes.split(separator: UInt8(ascii: "&")) {
                let equals = pair.firstIndex(of: UInt8(ascii: "="))
                let nameBytes = pair[..<(equals ?? pair.endIndex)]
                let valueBytes = equals.map { pair[($0 + 1)...] } ?? pair[pair.endIndex...]
                guard let name = HTTPPercentDecoding.decode(nameBytes, plusAsSpace: true),
                      let value = HTTPPercentDecoding.decode(valueBytes, plusAsSpace: true) else { return nil }
                items.append(HTTPQueryItem(name: name, value: value))
            }
        }
        rawPath = rawPathText
        path = decodedPath
        pathSegments = segments
        rawQuery = query
        queryItems = items
    }

    /// Where the path begins: at once for origin-form and `*`, after the authority for absolute-form.
    private static func pathStart(in bytes: [UInt8]) -> Int? {
        if bytes[0] == UInt8(ascii: "/") { return 0 }
        if bytes == [UInt8(ascii: "*")] { return 0 }
        let lower = bytes.prefix(8).map { ($0 >= 0x41 && $0 <= 0x5A) ? $0 | 0x20 : $0 }
        let schemeLength: Int
        if lower.starts(with: Array("http://".utf8)) {
            schemeLength = 7
        } else if lower.starts(with: Array("https://".utf8)) {
            schemeLength = 8
        } else {
            return nil
        }
        let afterScheme = bytes[schemeLength...]
        guard let first = afterScheme.first, first != UInt8(ascii: "/"), first != UInt8(ascii: "?") else {
            return nil
        }
        return afterScheme.firstIndex { $0 == UInt8(ascii: "/") || $0 == UInt8(ascii: "?") } ?? bytes.endIndex
    }

    /// The first value of query parameter `name`.
    public func query(_ name: String) -> String? {
        queryItems.first { $0.name == name }?.value
    }
}

/// One decoded `name=value` pair of a query string.
public struct HTTPQueryItem: Sendable, Hashable {
    public var name: String
    public var value: String

    public init(name: String, value: String) {
        self.name = name
        self.value = value
    }
}
