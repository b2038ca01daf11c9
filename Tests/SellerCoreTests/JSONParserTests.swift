import SellerCore
import Testing

/// Parses `text` and returns the value, recording a failure (and returning nil) when it throws.
private func parsed(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) -> JSONValue? {
    do {
        return try JSONParser.parse(text)
    } catch {
        Issue.record("unexpected \(error) for \(text.debugDescription)", sourceLocation: sourceLocation)
        return nil
    }
}

/// The error `bytes` fail with, or nil (and a recorded failure) when they parse.
private func syntaxError(_ bytes: [UInt8], sourceLocation: SourceLocation = #_sourceLocation) -> JSONSyntaxError? {
    do {
        let value = try JSONParser.parse(bytes)
        Issue.record("expected an error, parsed \(value)", sourceLocation: sourceLocation)
        return nil
    } catch {
        return error
    }
}

private func syntaxError(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) -> JSONSyntaxError? {
    syntaxError(Array(text.utf8), sourceLocation: sourceLocation)
}

/// The string a one-string document decodes to.
private func decodedString(_ bytes: [UInt8], sourceLocation: SourceLocation = #_sourceLocation) -> String? {
    do {
        guard case .string(let text) = try JSONParser.parse(bytes) else {
            Issue.record("not a string", sourceLocation: sourceLocation)
            return nil
        }
        return text
    } catch {
        Issue.record("unexpected \(error)", sourceLocation: sourceLocation)
        return nil
    }
}

private func decodedString(_ json: String, sourceLocation: SourceLocation = #_sourceLocation) -> String? {
    decodedString(Array(json.utf8), sourceLocation: sourceLocation)
}

@Suite struct JSONParserValueTests {
    @Test func scalarsOfEveryKind() {
        #expect(parsed("null") == .null)
        #expect(parsed("true") == .bool(true))
        #expect(parsed("false") == .bool(false))
        #expect(parsed("42") == .number("42"))
        #expect(parsed("\"订单\"") == .string("订单"))
        #expect(parsed("[]") == .array([]))
        #expect(parsed("{}") == .object([]))
    }

    @Test func whitespaceAroundAndBetweenTokens() {
        let value = parsed(" \t\r\n{ \"a\" :\n[ 1 ,\ttrue , null ] }\r\n ")
        #expect(value == .object([JSONMember("a", .array([.number("1"), .bool(true), .null]))]))
    }

    @Test func nestingKeepsMemberOrderAndDuplicates() {
        let value = parsed(#"{"z":1,"a":{"list":[[],[{}],{"k":"v"}]},"z":"second"}"#)
        let expected: JSONValue = .object([
            JSONMember("z", .number("1")),
            JSONMember("a", .object([JSONMember("list", .array([
                .array([]), .array([.object([])]), .object([JSONMember("k", .string("v"))]),
            ]))])),
            JSONMember("z", .string("second")),
        ])
        #expect(value == expected)
        #expect(value?["z"] == .number("1"), "subscript returns the first of duplicate keys")
    }

    @Test(arguments: [
        "0", "-0", "7", "-7", "123456789", "1.5", "-0.25", "0.0001", "1e10", "1E10", "1e+10", "1e-10",
        "-1.5E-3", "12345678901234567890123456789", "3.14159265358979323846264338327950288",
    ])
    func validNumbersKeepTheirLiteral(_ literal: String) {
        #expect(parsed(literal) == .number(literal))
        #expect(parsed("[\(literal)]") == .array([.number(literal)]))
    }

    @Test(arguments: [
        "01", "00", "-01", "1.", "1.e5", ".5", "-.5", "-", "--1", "+1", "1e", "1e+", "1E-", "1e5.5", "0x10",
        "Infinity", "-Infinity", "NaN", "1_000", "١",
    ])
    func invalidNumbersThrow(_ literal: String) {
        #expect(syntaxError(literal) != nil)
        #expect(syntaxError("[\(literal)]") != nil)
        #expect(syntaxError(#"{"n":\#(literal)}"#) != nil)
    }

    @Test func literalsMustBeComplete() {
        for text in ["tru", "t", "nul", "fals", "truex", "nulll", "True", "NULL", "nil", "undefined"] {
            #expect(syntaxError(text) != nil, "\(text)")
        }
    }

    @Test func structuralErrorsReportTheirOffset() {
        #expect(syntaxError("[1,]")?.offset == 3)
        #expect(syntaxError("[1 2]")?.reason == "expected ',' or ']'")
        #expect(syntaxError(#"{"a" 1}"#)?.reason == "expected ':'")
        #expect(syntaxError(#"{"a":1,}"#)?.reason == "expected a member name")
        #expect(syntaxError(#"{a:1}"#)?.offset == 1)
        #expect(syntaxError(#"{"a":1 "b":2}"#)?.reason == "expected ',' or '}'")
        #expect(syntaxError("")?.reason == "unexpected end of input")
        #expect(syntaxError("   ")?.offset == 3)
        #expect(syntaxError("[1,2")?.reason == "unterminated array")
        #expect(syntaxError("]") != nil)
        #expect(syntaxError("{]") != nil)
        #expect(syntaxError("[}") != nil)
        let error = syntaxError("[1,]")
        #expect(error?.description == "invalid JSON at byte 3: unexpected character")
    }

    @Test func trailingGarbageThrows() {
        for text in ["{} x", "[] []", "1 2", "\"a\"\"b\"", "null,", "{}}", "true false", "0 ]"] {
            let error = syntaxError(text)
            #expect(error?.reason == "unexpected data after the document", "\(text)")
        }
        #expect(syntaxError("{}\u{0}")?.offset == 2)
        #expect(parsed("{}  \n") == .object([]), "trailing whitespace is fine")
    }

    @Test func controlCharactersOutsideStringsThrow() {
        #expect(syntaxError([0x5B, 0x01, 0x5D]) != nil)
        #expect(syntaxError([0x7B, 0x0B, 0x7D]) != nil, "vertical tab is not JSON whitespace")
        #expect(syntaxError([0xEF, 0xBB, 0xBF, 0x7B, 0x7D]) != nil, "a byte-order mark is not whitespace")
    }
}

@Suite struct JSONParserStringTests {
    @Test func simpleEscapes() {
        #expect(decodedString(#""\"\\\/\b\f\n\r\t""#) == "\"\\/\u{8}\u{C}\n\r\t")
        #expect(decodedString(#""a\nb""#) == "a\nb")
        #expect(decodedString(#""\\n""#) == "\\n", "an escaped backslash followed by n")
    }

