/// Result and error codes of both API families (docs/KOOGALLERY.md §5.1, APIG gateway codes, and the seller
/// gateway's own, documented in Assets/api/seller-gateway.md).
public enum ResultCodes {
    public static let success = "MKT.0000"
    public static let internalError = "MKT.0999"
    public static let invalidParameter = "MKT.0101"
    public static let requestParameterError = "MKT.0199"
    public static let illegalOperation = "MKT.0150"
    public static let rateLimited = "MKT.0250"
    public static let notFound = "SELLER.0404"
    public static let conflict = "SELLER.0409"
    public static let idempotencyMismatch = "SELLER.0422"
    public static let checksumMismatch = "SELLER.0460"
    /// An upload chunk that starts past the bytes already received.
    public static let uploadOffsetMismatch = "SELLER.0416"
    /// A body larger than the route allows (413).
    public static let payloadTooLarge = "SELLER.0413"
    /// APIG: the signature does not match.
    public static let signatureMismatch = "APIGW.0301"
    /// APIG: the AK is unknown or the Authorization header is malformed.
    public static let authenticationFailed = "APIGW.0101"
    /// APIG: X-Sdk-Date is too far from the gateway's clock.
    public static let clockSkew = "APIGW.0303"
    public static let serviceUnavailable = "APIGW.0201"
}
