/// The work as text lines, the same for `seller-console verify` and the relay's journal (the Calls detail):
/// never the key, which `stringToSign` already shows as `{accessKey}`.
extension SignatureWork {
    public var report: String {
        var lines = ["scheme: \(scheme.rawValue)"]
        if let signedBody { lines.append("signed body: \(signedBody)") }
        lines.append("string to sign: \(stringToSign)")
        lines.append("HMAC key: \(hmacKey)")
        lines.append("expected: \(expected)")
        lines.append("given:    \(given)")
        if let skew = skewMilliseconds {
            let window = windowMilliseconds.map { " (allowed ±\($0) ms)" } ?? ""
            lines.append("timestamp skew: \(skew >= 0 ? "+" : "")\(skew) ms\(window)")
        } else if windowMilliseconds != nil || scheme == .v1 {
            lines.append("timestamp skew: the timestamp is not a valid time")
        }
        lines.append(verdict)
        return lines.joined(separator: "\n")
    }
}
