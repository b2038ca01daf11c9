import ConsoleUI
import Testing

@Suite struct SecretMaskTests {
    let hidden = SecretMask.placeholder(.zh)

    func mask(_ text: String) -> String { SecretMask.maskingSecrets(in: text, language: .zh) }

    @Test func secretNamesAreRecognisedWhateverTheirSpelling() {
        for name in ["password", "adminPassword", "PASSWD", "secret_key", "authToken", "access-key", "sk", "密码", "初始密码"] {
            #expect(SecretMask.isSecretName(name), "\(name)")
        }
        for name in ["region", "userName", "frontEndUrl", "orderId", "skuCode", "productKey"] {
            #expect(!SecretMask.isSecretName(name), "\(name)")
        }
    }

    @Test func jsonValuesOfSecretMembersAreReplaced() {
        #expect(mask(#"{"userName":"admin","password":"p@ss\"word"}"#)
                == #"{"userName":"admin","password":"\#(hidden)"}"#)
        #expect(mask(#"{"pin":1,"apiKey" : 123456, "n":2}"#)
                == #"{"pin":1,"apiKey" : \#(hidden), "n":2}"#)
        // Objects under a secret-looking name are walked, not swallowed.
        #expect(mask(#"{"secret":{"a":"b","token":"t"}}"#)
                == #"{"secret":{"a":"b","token":"\#(hidden)"}}"#)
        // A secret word inside a value is not a member name.
        #expect(mask(#"{"msg":"password wrong","k":"v"}"#) == #"{"msg":"password wrong","k":"v"}"#)
    }

    @Test func queryParametersAreReplaced() {
        #expect(SecretMask.maskingSecrets(in: "GET ?orderId=CS1&authToken=abc123&timeStamp=1", language: .zh)
                == "GET ?orderId=CS1&authToken=\(hidden)&timeStamp=1")
        #expect(SecretMask.maskingSecrets(in: "a=1 password=x", language: .zh) == "a=1 password=\(hidden)")
    }

    @Test func brokenTextIsLeftAloneAndScannedOnce() {
        #expect(mask(#"{"password":"unterminated"#) == #"{"password":"\#(hidden)"#)
        #expect(SecretMask.maskingSecrets(in: "plain text", language: .zh) == "plain text")
        let hostile = String(repeating: #"\""#, count: 40_000)
        #expect(SecretMask.maskingSecrets(in: "\"" + hostile, language: .zh) == "\"" + hostile)
    }
}
