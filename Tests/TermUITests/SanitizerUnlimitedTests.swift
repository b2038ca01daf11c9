import Testing
import TermUI

/// The command line sanitises whole outputs (a table page, a usage text) with `limit: Int.max`: nothing may be
/// cut, and the scan cap must not overflow into "cut everything".
@Suite struct SanitizerUnlimitedTests {
    @Test("Int.max keeps every scalar of a long multi-line text")
    func unlimitedKeepsEverything() {
        let line = String(repeating: "订单 CS2024-001 ", count: 40)
        let text = Array(repeating: line, count: 2_000).joined(separator: "\n") + "\u{1b}[2Jend"
        let out = TextSanitizer.sanitize(text, mode: .multiLine, limit: Int.max)
        #expect(out.hasSuffix("␛end"))
        #expect(!out.hasSuffix("…"))
        #expect(out.split(separator: "\n").count == 2_000)
    }

    @Test("clean text comes back unchanged, attacks do not")
    func unlimitedStillSanitises() {
        #expect(TextSanitizer.sanitize("a\nb", mode: .multiLine, limit: Int.max) == "a\nb")
        let hostile = "x\u{1b}]0;title\u{7}\u{9b}31m\u{1b}Pq\u{1b}\\\u{202e}\u{0}y"
        let out = TextSanitizer.sanitize(hostile, mode: .multiLine, limit: Int.max)
        #expect(!out.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" || (0x7F...0x9F).contains($0.value)
            || $0.value == 0x202E })
        #expect(out.hasPrefix("x") && out.hasSuffix("y"))
    }
}
