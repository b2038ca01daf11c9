import ConsoleUI
import Testing

@Suite struct BodyTextTests {
    @Test func aRequestLineMayPrecedeTheJSON() {
        #expect(BodyText.readable("PUT /v2/instances [1]") == "PUT /v2/instances [\n  1\n]")
        #expect(BodyText.readable("[]") == "[]")
    }

    @Test func jsonIsIndentedOneMemberPerLine() {
        let body = #"POST {"a":"x, y","b":[1,2],"c":{},"d":{"e":"q\"}"}}"#
        #expect(BodyText.readable(body) == """
            POST {
              "a": "x, y",
              "b": [
                1,
                2
              ],
              "c": {},
              "d": {
                "e": "q\\"}"
              }
            }
            """)
    }

    @Test func textThatIsNotJSONIsUnchanged() {
        for text in ["GET ?a=1&b=2", "<html><body><h1>502</h1></body></html>", "", "Connection refused {not json",
                     "note: [1,2]"] {
            #expect(BodyText.readable(text) == text)
        }
    }

    @Test func hostileNestingIsBounded() {
        let deep = String(repeating: "[", count: 20_000) + String(repeating: "]", count: 20_000)
        let out = BodyText.readable(deep)
        #expect(out.unicodeScalars.count <= 150_100)
        // Depth stops adding indentation after 12 levels.
        #expect(!out.contains(String(repeating: " ", count: 25)))
    }
}
