import SellerCore
import Testing

/// A small deterministic generator (SplitMix64), so the round-trip trees are the same on every run.
struct SplitMix64 {
    var state: UInt64

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(bound)) }
}

private let samplePieces = ["订单", "华为云云商店", "\"", "\\", "\n", "\r\n", "\t", "\u{0}", "\u{1}", "\u{1B}[31m",
                            "\u{1F}", "\u{7F}", "😀", "𝄞", "é", "e\u{301}", "/", "</script>", "\u{2028}", "a", " ",
                            "\u{FEFF}", "\u{FFFD}"]
private let sampleNumbers = ["0", "-0", "1", "-17", "3.25", "1e10", "-2.5E-7", "123456789012345678901234567890"]

private func randomString(_ random: inout SplitMix64) -> String {
    (0..<random.below(6)).map { _ in samplePieces[random.below(samplePieces.count)] }.joined()
}

private func randomValue(_ random: inout SplitMix64, depth: Int) -> JSONValue {
    let kind = depth > 4 ? random.below(4) : random.below(6)
    switch kind {
    case 0: return .null
    case 1: return .bool(random.below(2) == 0)
    case 2: return .number(sampleNumbers[random.below(sampleNumbers.count)])
    case 3: return .string(randomString(&random))
    case 4: return .array((0..<random.below(5)).map { _ in randomValue(&random, depth: depth + 1) })
    default:
        return .object((0..<random.below(5)).map { _ in
            JSONMember(randomString(&random), randomValue(&random, depth: depth + 1))
        })
    }
}

@Suite struct JSONWriterTests {
    @Test func compactTextOfEveryKind() {
        #expect(JSONValue.null.compactText == "null")
        #expect(JSONValue.bool(true).compactText == "true")
        #expect(JSONValue.bool(false).compactText == "false")
        #expect(JSONValue.number("-1.5e3").compactText == "-1.5e3")
        #expect(JSONValue.string("工单").compactText == "\"工单\"")
        #expect(JSONValue.array([]).compactText == "[]")
        #expect(JSONValue.object([]).compactText == "{}")
        let value: JSONValue = .object([
            JSONMember("a", .array([.number("1"), .bool(true), .null, .string("x\n")])),
            JSONMember("b", .object([JSONMember("c", .array([.array([])]))])),
            JSONMember("a", .string("dup")),
        ])
        #expect(value.compactText == #"{"a":[1,true,null,"x\n"],"b":{"c":[[]]},"a":"dup"}"#)
    }

    @Test func controlCharactersAreEscaped() {
        #expect(JSONValue.string("\"\\\n\r\t\u{8}\u{C}").compactText == #""\"\\\n\r\t\b\f""#)
        #expect(JSONValue.string("\u{0}\u{1}\u{1B}\u{1F}").compactText == #""\u0000\u0001\u001b\u001f""#)
        #expect(JSONValue.string("\u{7F}/é").compactText == #""\u007f/é""#, "DEL is escaped; slash and é stay raw")
        #expect(JSONValue.object([JSONMember("k\"ey\n", .null)]).compactText == #"{"k\"ey\n":null}"#)
        let allControls = String(decoding: (0..<0x20).map { UInt8($0) }, as: UTF8.self)
        let escaped = JSONValue.string(allControls).compactText
        #expect(!escaped.utf8.contains { $0 < 0x20 }, "no raw control byte is written")
    }

    @Test("C1 controls, line separators and bidi overrides become \\u escapes and decode back exactly")
    func terminalActiveScalarsAreEscaped() throws {
        let c1 = (UInt32(0x80)...UInt32(0x9F)).compactMap { Unicode.Scalar($0) }.map { String($0) }.joined()
        let bidi = "\u{202A}\u{202B}\u{202C}\u{202D}\u{202E}\u{2066}\u{2067}\u{2068}\u{2069}"
        let text = "a" + c1 + "\u{2028}\u{2029}" + bidi + "z"
        let written = JSONValue.string(text).compactText
        #expect(written.unicodeScalars.allSatisfy { $0.value >= 0x20 && $0.value < 0x7F }, "pure printable ASCII")
        #expect(written.hasPrefix(#""a\u0080\u0081"#))
        #expect(written.contains(#"\u009b"#) && written.contains(#"\u202e"#) && written.contains(#"\u2069"#))
        #expect(written.contains(#"\u2028\u2029"#))
        #expect(try JSONParser.parse(written) == .string(text))
        let neighbours = "\u{A0}\u{2027}\u{202F}\u{2065}\u{206A}€…"
        #expect(JSONValue.string(neighbours).compactText == "\"\(neighbours)\"", "scalars next to the ranges stay raw")
    }

    @Test func chineseAndEmojiAreWrittenAsUTF8() {
        let text = "杭州云帆数据服务有限公司 😀 𝄞"
        var writer = JSONWriter()
        writer.appendString(text)
        #expect(writer.bytes == [0x22] + Array(text.utf8) + [0x22])
        #expect(writer.text == "\"\(text)\"")
    }

    @Test func roundTripsHandWrittenValues() throws {
        let values: [JSONValue] = [
            .string(String(decoding: (0..<0x80).map { UInt8($0) }, as: UTF8.self)),
            .string("中文\u{0}混合\"quotes\"\\back\\slash\u{1F}😀"),
            .object([JSONMember("", .string("")), JSONMember("空", .array([.null, .number("0")]))]),
            .array([.number("12345678901234567890123456789.000001e-99")]),
        ]
        for value in values {
            #expect(try JSONParser.parse(value.compactText) == value)
        }
    }

    @Test func roundTripsGeneratedTrees() throws {
        var random = SplitMix64(state: 20_261_123)
        var nonTrivial = 0
        for _ in 0..<500 {
            let value = randomValue(&random, depth: 0)
            var writer = JSONWriter()
            writer.append(value)
            let reparsed = try JSONParser.parse(writer.bytes)
            #expect(reparsed == value, "\(value.compactText)")
            if case .object(let members) = value, !members.isEmpty { nonTrivial += 1 }
        }
        #expect(nonTrivial > 50, "the generator produces real trees")
    }

    @Test func streamingAPIWritesValidJSON() throws {
        var writer = JSONWriter(reservingCapacity: 64)
        writer.beginObject()
        writer.key("count")
        writer.appendInt(-42)
        writer.comma()
        writer.key("名称")
        writer.appendString("行\n")
        writer.comma()
        writer.key("list")
        writer.beginArray()
        writer.append(.bool(true))
        writer.comma()
        writer.appendRaw("null")
        writer.endArray()
        writer.endObject()
        #expect(writer.text == #"{"count":-42,"名称":"行\n","list":[true,null]}"#)
        #expect(try JSONParser.parse(writer.bytes) == .object([
            JSONMember("count", .number("-42")), JSONMember("名称", .string("行\n")),
            JSONMember("list", .array([.bool(true), .null])),
        ]))
    }

    @Test func rawInvalidUTF8SurvivesAsReplacementCharacters() throws {
        var writer = JSONWriter()
        writer.appendRaw([0x22, 0x61, 0xFF, 0xFE, 0x22])
        #expect(writer.bytes == [0x22, 0x61, 0xFF, 0xFE, 0x22], "raw bytes are written exactly")
        #expect(try JSONParser.parse(writer.bytes) == .string("a\u{FFFD}\u{FFFD}"))
    }
}
