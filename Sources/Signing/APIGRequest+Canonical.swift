import Crypto

/// The canonical forms of docs/KOOGALLERY.md §4.8 step 1.
extension APIGRequest {
    /// Each path segment RFC 3986-encoded, always starting and ending with `/` (APIG signs `/a/b/` for `/a/b`).
    public var canonicalURI: String {
        var uri = pathSegments.map(RFC3986.encode).joined(separator: "/")
        if !uri.hasPrefix("/") { uri = "/" + uri }
        if !uri.hasSuffix("/") { uri += "/" }
        return uri
    }

    /// Names and values RFC 3986-encoded, sorted by name and then value (bytewise over UTF-8, so the order does
    /// not depend on locale or normalisation), joined `k=v&…`; empty values stay `k=`.
    public var canonicalQueryString: String {
        queryItems
            .sorted { lhs, rhs in
                if lhs.name != rhs.name { return Self.precedes(lhs.name, rhs.name) }
                return Self.precedes(lhs.value, rhs.value)
            }
            .map { RFC3986.encode($0.name) + "=" + RFC3986.encode($0.value) }
            .joined(separator: "&")
    }

    /// The lowercase, sorted, de-duplicated names of all headers: what the client signs.
    var allHeaderNames: [String] {
        Array(Set(headers.map { $0.name.lowercased() })).sorted(by: Self.precedes)
    }

    /// The six-part canonical request over `signedHeaders` (lowercase, sorted, unique). When a header to sign is
    /// absent, its name is returned instead, because the request cannot be what was signed.
    func canonicalRequest(signedHeaders: [String]) -> Result<String, MissingHeader> {
        var headerLines = ""
        for name in signedHeaders {
            let values = values(ofHeader: name).map(Self.trimmed).sorted(by: Self.precedes)
            guard !values.isEmpty else { return .failure(MissingHeader(name: name)) }
            for value in values {
                headerLines += name + ":" + value + "\n"
            }
        }
        let parts = [
            method.uppercased(), canonicalURI, canonicalQueryString, headerLines,
            signedHeaders.joined(separator: ";"), payloadHash,
        ]
        return .success(parts.joined(separator: "\n"))
    }

    /// `SDK-HMAC-SHA256\n<date>\n<hex sha256 of the canonical request>`.
    static func stringToSign(canonicalRequest: String, sdkDate: String) -> String {
        APIGSigner.algorithm + "\n" + sdkDate + "\n" + SHA256.hexDigest(Array(canonicalRequest.utf8))
    }

    struct MissingHeader: Error {
        var name: String
    }

    static func precedes(_ lhs: String, _ rhs: String) -> Bool {
        lhs.utf8.lexicographicallyPrecedes(rhs.utf8)
    }

    static func trimmed(_ value: String) -> String {
        let isBlank: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\r" || $0 == "\n" }
        guard let first = value.firstIndex(where: { !isBlank($0) }),
              let last = value.lastIndex(where: { !isBlank($0) })
        else { return "" }
        return String(value[first...last])
    }
}
