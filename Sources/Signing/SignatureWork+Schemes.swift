import Crypto
import Foundation

/// The explainers: each recomputes one scheme's signature the way its verifier does and records every step.
extension SignatureWork {
    /// A V2 call (§4.5): the raw body first, then its canonical form, like `V2Signature.verify`.
    public static func v2(signature: String, timestamp: String, nonce: String, body: [UInt8], accessKey: String,
                          nowMilliseconds: Int64) -> SignatureWork {
        let (chosen, expected) = signedForm(body, given: signature, equal: hexEqual) {
            V2Signature.sign(body: $0, accessKey: accessKey, nonce: nonce, timestamp: timestamp)
        }
        let bodyHash = V2Signature.bodyHash(body: chosen, accessKey: accessKey)
        return SignatureWork(scheme: .v2, signedBody: text(chosen),
                             stringToSign: keyPlaceholder + nonce + timestamp + bodyHash,
                             hmacKey: "the access key (body hash \(bodyHash) = HMAC-SHA256(key, signed body))",
                             expected: expected, given: signature,
                             skewMilliseconds: SignatureClock.skew(unixMilliseconds: timestamp, now: nowMilliseconds),
                             windowMilliseconds: TimestampWindow.milliseconds,
                             signatureMatches: hexEqual(signature, expected))
    }

    /// A kit call (§4.6): like V2 without the body hash.
    public static func kit(sign: String, timestamp: String, nonce: String, body: [UInt8], accessKey: String,
                           nowMilliseconds: Int64) -> SignatureWork {
        let (chosen, expected) = signedForm(body, given: sign, equal: hexEqual) {
            KitSignature.sign(body: $0, accessKey: accessKey, nonce: nonce, timestamp: timestamp)
        }
        return SignatureWork(scheme: .kit, signedBody: text(chosen),
                             stringToSign: keyPlaceholder + nonce + timestamp + text(chosen),
                             hmacKey: "the access key", expected: expected, given: sign,
                             skewMilliseconds: SignatureClock.skew(unixMilliseconds: timestamp, now: nowMilliseconds),
                             windowMilliseconds: TimestampWindow.milliseconds,
                             signatureMatches: hexEqual(sign, expected))
    }

    /// A V1 GET (§4.2): decoded parameters except `authToken`, sorted; the key is the access key + `timeStamp`.
    public static func v1(parameters: [(name: String, value: String)], accessKey: String,
                          nowMilliseconds: Int64) -> SignatureWork {
        let timeStamp = parameters.first { $0.name == "timeStamp" }?.value ?? ""
        // A token pasted with its `+` unescaped arrives decoded as spaces; Base64 has no spaces, so undo it.
        let given = (parameters.first { $0.name == "authToken" }?.value ?? "").replacingOccurrences(of: " ", with: "+")
        let expected = V1AuthToken.compute(parameters: parameters, accessKey: accessKey, timeStamp: timeStamp)
        let skew = SignatureClock.v1Milliseconds(timeStamp).map { $0 - nowMilliseconds }
        return SignatureWork(scheme: .v1, signedBody: nil, stringToSign: V1AuthToken.canonicalString(parameters),
                             hmacKey: "the access key followed by timeStamp \"\(timeStamp)\"",
                             expected: expected, given: given, skewMilliseconds: skew, windowMilliseconds: nil,
                             signatureMatches: base64Equal(given, expected))
    }

    /// A V1 answer's `Body-Sign` header (§4.3) over the exact body bytes. A header that does not parse is a
    /// mismatch whose `given` is the header as received.
    public static func bodySign(headerValue: String, body: [UInt8], accessKey: String) -> SignatureWork {
        let expected = BodySign.signature(body: body, accessKey: accessKey)
        let parsed = try? BodySign.parse(headerValue)
        let typeOK = parsed?.signType == BodySign.signType
        return SignatureWork(scheme: .bodySign, signedBody: text(body), stringToSign: text(body),
                             hmacKey: "the access key", expected: expected, given: parsed?.signature ?? headerValue,
                             skewMilliseconds: nil, windowMilliseconds: nil,
                             signatureMatches: typeOK && base64Equal(parsed?.signature ?? "", expected))
    }

    /// A usage push (§4.7): the body as sent, then its "naturally sorted" canonical form.
    public static func usagePush(signature: String, timestamp: String, nonce: String, body: [UInt8], key: String,
                                 nowMilliseconds: Int64) -> SignatureWork {
        let (chosen, expected) = signedForm(body, given: signature, equal: base64Equal) {
            UsagePushSignature.sign(body: $0, key: key, timestamp: timestamp, nonce: nonce)
        }
        return SignatureWork(scheme: .usagePush, signedBody: text(chosen),
                             stringToSign: "ts=\(timestamp)&nonce=\(nonce)&body=" + text(chosen),
                             hmacKey: "the interconnection key", expected: expected, given: signature,
                             skewMilliseconds: SignatureClock.skew(unixMilliseconds: timestamp, now: nowMilliseconds),
                             windowMilliseconds: nil, signatureMatches: base64Equal(signature, expected))
    }

    /// The body form the given signature was computed over (the raw body, then its canonical form when that
    /// differs) with its expected signature; the last form tried when neither matches.
    private static func signedForm(_ body: [UInt8], given: String, equal: (String, String) -> Bool,
                                   sign: ([UInt8]) -> String) -> (body: [UInt8], expected: String) {
        var forms = [body]
        if let canonical = CanonicalJSON.encode(body: body), canonical != body { forms.append(canonical) }
        var last = (body, sign(body))
        for form in forms {
            last = (form, sign(form))
            if equal(given, last.1) { break }
        }
        return last
    }

    private static func text(_ bytes: [UInt8]) -> String { String(decoding: bytes, as: UTF8.self) }

    private static func hexEqual(_ received: String, _ expected: String) -> Bool {
        guard let wanted = Hex.decode(expected) else { return false }
        return TimestampWindow.hexMatches(received, wanted)
    }

    private static func base64Equal(_ received: String, _ expected: String) -> Bool {
        guard let lhs = Base64.decode(received), let rhs = Base64.decode(expected) else { return false }
        return ConstantTime.equal(lhs, rhs)
    }
}