    @Test func unicodeEscapes() {
        #expect(decodedString(#""\u0041\u00e9\u00E9""#) == "Aéé")
        #expect(decodedString(#""\u4e2d\u6587 订单""#) == "中文 订单")
        #expect(decodedString(#""\u0000""#) == "\u{0}")
        #expect(decodedString(#""\uFFFF""#) == "\u{FFFF}")
    }

    @Test func surrogatePairsCombine() {
        #expect(decodedString(#""\ud83d\ude00""#) == "😀")
        #expect(decodedString(#""\uD834\uDD1E!""#) == "𝄞!")
        #expect(decodedString(#""x\uDBFF\uDFFFy""#) == "x\u{10FFFF}y")
    }

    @Test func loneSurrogatesBecomeReplacementCharacters() {
        #expect(decodedString(#""\ud83d""#) == "\u{FFFD}")
        #expect(decodedString(#""\ude00""#) == "\u{FFFD}")
        #expect(decodedString(#""\ud83dx""#) == "\u{FFFD}x")
        #expect(decodedString(#""\ud83d\n""#) == "\u{FFFD}\n")
        #expect(decodedString(#""\ud83d\u0041""#) == "\u{FFFD}A", "the second escape is kept, not swallowed")
        #expect(decodedString(#""\ud83d\ud83d\ude00""#) == "\u{FFFD}😀")
        #expect(decodedString(#""\ude00\ud83d""#) == "\u{FFFD}\u{FFFD}")
    }

    @Test func badEscapesThrow() {
        for text in [#""\x""#, #""\u12""#, #""\u12G4""#, #""\U0041""#, #""\'""#, #""\ud83d\u12""#,
                     #""\ud83d\uZZZZ""#, #""\"#, #""\u"#, #""abc\"#] {
            #expect(syntaxError(text) != nil, "\(text)")
        }
    }

    @Test func unterminatedStringsThrow() {
        #expect(syntaxError(#""abc"#)?.reason == "unterminated string")
        #expect(syntaxError(#""a\nbc"#)?.reason == "unterminated string")
        #expect(syntaxError(#"{"key"#) != nil)
    }

    @Test func invalidUTF8BecomesReplacementCharacters() {
        let quote: UInt8 = 0x22
        #expect(decodedString([quote, 0xFF, quote]) == "\u{FFFD}")
        #expect(decodedString([quote, 0x61, 0xC3, quote]) == "a\u{FFFD}", "truncated 2-byte sequence")
        #expect(decodedString([quote, 0xE4, 0xB8, quote]) == "\u{FFFD}", "truncated 3-byte sequence")
        #expect(decodedString([quote, 0xC0, 0xAF, quote]) == "\u{FFFD}\u{FFFD}", "overlong encoding")
        #expect(decodedString([quote, 0xED, 0xA0, 0x80, quote]) == "\u{FFFD}\u{FFFD}\u{FFFD}",
                "an encoded surrogate")
        #expect(decodedString([quote, 0x80, 0xE4, 0xB8, 0xAD, quote]) == "\u{FFFD}中")
        // The escape path decodes the bytes collected around escapes the same way.
        #expect(decodedString([quote, 0xFF, 0x5C, 0x6E, 0xE4, 0xB8, quote]) == "\u{FFFD}\n\u{FFFD}")
    }

    @Test func invalidUTF8InKeysAndNestedValuesDoesNotFailTheDocument() throws {
        var bytes = Array(#"{"a"#.utf8) + [0xFE] + Array(#"":["ok","x"#.utf8) + [0xF0, 0x9F]
        bytes += Array(#""]}"#.utf8)
        let value = try JSONParser.parse(bytes)
        #expect(value == .object([JSONMember("a\u{FFFD}", .array([.string("ok"), .string("x\u{FFFD}")]))]))
    }

    /// The parser is deliberately tolerant here: raw control characters inside strings are kept as they are (a
    /// hostile record must not cost its whole page); the UI sanitises them before display.
    @Test func rawControlCharactersInsideStringsAreKept() {
        let quote: UInt8 = 0x22
        #expect(decodedString([quote, 0x61, 0x00, 0x01, 0x1F, 0x62, quote]) == "a\u{0}\u{1}\u{1F}b")
        #expect(decodedString([quote, 0x0A, 0x09, 0x1B, 0x5B, 0x32, 0x4A, quote]) == "\n\t\u{1B}[2J")
        #expect(decodedString([quote, 0x7F, 0x5C, 0x74, 0x0D, quote]) == "\u{7F}\t\r")
    }

    @Test func plainAndEscapedStringsDecodeTheSame() {
        #expect(decodedString(#""华为云\u0020云商店""#) == "华为云 云商店")
        #expect(decodedString(#""\u534e为云""#) == "华为云")
    }
}
