import Foundation
import Profiles
import TestSupport
import Testing

/// What readers of their own sections (the console's `[view NAME]`) get from the config file: every header in
/// file order with its line, and each key's line, so their warnings name `file:line`.
@Suite struct IniFileSectionTests {
    @Test func headersAndKeysKeepTheirLines() throws {
        let directory = try TemporaryDirectory("ini-sections")
        let path = directory.file("config")
        try """
            [keys]
            sync = r

            [view 未完成工单]
            tab = tickets
            status = open
            # a comment
            [view big orders]
            tab = orders
            """.write(toFile: path, atomically: true, encoding: .utf8)
        let file = try IniFile.load(path: path)
        #expect(file.sectionHeaders.map(\.name) == ["keys", "view 未完成工单", "view big orders"])
        #expect(file.sectionHeaders.map(\.line) == [1, 4, 8])
        #expect(file.line(section: "view 未完成工单", key: "status") == 6)
        #expect(file.line(section: "view big orders", key: "tab") == 9)
        #expect(file.line(section: "view big orders", key: "sort") == nil)
    }
}
