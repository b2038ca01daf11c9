/// The parsed `Authorization: SDK-HMAC-SHA256 Access=AK, SignedHeaders=a;b, Signature=hex` header.
public struct APIGAuthorization: Sendable, Equatable {
    public var accessKey: String
    /// Lowercase header names in the order the header lists them.
    public var signedHeaders: [String]
    /// Lowercase hex.
    public var signature: String

    public init(accessKey: String, signedHeaders: [String], signature: String) {
        self.accessKey = accessKey
        self.signedHeaders = signedHeaders
        self.signature = signature
    }

    /// The header value, exactly as APIG's SDKs write it.
    public var headerValue: String {
        APIGSigner.algorithm + " Access=" + accessKey + ", SignedHeaders=" + signedHeaders.joined(separator: ";")
            + ", Signature=" + signature
    }

    /// Parses a header value. Spaces around the comma-separated parts are tolerated; a missing, duplicated or
    /// empty part, another algorithm, or a signature that is not 64 hex digits is `malformedAuthorization`.
    public init(parsing value: String) throws(APIGVerificationError) {
        let text = APIGRequest.trimmed(value)
        let prefix = APIGSigner.algorithm + " "
        guard text.hasPrefix(prefix) else {
            throw .malformedAuthorization("the scheme is not \(APIGSigner.algorithm)")
        }
        var fields: [String: String] = [:]
        for part in text.dropFirst(prefix.count).split(separator: ",", omittingEmptySubsequences: false) {
            let item = APIGRequest.trimmed(String(part))
            guard let equals = item.firstIndex(of: "=") else {
                throw .malformedAuthorization("a part has no '='")
            }
            let name = String(item[..<equals])
            guard ["Access", "SignedHeaders", "Signature"].contains(name) else {
                throw .malformedAuthorization("unknown part \"\(String(name.prefix(32)))\"")
            }
            guard fields[name] == nil else { throw .malformedAuthorization("\(name) appears twice") }
            fields[name] = String(item[item.index(after: equals)...])
        }
        guard let accessKey = fields["Access"], !accessKey.isEmpty else {
            throw .malformedAuthorization("Access is missing")
        }
        guard let headerList = fields["SignedHeaders"], !headerList.isEmpty else {
            throw .malformedAuthorization("SignedHeaders is missing")
        }
        let names = headerList.split(separator: ";", omittingEmptySubsequences: false).map { $0.lowercased() }
        guard !names.contains(where: \.isEmpty) else {
            throw .malformedAuthorization("SignedHeaders has an empty name")
        }
        guard let signature = fields["Signature"] else { throw .malformedAuthorization("Signature is missing") }
        guard signature.utf8.count == 64, signature.utf8.allSatisfy(Self.isHexDigit) else {
            throw .malformedAuthorization("Signature is not 64 hex digits")
        }
        self.init(accessKey: accessKey, signedHeaders: names, signature: signature.lowercased())
    }

    private static func isHexDigit(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "a")...UInt8(ascii: "f"),
             UInt8(ascii: "A")...UInt8(ascii: "F"): true
        default: false
        }
    }
}
