import SellerCore
import Testing

/// A realistic list page with every value kind, escapes, Chinese text and nesting.
let sampleDocument = #"""
{"resultCode":"MKT.0000","resultMsg":"Success","items":[{"orderId":"CS2611181819B4LVS","orderType":"NEW",
"buyerInfo":{"customerName":"杭州云帆数据服务有限公司","mobilePhone":null,"vip":true,"score":-12.5e-3},
"orderLine":[{"orderLineId":"CS2611181819B4LVS-000001","periodNumber":12,"note":"第1行\n\"引号\"\\\u4e2d\ud83d\ude00"}],
"extendParams":[]}],"nextPageToken":"1795420799020~CS2611221108Z9X3A","hasMore":false}
"""#

@Suite struct JSONParserRobustnessTests {
    @Test func sampleDocumentParses() throws {
        let value = try JSONParser.parse(sampleDocument)
        guard case .array(let items)? = value["items"], let first = items.first else {
            Issue.record("no items")
            return
        }
        #expect(first["buyerInfo"]?["customerName"] == .string("杭州云帆数据服务有限公司"))
        #expect(first["buyerInfo"]?["score"] == .number("-12.5e-3"))
        guard case .array(let lines)? = first["orderLine"] else {
            Issue.record("no lines")
            return
        }
        #expect(lines.first?["note"] == .string("第1行\n\"引号\"\\中😀"))
        #expect(value["hasMore"] == .bool(false))
    }

    /// Every proper prefix of an object document is incomplete, so each one must throw, and none may crash.
    @Test func everyTruncationThrows() {
        let bytes = Array(sampleDocument.utf8)
        var parsedPrefixes: [Int] = []
        for length in 0..<bytes.count {
            if (try? JSONParser.parse(Array(bytes[0..<length]))) != nil { parsedPrefixes.append(length) }
        }
        #expect(parsedPrefixes.isEmpty, "prefixes that parsed: \(parsedPrefixes)")
        #expect((try? JSONParser.parse(bytes)) != nil)
    }

    /// Replacing any single byte with a structural or hostile byte never crashes; the error offset always lies
    /// within the input.
    @Test func singleByteCorruptionNeverCrashes() {
        let bytes = Array(sampleDocument.utf8)
        let replacements: [UInt8] = [0x00, 0x22, 0x5C, 0x7B, 0x7D, 0x5B, 0x5D, 0x2C, 0x3A, 0x30, 0x2D, 0x75, 0xFF, 0xE4]
        var failures = 0
        for position in 0..<bytes.count {
            for replacement in replacements where replacement != bytes[position] {
                var corrupted = bytes
                corrupted[position] = replacement
                do {
                    _ = try JSONParser.parse(corrupted)
                } catch {
                    failures += 1
                    if error.offset < 0 || error.offset > corrupted.count {
                        Issue.record("offset \(error.offset) outside the input at \(position)")
                    }
                }
            }
        }
        #expect(failures > bytes.count, "most corruptions must be detected")
    }

    @Test func tenThousandDeepArrayThrowsWithoutCrashing() {
        let depth = 10_000
        let text = String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
        let error = #expect(throws: JSONSyntaxError.self) { try JSONParser.parse(text) }
        #expect(error?.reason == "nesting deeper than \(JSONParser.maximumDepth)")
        let objects = String(repeating: #"{"a":"#, count: depth) + "1" + String(repeating: "}", count: depth)
        #expect(throws: JSONSyntaxError.self) { try JSONParser.parse(objects) }
        let unterminated = String(repeating: "[", count: depth)
        #expect(throws: JSONSyntaxError.self) { try JSONParser.parse(unterminated) }
    }

    @Test func depthLimitIsExact() throws {
        let limit = JSONParser.maximumDepth
        func arrays(_ depth: Int) -> String { String(repeating: "[", count: depth) + String(repeating: "]", count: depth) }
        var value = try JSONParser.parse(arrays(limit))
        var depth = 0
        while case .array(let inner) = value {
            depth += 1
            guard let next = inner.first else { break }
            value = next
        }
        #expect(depth == limit)
        let error = #expect(throws: JSONSyntaxError.self) { try JSONParser.parse(arrays(limit + 1)) }
        #expect(error?.offset == limit, "the error points at the first bracket past the limit")
        // A scalar at the deepest level counts as a level too.
        #expect(throws: JSONSyntaxError.self) {
            try JSONParser.parse(String(repeating: "[", count: limit) + "1" + String(repeating: "]", count: limit))
        }
    }

    @Test func largeDocuments() throws {
        let count = 20_000
        var text = "["
        for index in 0..<count {
            if index > 0 { text += "," }
            text += #"{"id":"TT\#(index)","n":\#(index),"ok":\#(index % 2 == 0),"名称":"工单\#(index)"}"#
        }
        text += "]"
        guard case .array(let items) = try JSONParser.parse(text) else {
            Issue.record("not an array")
            return
        }
        #expect(items.count == count)
        #expect(items[12_345]["id"] == .string("TT12345"))
        #expect(items[12_345]["n"] == .number("12345"))
        #expect(items[12_345]["ok"] == .bool(false))
        #expect(items[count - 1]["名称"] == .string("工单\(count - 1)"))

        let long = String(repeating: "云商店", count: 200_000)
        #expect(try JSONParser.parse("\"\(long)\"") == .string(long))
        let longEscaped = String(repeating: #"\u4e91\n"#, count: 50_000)
        #expect(try JSONParser.parse("\"\(longEscaped)\"") == .string(String(repeating: "云\n", count: 50_000)))
    }
}
