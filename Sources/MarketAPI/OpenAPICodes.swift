/// The open API's and its gateway's result codes in words (docs/KOOGALLERY.md §5.1), so a seller reads what went
/// wrong instead of a code. Unknown codes have no words; the code itself is always shown beside them.
public enum OpenAPICodes {
    public static func meaning(of code: String) -> String? {
        switch code {
        case "MKT.0000": "success"
        case "MKT.0999": "internal error of the marketplace"
        case "MKT.0100": "input check failed"
        case "MKT.0101": "invalid parameter"
        case "MKT.0199": "request parameter error"
        case "MKT.0150": "illegal operation: the resource belongs to another seller"
        case "MKT.0151": "no permission for this API"
        case "MKT.0154": "illegal token"
        case "MKT.0250": "rate limited"
        case "MKT.9001", "MKT.9002", "MKT.9003", "MKT.9004": "instance or usage error"
        case "APIGW.0101": "authentication failed: the access key is unknown or the Authorization header is malformed"
        case "APIGW.0301": "signature mismatch: check the secret key"
        case "APIGW.0303": "clock skew: this machine's clock is too far from the marketplace's"
        case "APIGW.0201": "the API gateway is unavailable"
        default: nil
        }
    }

    /// `MKT.0150 (illegal operation: …)`, or the code alone when it has no words.
    public static func describe(_ code: String) -> String {
        meaning(of: code).map { "\(code) (\($0))" } ?? code
    }
}
