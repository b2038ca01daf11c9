import Foundation
import Testing

/// `swift test` cannot filter by tag, so the README's fast command leaves the heavy tests out with `--skip`
/// and a pattern of test IDs (`Module.Suite/function(`). This keeps the two in step by reading the test
/// sources: the pattern must match every test tagged `heavy` (or inside a suite that is) and no other test.
@Suite("README fast test command")
struct FastTestCommandTests {
    /// The fast command's beginning: parallel, like the full command, since the tests that time real things
    /// take `Exclusive`.
    static let commandPrefix = "swift test --skip '"
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// The `--skip` pattern of the README's fast command.
    static func skipPattern() throws -> String {
        let readme = try String(contentsOf: root.appendingPathComponent("README.md"), encoding: .utf8)
        let lines = readme.split(separator: "\n")
        let found = lines.first { $0.hasPrefix(commandPrefix) }.map { $0.dropFirst(commandPrefix.count) }
        let line = try #require(found, "the README shows the fast command")
        return String(try #require(line.split(separator: "'").first))
    }

    /// One `@Test` function as its ID begins (`Module.Type/name(`), and whether it is tagged heavy.
    struct Declared {
        var id: String
        var heavy: Bool
    }

    /// Every `@Test` in the test targets' sources. An attribute runs from `@Test`/`@Suite` to the declaration
    /// it belongs to; a suite's tag covers the tests of that type in the same file.
    static func declaredTests() throws -> [Declared] {
        let tests = root.appendingPathComponent("Tests")
        let files = FileManager.default.enumerator(at: tests, includingPropertiesForKeys: nil)?
            .compactMap { $0 as? URL }.filter { $0.pathExtension == "swift" } ?? []
        var found: [Declared] = []
        for file in files {
            let relative = file.path.dropFirst(tests.path.count + 1)
            guard let module = relative.split(separator: "/").first, module.hasSuffix("Tests") else { continue }
            var type = "", heavyTypes: Set<String> = [], attribute: String?
            for line in try String(contentsOf: file, encoding: .utf8).split(separator: "\n") {
                let text = line.trimmingCharacters(in: .whitespaces)
                if text.hasPrefix("@Test") || text.hasPrefix("@Suite") { attribute = "" }
                if attribute != nil { attribute? += text }
                if let name = Self.name(after: ["struct ", "final class ", "class ", "enum ", "extension "], in: text),
                   !line.hasPrefix(" ") {
                    type = name
                    if attribute?.contains(".tags(.heavy)") == true { heavyTypes.insert(name) }
                    attribute = nil
                } else if let name = Self.name(after: ["func "], in: text), let tags = attribute {
                    found.append(Declared(id: "\(module).\(type)/\(name)(",
                                          heavy: tags.contains(".tags(.heavy)") || heavyTypes.contains(type)))
                    attribute = nil
                }
            }
        }
        return found
    }

    /// The identifier after the first of `keywords` in a declaration line.
    static func name(after keywords: [String], in text: String) -> String? {
        for keyword in keywords {
            guard let range = text.range(of: keyword), text[..<range.lowerBound].allSatisfy({ !$0.isLetter })
                    || text[..<range.lowerBound].hasSuffix(" ") else { continue }
            let name = text[range.upperBound...].prefix { $0.isLetter || $0.isNumber || $0 == "_" }
            if !name.isEmpty { return String(name) }
        }
        return nil
    }

    @Test("the README's --skip pattern matches exactly the tests tagged heavy")
    func skipPatternMatchesHeavyTag() throws {
        let pattern = try Regex(try Self.skipPattern())
        let declared = try Self.declaredTests()
        #expect(declared.count > 300, "the test sources are found: \(declared.count)")
        #expect(declared.filter(\.heavy).count >= 10)
        let keptHeavy = declared.filter { $0.heavy && !$0.id.contains(pattern) }.map(\.id)
        let skippedQuick = declared.filter { !$0.heavy && $0.id.contains(pattern) }.map(\.id)
        #expect(keptHeavy == [], "tagged heavy but not skipped by the README's fast command")
        #expect(skippedQuick == [], "skipped by the README's fast command but not tagged heavy")
    }

    @Test("CI runs the README's full test command")
    func ciRunsTheReadmeCommand() throws {
        let readme = try String(contentsOf: Self.root.appendingPathComponent("README.md"), encoding: .utf8)
        let ci = try String(contentsOf: Self.root.appendingPathComponent(".ci/run"), encoding: .utf8)
        // The second block of "Two commands" is the full run.
        let section = try #require(readme.components(separatedBy: "## Two commands").dropFirst().first)
        let blocks = section.components(separatedBy: "```sh\n").dropFirst().map { $0.prefix { $0 != "`" } }
        let full = try #require(blocks.dropFirst().first).trimmingCharacters(in: .whitespacesAndNewlines)
        let lastCommand = ci.split(separator: "\n").last { !$0.hasPrefix("#") && !$0.isEmpty }
        #expect(full == "swift test")
        #expect(lastCommand.map(String.init) == full)
    }
}
