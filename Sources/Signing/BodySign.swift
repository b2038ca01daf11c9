import Crypto

/// The V1 response signature header `Body-Sign` (docs/KOOGALLERY.md §4.3): the seller signs the exact response bytes
/// with its access key, and the marketplace refuses a response whose header is missing or wrong.
public enum BodySign {
    public static let headerName = "Body-Sign"
    public static let signType = "HMAC-SHA256"

    /// Why a `Body-Sign` header did not verify.
    public enum Failure: Error, Equatable, Sendable, CustomStringConvertible {
        case malformedHeader
        case unsupportedSignType(String)
        case mismatch

        public var description: String {
            switch self {
            case .malformedHeader: "the Body-Sign header is malformed (\"http header->bodySign\" check)"
            case .unsupportedSignType(let type): "unsupported Body-Sign sign_type \"\(String(type.prefix(32)))\""
            case .mismatch: "Body-Sign does not match the response body"
            }
        }
    }

    /// `Base64(HMAC-SHA256(key: accessKey, data: body))` over the body exactly as sent.
    public static func signature(body: [UInt8], accessKey: String) -> String {
        Base64.encode(HMACSHA256.authenticate(key: accessKey, message: body))
    }

    /// The header value exactly as the documentation writes it, including the space after `signature=`:
    /// `sign_type="HMAC-SHA256", signature= "<base64>"`.
    public static func headerValue(body: [UInt8], accessKey: String) -> String {
        "sign_type=\"\(signType)\", signature= \"\(signature(body: body, accessKey: accessKey))\""
    }

    /// Parses a header value into its sign type and Base64 signature. Spaces around parts and values are
    /// tolerated, and values may be quoted or not.
    public static func parse(_ value: String) throws(Failure) -> (signType: String, signature: String) {
        var fields: [String: String] = [:]
        for part in value.split(separator: ",") {
            guard let equals = part.firstIndex(of: "=") else { throw .malformedHeader }
            let name = APIGRequest.trimmed(String(part[..<equals]))
            var item = APIGRequest.trimmed(String(part[part.index(after: equals)...]))
            if item.count >= 2, item.hasPrefix("\""), item.hasSuffix("\"") {
                item = String(item.dropFirst().dropLast())
            }
            guard fields[name] == nil else { throw .malformedHeader }
            fields[name] = item
        }
        guard let type = fields["sign_type"], let signature = fields["signature"], !signature.isEmpty else {
            throw .malformedHeader
        }
        return (type, signature)
    }

    /// Verifies a received header value against the received body bytes.
    public static func verify(headerValue: String, body: [UInt8], accessKey: String) throws(Failure) {
        let parsed = try parse(headerValue)
        guard parsed.signType == signType else { throw .unsupportedSignType(parsed.signType) }
        guard let received = Base64.decode(parsed.signature),
              ConstantTime.equal(received, HMACSHA256.authenticate(key: accessKey, message: body))
        else { throw .mismatch }
    }
}
