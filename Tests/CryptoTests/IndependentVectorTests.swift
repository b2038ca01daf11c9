import Crypto
import Signing
import Testing

/// Every algorithm against known answers computed with independent tools (IndependentVectors), bit for bit.
@Suite("independent known answers")
struct IndependentVectorTests {
    @Test("V1 authToken: the signed text and the token")
    func v1() throws {
        for vector in IndependentVectors.v1 {
            #expect(V1AuthToken.canonicalString(vector.parameters) == vector.signed)
            #expect(try V1AuthToken.compute(parameters: vector.parameters, accessKey: vector.key) == vector.token)
            try V1AuthToken.verify(token: vector.token, parameters: vector.parameters, accessKey: vector.key)
        }
    }

    @Test("Body-Sign over exact bytes, including empty and whitespace-padded bodies")
    func bodySign() throws {
        for vector in IndependentVectors.bodySign {
            #expect(BodySign.signature(body: utf8(vector.body), accessKey: vector.key) == vector.signature)
            try BodySign.verify(headerValue: BodySign.headerValue(body: utf8(vector.body), accessKey: vector.key),
                                body: utf8(vector.body), accessKey: vector.key)
        }
    }

    @Test("V2: canonical JSON (nested, numbers, escapes, Chinese, nulls) and the signature")
    func v2() throws {
        for vector in IndependentVectors.v2 {
            #expect(CanonicalJSON.encode(body: utf8(vector.body)) == utf8(vector.canonical), "\(vector.body)")
            #expect(V2Signature.sign(body: utf8(vector.canonical), accessKey: vector.key, nonce: vector.nonce,
                                     timestamp: vector.timestamp) == vector.signature)
            let now = try #require(Int64(vector.timestamp))
            #expect(throws: Never.self) {
                try V2Signature.verify(signature: vector.signature.uppercased(), timestamp: vector.timestamp,
                                       nonce: vector.nonce, body: utf8(vector.body), accessKey: vector.key,
                                       nowMilliseconds: now)
            }
        }
    }

    @Test("kit x-sign and usage-push signatures")
    func kitAndUsage() {
        for vector in IndependentVectors.kit {
            #expect(KitSignature.sign(body: utf8(vector.body), accessKey: vector.key, nonce: vector.nonce,
                                      timestamp: vector.timestamp) == vector.signature)
        }
        for vector in IndependentVectors.usage {
            #expect(UsagePushSignature.sign(body: utf8(vector.body), key: vector.key, timestamp: vector.timestamp,
                                            nonce: vector.nonce) == vector.signature)
        }
    }

    @Test("SHA1PRNG key derivation for 256- and 128-bit keys, including empty and Chinese seeds")
    func sha1prng() {
        for vector in IndependentVectors.sha1prng {
            let key256 = SHA1PRNG.output(seed: utf8(vector.seed), count: 32)
            #expect(Hex.encode(key256) == vector.key256, "\(vector.seed)")
            #expect(SHA1PRNG.output(seed: utf8(vector.seed), count: 16) == Array(key256.prefix(16)))
        }
    }

    @Test("sensitive fields: AES-256 and AES-128 encrypt to openssl's bytes and decrypt back")
    func sensitiveFields() throws {
        for vector in IndependentVectors.fields {
            let type: SensitiveField.EncryptType = vector.bits == 256 ? .aes256 : .aes128
            #expect(try SensitiveField.encrypt(plaintext: vector.plaintext, accessKey: vector.key, encryptType: type,
                                               iv: vector.iv) == vector.field)
            #expect(try SensitiveField.decrypt(vector.field, accessKey: vector.key, encryptType: type)
                == vector.plaintext)
        }
    }

    @Test("APIG SDK-HMAC-SHA256: POST with a body, encoded Chinese query and path, a padded header value")
    func apig() throws {
        for vector in IndependentVectors.apig {
            let headers = vector.headers.map { APIGRequest.Header($0.0, $0.1) }
            let request = try #require(APIGRequest(method: vector.method, url: vector.url, headers: headers,
                                                   body: utf8(vector.body)))
            let signature = APIGSigner(accessKey: vector.ak, secretKey: vector.sk).sign(request, sdkDate: vector.date)
            #expect(signature.signedHeaders == vector.signedHeaders)
            #expect(signature.signature == vector.signature, "\(vector.url)")
        }
    }
}
