import Testing
@testable import TermUI

@Suite struct TextSanitizerTests {
    /// No scalar below U+0020 or in U+007F–U+009F may reach a cell.
    func isSafe(_ s: String, allowNewline: Bool = false) -> Bool {
        s.unicodeScalars.allSatisfy { v in
            if allowNewline && v == "\n" { return true }
            return v.value >= 0x20 && !(0x7F...0x9F).contains(v.value)
        }
    }

    @Test func cleanTextIsUnchanged() {
        #expect(TextSanitizer.sanitize("订单 CS2024-001 已付款 ✓ 😀") == "订单 CS2024-001 已付款 ✓ 😀")
    }

    @Test func osc52ClipboardWriteIsSwallowedWhole() {
        let hostile = "before\u{1B}]52;c;ZWNobyBoYWNrZWQ=\u{07}after"
        let out = TextSanitizer.sanitize(hostile)
        #expect(out == "before␛after")
        #expect(isSafe(out))
        let withST = "x\u{1B}]0;title\u{1B}\\y"
        #expect(TextSanitizer.sanitize(withST) == "x␛y")
    }

    @Test func csiSequencesAreSwallowed() {
        #expect(TextSanitizer.sanitize("a\u{1B}[2Jb") == "a␛b")
        #expect(TextSanitizer.sanitize("\u{1B}[1;31mred\u{1B}[0m") == "␛red␛")
        #expect(TextSanitizer.sanitize("a\u{9B}2Jb") == "a␛b")                    // 8-bit CSI
        #expect(TextSanitizer.sanitize("a\u{1B}7b") == "a␛b")                      // ESC 7
        #expect(TextSanitizer.sanitize("a\u{1B}(Bb") == "a␛b")                     // charset designation
        #expect(TextSanitizer.sanitize("a\u{1B}P1$r\u{1B}\\b") == "a␛b")           // DCS
        #expect(TextSanitizer.sanitize("a\u{1B}[12\n中") == "a␛ 中")               // broken CSI ends at control
    }

    @Test func unterminatedStringStaysHidden() {
        let out = TextSanitizer.sanitize("ok\u{1B}]52;c;" + String(repeating: "A", count: 10_000))
        #expect(out.hasPrefix("ok␛"))
        #expect(isSafe(out))
    }

    @Test func controlsBecomeVisiblePictures() {
        #expect(TextSanitizer.sanitize("a\u{0}b") == "a␀b")
        #expect(TextSanitizer.sanitize("a\u{7}b\u{7F}") == "a␇b␡")
        #expect(TextSanitizer.sanitize("\u{8}") == "␈")
    }

    @Test func c1ControlsAndBidiBecomeReplacementCharacter() {
        #expect(TextSanitizer.sanitize("a\u{80}b\u{99}c") == "a\u{FFFD}b\u{FFFD}c")
        #expect(TextSanitizer.sanitize("a\u{9F}apc\u{9C}b") == "a␛b")
        #expect(TextSanitizer.sanitize("a\u{202E}b\u{2066}c") == "a\u{FFFD}b\u{FFFD}c")
        #expect(isSafe(TextSanitizer.sanitize(String((0...0x9F).compactMap { Unicode.Scalar($0).map(Character.init) }))))
    }

    @Test func invalidUTF8BecomesReplacementCharacter() {
        let bytes: [UInt8] = [0x61, 0xFF, 0xE4, 0xB8, 0x62, 0xC2, 0x9B, 0x32, 0x4A, 0xE4, 0xB8, 0xAD]
        let out = TextSanitizer.sanitize(bytes: bytes)
        #expect(out.hasPrefix("a\u{FFFD}\u{FFFD}b"))
        #expect(out.hasSuffix("␛中"))
        #expect(isSafe(out))
    }

    @Test func singleLineFlattensBreaksAndTabs() {
        #expect(TextSanitizer.sanitize("a\nb\r\nc\td\re") == "a b c d e")
        #expect(TextSanitizer.sanitize("x\u{2028}y\u{85}z") == "x y z")
    }

    @Test func multiLineKeepsBreaksAndExpandsTabs() {
        let out = TextSanitizer.sanitize("a\r\nb\rc\n\td\u{2029}e", mode: .multiLine)
        #expect(out == "a\nb\nc\n    d\ne")
        #expect(isSafe(out, allowNewline: true))
    }

    @Test func longTextIsCapped() {
        let huge = String(repeating: "长", count: 1_000_000)
        let out = TextSanitizer.sanitize(huge, limit: 100)
        #expect(out.unicodeScalars.count == 101)
        #expect(out.hasSuffix("…"))
        let def = TextSanitizer.sanitize(huge)
        #expect(def.unicodeScalars.count == TextSanitizer.singleLineLimit + 1)
        let ok = String(repeating: "a", count: 50)
        #expect(TextSanitizer.sanitize(ok, limit: 50) == ok)
    }

    @Test func fuzzNeverProducesControls() {
        var rng = SplitMix(seed: 42)
        for _ in 0..<300 {
            let bytes = (0..<Int(rng.next() % 64)).map { _ in UInt8(truncatingIfNeeded: rng.next()) }
            let out = TextSanitizer.sanitize(bytes: bytes)
            #expect(isSafe(out))
            let multi = TextSanitizer.sanitize(bytes: bytes, mode: .multiLine)
            #expect(isSafe(multi, allowNewline: true))
        }
    }
}

/// Deterministic generator for fuzz-style tests.
struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
