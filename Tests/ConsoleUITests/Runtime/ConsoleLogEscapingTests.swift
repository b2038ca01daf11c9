import ConsoleRuntime
import Foundation
import TestSupport
import Testing

/// The log escapes what a terminal would act on when the log is `cat`-ed or tailed, as JSON output does.
@Suite struct ConsoleLogEscapingTests {
    @Test("C0, DEL, C1, line separators and bidi controls become \\u escapes; the rest stays")
    func escapes() throws {
        #expect(ConsoleLog.escaped("a\u{1b}]0;t\u{7}b") == "a\\u001b]0;t\\u0007b")
        #expect(ConsoleLog.escaped("\u{9b}2J\u{85}\u{7f}") == "\\u009b2J\\u0085\\u007f")
        #expect(ConsoleLog.escaped("\u{202e}x\u{2066}\u{2069}\u{2028}\n\u{0}") == "\\u202ex\\u2066\\u2069\\u2028\\u000a\\u0000")
        #expect(ConsoleLog.escaped("订单 é € … \u{a0}") == "订单 é € … \u{a0}")
    }

    @Test("a hostile line written to the log file holds no terminal control bytes")
    func file() throws {
        let directory = try TemporaryDirectory("log-escape")
        let log = ConsoleLog(path: directory.file("console.log"))
        log.write("sync failed: \u{1b}]52;c;ZXZpbA==\u{7}\u{1b}[2J\u{9b}31m\u{202e}\u{0}end")
        let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: log.path)))
        #expect(!bytes.contains(0x1b) && !bytes.contains(0x07) && !bytes.contains(0x00))
        #expect(!zip(bytes, bytes.dropFirst()).contains { $0 == 0xC2 && (0x80...0x9F).contains($1) })
        #expect(bytes.filter { $0 == 0x0A }.count == 1, "one line")
        #expect(String(decoding: bytes, as: UTF8.self).contains("\\u001b]52;c;ZXZpbA==\\u0007"))
    }
}
