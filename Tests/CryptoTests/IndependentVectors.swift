// Known answers computed on the development machine with independent tools (Python hmac/hashlib, openssl dgst
// and openssl enc, and a Python transcription of Java's SHA1PRNG), not with this project's code. Each literal
// is the tool's output; see IndependentVectorTests for what is checked against what.

/// Vectors for every published algorithm, over varied inputs.
enum IndependentVectors {
    /// V1 authToken: (access key, parameters, signed text, token).
    static let v1: [(key: String, parameters: [(name: String, value: String)], signed: String, token: String)] = [
        ("devAccessKey-0001", [("activity", "newInstance"), ("customerId", "68cbc86abc2018ab880d92f36422fa0e"), ("businessId", "61e834ba-7b97-4418-b8f7-e5345137278c"), ("orderId", "CS1906666688ABCDE"), ("productId", "00301-666666-0--0"), ("testFlag", "1"), ("timeStamp", "20261203075959001")],
         "activity=newInstance&businessId=61e834ba-7b97-4418-b8f7-e5345137278c&customerId=68cbc86abc2018ab880d92f36422fa0e&orderId=CS1906666688ABCDE&productId=00301-666666-0--0&testFlag=1&timeStamp=20261203075959001", "LC3UhPaDa8/nHtI6Etwd3/+P95e9kOa05rmqDOXcgIY="),
        ("k", [("activity", "queryInstance"), ("instanceId", "实例-001"), ("customerName", "张三 & 李四=朋友"), ("timeStamp", "20270101000000000")],
         "activity=queryInstance&customerName=张三 & 李四=朋友&instanceId=实例-001&timeStamp=20270101000000000", "7ibxDOvU392Q4E2vR5gAQ1HUNT8+seRAtX7SS+4pgvQ="),
        ("密钥-ключ-🔑", [("activity", "releaseInstance"), ("instanceId", ""), ("memo", "a+b/c?d#e%f"), ("timeStamp", "20261123091500123")],
         "activity=releaseInstance&instanceId=&memo=a+b/c?d#e%f&timeStamp=20261123091500123", "iNLMMtPUOcNBV91DDwm5hHiEIM52VWZ1ptR9HOQ+Nl4="),
    ]
    /// Body-Sign: (access key, body bytes as UTF-8 text, Base64 signature).
    static let bodySign: [(key: String, body: String, signature: String)] = [
        ("devAccessKey-0001", "{\"resultCode\":\"000000\",\"resultMsg\":\"成功\",\"instanceId\":\"b3f1c2d4\"}", "kMPTfIwEE8pT3oyd32YfWBWgHbaxzQwPBjn0pFWn73s="),
        ("k", "", "i7mQxAp9YcuXWXqUISUCW+UKyL63RDbjc1uYiTp/ZiA="),
        ("密钥-ключ-🔑", "  {\"a\":1}\n", "u/tKSXINbE7RRPDWm0JWTA8j/QK4YYjhHLAmRjlvcOs="),
        ("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "{\"resultMsg\":\"引号\\\"与反斜杠\\\\ 和换行\\n\"}", "ChRuWKnDj5+2Pkug0/tyL5TpOImFCZ0tWfsjAhJIJqE="),
        ("devAccessKey-0001", "{\"x\":[1,2.5,-3,{\"深\":{\"z\":null,\"a\":true}}]}", "6v9c9Dx9IjnsiBo+P3yLb/0mdiE0PSDn39o2zqFESnA="),
    ]
    /// V2: (access key, body as sent, canonical body, nonce, timestamp, hex signature).
    static let v2: [(key: String, body: String, canonical: String, nonce: String, timestamp: String, signature: String)] = [
        ("devAccessKey-0001", "{\"orderLineId\":\"CS2611230915XYZ12-000001\",\"activity\":\"newInstance\",\"orderId\":\"CS2611230915XYZ12\",\"businessId\":\"0d6c3a52-8f1e-4b7a-a1c9-2e5d7f9b1a30\",\"testFlag\":\"0\"}",
         "{\"activity\":\"newInstance\",\"businessId\":\"0d6c3a52-8f1e-4b7a-a1c9-2e5d7f9b1a30\",\"orderId\":\"CS2611230915XYZ12\",\"orderLineId\":\"CS2611230915XYZ12-000001\",\"testFlag\":\"0\"}", "A1B2C3D4E5F60718293A4B5C6D7E8F90", "1795424100000", "2f03272d305c8326c12b13084af893d2e7cda09931017f1bab7af74bca2eeef7"),
        ("k", "{}",
         "{}", "0", "1795424112345", "fab7f9134e4a9f7ba569c6a0fbda804cf6f0d3c01b9d998cf4204b5fae911bbe"),
        ("密钥-ключ-🔑", "{\"testFlag\":\"1\",\"memo\":\"中文备注：你好，世界\",\"activity\":\"queryInstance\",\"instanceId\":\"i-1,i-2\"}",
         "{\"activity\":\"queryInstance\",\"instanceId\":\"i-1,i-2\",\"memo\":\"中文备注：你好，世界\",\"testFlag\":\"1\"}", "deadbeef", "1795424124690", "9f5435dcaa3a8952c3730217bf4df0a80819a5600a67862240ec1bd1851afafb"),
        ("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "{\"z\":{\"b\":1,\"a\":[1,2,{\"y\":\"x\",\"c\":null}]},\"a\":null,\"m\":[],\"n\":0,\"p\":12.5,\"q\":-7,\"r\":true,\"s\":false}",
         "{\"m\":[],\"n\":0,\"p\":12.5,\"q\":-7,\"r\":true,\"s\":false,\"z\":{\"b\":1,\"a\":[1,2,{\"y\":\"x\",\"c\":null}]}}", "FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF", "1795424137035", "b3b3869cd1237c81bcffbeacafa6bea7d6550956ec9c440406ec129fb0bacef1"),
        ("devAccessKey-0001", "{\"quote\":\"say \\\"hi\\\"\",\"back\":\"C:\\\\dir\",\"ctl\":\"tab\\tnl\\nuni\\u0001\",\"slash\":\"a/b\",\"emoji\":\"😀\"}",
         "{\"back\":\"C:\\\\dir\",\"ctl\":\"tab\\tnl\\nuni\\u0001\",\"emoji\":\"😀\",\"quote\":\"say \\\"hi\\\"\",\"slash\":\"a/b\"}", "1234", "1795424149380", "e7f0c455feaa088700208925a8e777286c7a50bcbe5f150204d840ba8e2c92f5"),
    ]
    /// kit: (access key, canonical body, nonce, timestamp, hex x-sign).
    static let kit: [(key: String, body: String, nonce: String, timestamp: String, signature: String)] = [
        ("devAccessKey-0001", "{\"activity\":\"newInstance\",\"businessId\":\"0d6c3a52-8f1e-4b7a-a1c9-2e5d7f9b1a30\",\"orderId\":\"CS2611230915XYZ12\",\"orderLineId\":\"CS2611230915XYZ12-000001\",\"testFlag\":\"0\"}", "A1B2C3D4E5F60718293A4B5C6D7E8F90", "1795424100000",
         "bf989854cb9244412accc9c8336d1af5ed433a98948514cebd1622e9885664d4"),
        ("k", "{}", "0", "1795424112345",
         "f4e525ab517797975c2c3f28057cacb7925400abd985ba43c35894b67e7e98cc"),
        ("密钥-ключ-🔑", "{\"activity\":\"queryInstance\",\"instanceId\":\"i-1,i-2\",\"memo\":\"中文备注：你好，世界\",\"testFlag\":\"1\"}", "deadbeef", "1795424124690",
         "48c95abe17904965a446383610338aab6407d460d29dab07a07dfcbc4d3d3d4d"),
        ("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "{\"m\":[],\"n\":0,\"p\":12.5,\"q\":-7,\"r\":true,\"s\":false,\"z\":{\"b\":1,\"a\":[1,2,{\"y\":\"x\",\"c\":null}]}}", "FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF", "1795424137035",
         "474ce43b9f81ecae5ac6b0e5bbf181a0ca5a94361a38e6d1cf0ad0ce8478a429"),
        ("devAccessKey-0001", "{\"back\":\"C:\\\\dir\",\"ctl\":\"tab\\tnl\\nuni\\u0001\",\"emoji\":\"😀\",\"quote\":\"say \\\"hi\\\"\",\"slash\":\"a/b\"}", "1234", "1795424149380",
         "042125235d43f68f933f5cc0ca39d5de4fa606c015afecaca9b96a9ae62dfc37"),
    ]
    /// usage: (access key, canonical body, nonce, timestamp, Base64 usage-push signature).
    static let usage: [(key: String, body: String, nonce: String, timestamp: String, signature: String)] = [
        ("devAccessKey-0001", "{\"activity\":\"newInstance\",\"businessId\":\"0d6c3a52-8f1e-4b7a-a1c9-2e5d7f9b1a30\",\"orderId\":\"CS2611230915XYZ12\",\"orderLineId\":\"CS2611230915XYZ12-000001\",\"testFlag\":\"0\"}", "A1B2C3D4E5F60718293A4B5C6D7E8F90", "1795424100000",
         "UaRkEAOBueOjrolN3GpDsgGdCTk7OG8+kWvIrCuVxbU="),
        ("k", "{}", "0", "1795424112345",
         "SSwgD/gq+KBCYU53QLbAp89nQUMHomnbkIfj5MVTD4g="),
        ("密钥-ключ-🔑", "{\"activity\":\"queryInstance\",\"instanceId\":\"i-1,i-2\",\"memo\":\"中文备注：你好，世界\",\"testFlag\":\"1\"}", "deadbeef", "1795424124690",
         "bc0+4LXVTUknfT9oU3O51wFUBXgCaeDcCAr23/XNDtI="),
        ("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "{\"m\":[],\"n\":0,\"p\":12.5,\"q\":-7,\"r\":true,\"s\":false,\"z\":{\"b\":1,\"a\":[1,2,{\"y\":\"x\",\"c\":null}]}}", "FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF", "1795424137035",
         "a1yJajoA/YO6nGKmLlvPBfBXK7U/K8Lzj8Ddd7MS1Sk="),
        ("devAccessKey-0001", "{\"back\":\"C:\\\\dir\",\"ctl\":\"tab\\tnl\\nuni\\u0001\",\"emoji\":\"😀\",\"quote\":\"say \\\"hi\\\"\",\"slash\":\"a/b\"}", "1234", "1795424149380",
         "KfW61s7ykGQrs64flk8i07wa51t+WBeAk31yGthfVs0="),
    ]
    /// SHA1PRNG: (seed text, first 32 output bytes in hex; the first 16 are the AES-128 key).
    static let sha1prng: [(seed: String, key256: String)] = [
        ("devAccessKey-0001", "5aadbd8992062af608f9a64c09ce39d88043b1b7fb0970a818c738879a2aec49"),
        ("", "be1bdec0aa74b4dcb079943e70528096cca985f80a0e17bb3ba928a79edc0fd2"),
        ("密钥", "53dc8903cd7d3d9409f3396dec072061db7b4fb2ddf7696584a0f525ad83f9d2"),
        ("xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "a63433d0dc9e95ed513f7534b7bbaf43f80e213dd16a258c57b1b2ffd36d47fa"),
        ("k", "69a7bae3d37a83849ecef8f3ff9260b35e01555d75554530cfad8b045e55c714"),
    ]
    /// Sensitive fields: (access key, key bits, IV, plaintext, IV + Base64 ciphertext).
    static let fields: [(key: String, bits: Int, iv: String, plaintext: String, field: String)] = [
        ("devAccessKey-0001", 256, "Q7w9E2r4T6y8U0i1", "seller-admin@example.com",
         "Q7w9E2r4T6y8U0i11O4D34p5YKl59q0nxOKCPOiysKcIoN1JWyJ3Y9j4Utg="),
        ("devAccessKey-0001", 128, "Q7w9E2r4T6y8U0i1", "seller-admin@example.com",
         "Q7w9E2r4T6y8U0i1XF6gSHZoNKKL7UZ92uff0f7j9IJOEgWh1Ek1aidiG18="),
        ("devAccessKey-0001", 256, "AAAAAAAAAAAAAAAA", "",
         "AAAAAAAAAAAAAAAAoe54WCwADn6LM+Hoia5Xwg=="),
        ("devAccessKey-0001", 128, "AAAAAAAAAAAAAAAA", "",
         "AAAAAAAAAAAAAAAAgw6T9MdTmLuTiRvRdO1qPg=="),
        ("密钥", 256, "0123456789abcdef", "13800138000",
         "0123456789abcdefqSLNP1AkFfl6bE/8HBJHUw=="),
        ("密钥", 128, "0123456789abcdef", "13800138000",
         "0123456789abcdefvG8CMWyawok7xDRK3LdA1w=="),
        ("xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", 256, "zZ9yY8xX7wW6vV5u", "张三@例子.中国",
         "zZ9yY8xX7wW6vV5uDybVSP7Xx4V37KKT/inVKNjms7Q+WVuR5B+ImYE2Puk="),
        ("xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", 128, "zZ9yY8xX7wW6vV5u", "张三@例子.中国",
         "zZ9yY8xX7wW6vV5uW3zSx1wRl9W0h1lTx6LvHr3FeTi86FoVDdmH+Xpy1ZE="),
        ("k", 256, "abcdefghijklmnop", "0123456789abcdef",
         "abcdefghijklmnopyh2gX7DVlXRds0QFHfbnnklYBSr2kNF7rV5LoffgvMk="),
        ("k", 128, "abcdefghijklmnop", "0123456789abcdef",
         "abcdefghijklmnopLqq9Gtl0sjogFXi5f0s7s7iTVv5yWwPdrd9LesY2u1Y="),
        ("devAccessKey-0001", 256, "P0o9I8u7Y6t5R4e3", "{\"userName\":\"admin\",\"password\":\"p@ss\\\"w0rd\"}",
         "P0o9I8u7Y6t5R4e31QrhJKjX54/+KjmbPT/6TxrB78XmeGrmel7gwEq8aZtczmGN4WEEvpeVjJmN7pc4"),
        ("devAccessKey-0001", 128, "P0o9I8u7Y6t5R4e3", "{\"userName\":\"admin\",\"password\":\"p@ss\\\"w0rd\"}",
         "P0o9I8u7Y6t5R4e3hv6kBWJnZgJc+PD20M8SbQQjytO+smhT0SGqZ52G+saE8tgmNZw1yTO7Hnlw5g4v"),
    ]
    /// APIG SDK-HMAC-SHA256: (method, URL, headers, body, X-Sdk-Date, AK, SK, signed headers, hex signature).
    static let apig: [(method: String, url: String, headers: [(String, String)], body: String, date: String,
                       ak: String, sk: String, signedHeaders: String, signature: String)] = [
        ("POST", "https://mkt.myhuaweicloud.com/api/mkp-openapi-public/global/v1/isv/usage-data?b=%E4%B8%AD%E6%96%87&a=x%20y%2A~&empty=",
         [("Content-Type", "application/json"), ("X-Project-Id", " p1 ")],
         "{\"usage_records\":[{\"instance_id\":\"i-1\",\"usage_value\":1.5}]}", "20261203T075959Z", "AK-INDEP-1",
         "sk/中文+key", "content-type;host;x-project-id;x-sdk-date",
         "475e09503453e39f0379b0784c6b6d52d554dfc35ec744164be568ee8a04bda9"),
        ("GET", "https://mkt.myhuaweicloud.cn/api/%E8%B7%AF%E5%BE%84/order", [("Content-Type", "application/json")],
         "", "20270101T000000Z", "AK2", "S", "content-type;host;x-sdk-date",
         "68db5b149377b1ded74a1c722ed034b78f790d595aff797b2365cc4be0366182"),
    ]
}
