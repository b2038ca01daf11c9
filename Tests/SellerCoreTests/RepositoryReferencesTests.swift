import Foundation
import Testing

/// Whoever clones the repository gets only what is tracked in it, so every document a file cites must be tracked
/// too. The matcher is deliberately plain text, line by line:
/// - a relative path that climbs with `../` out of the package root (read from the root and from the citing
///   file's folder) points outside the repository;
/// - a word ending in `.md` names a document: with a `/` it must exist relative to the package root or to the
///   citing file's folder; without one, some tracked file must have that name. A URL (`https://…`) is left
///   alone, since public pages are fine to cite;
/// - a section citation by an upper-case document name (`NAME §3`) must name a tracked `NAME.md`, because the
///   code cites documents that way, without the extension.
@Suite struct RepositoryReferencesTests {
    @Test("no tracked file cites a path outside the repository or a document it does not contain")
    func everyCitedDocumentIsInTheRepository() throws {
        let root = Self.packageRoot()
        let files = try Self.trackedFiles(root: root)
        #expect(files.count > 50, "found only \(files.count) tracked files under \(root.path)")
        let names = Set(files.map { ($0 as NSString).lastPathComponent })
        var problems: [String] = []
        // This file spells out the bad references it looks for, so it is the one file not read.
        let ownPath = "Tests/SellerCoreTests/RepositoryReferencesTests.swift"
        for file in files where Self.isText(file) && file != ownPath {
            guard let text = try? String(contentsOf: root.appendingPathComponent(file), encoding: .utf8) else {
                continue
            }
            for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                for problem in Self.problems(in: String(line), file: file, root: root, trackedNames: names) {
                    problems.append("\(file):\(index + 1): \(problem)")
                }
            }
        }
        let listing = problems.joined(separator: "\n")
        #expect(problems.isEmpty, "\(problems.count) bad references:\n\(listing)")
    }

    @Test("the matcher catches each kind of bad reference and allows URLs and existing documents")
    func matcherSeesWhatItShould() {
        let root = Self.packageRoot()
        let names: Set = ["DECISIONS.md", "README.md"]
        func count(_ line: String) -> Int {
            Self.problems(in: line, file: "Sources/X/Y.swift", root: root, trackedNames: names).count
        }
        #expect(count("/// see `../../../elsewhere/docs/NOTES.md` §3") >= 1)
        #expect(count("/// the notes in ../../../elsewhere") == 1)
        #expect(count("// KOOGALLERY.md §4.4") == 1)
        #expect(count("/// (NOTES §7)") == 1)
        #expect(count("/// (OLD-NOTES §2.3)") == 1)
        #expect(count("/// (DECISIONS §2)") == 0)
        #expect(count("/// see docs/NOPE.md") == 1)
        #expect(count("/// see docs/DECISIONS.md and README.md") == 0)
        #expect(count("/// see ../X/Y.swift") == 0, "from Sources/X, ../X stays inside the repository")
        #expect(count("/// from https://support.huaweicloud.com/x/some-page.md") == 0)
        #expect(count("let path = \"/tmp/x/../\"") == 0)
    }

    // MARK: - The matcher

    static func problems(in line: String, file: String, root: URL, trackedNames: Set<String>) -> [String] {
        var found: [String] = []
        for path in climbingPaths(in: line) where escapes(path, citedBy: file, root: root) {
            found.append("points outside the repository (\(path))")
        }
        for name in sectionCitations(in: line) where !trackedNames.contains(name + ".md") {
            found.append("cites \(name) §, a document the repository does not contain")
        }
        guard line.contains(".md") else { return found }
        for word in documentWords(in: line) where !exists(word, citedBy: file, root: root, trackedNames: trackedNames) {
            found.append("cites \(word), which is not in the repository")
        }
        return found
    }

    static let separators = CharacterSet(charactersIn: " \t`'\"()[]<>,;:*|")

    /// Words that begin by climbing (`../…`).
    static func climbingPaths(in line: String) -> [String] {
        guard line.contains("../") else { return [] }
        return line.components(separatedBy: separators).filter { $0.hasPrefix("../") }
    }

    /// Whether `path` leaves the package root read from the root and from the citing file's folder.
    static func escapes(_ path: String, citedBy file: String, root: URL) -> Bool {
        let rootPath = root.standardizedFileURL.path
        let folder = root.appendingPathComponent((file as NSString).deletingLastPathComponent)
        return [root, folder].allSatisfy { base in
            let resolved = base.appendingPathComponent(path).standardizedFileURL.path
            return resolved != rootPath && !resolved.hasPrefix(rootPath + "/")
        }
    }

    /// Upper-case names followed by ` §` (`KOOGALLERY §4`): documents cited without their extension.
    static func sectionCitations(in line: String) -> [String] {
        guard line.contains(" §") else { return [] }
        let parts = line.components(separatedBy: " §").dropLast()
        return parts.compactMap { before in
            let name = before.reversed().prefix { $0.isUppercase || $0 == "-" || $0 == "_" }
            let word = String(name.reversed())
            return word.count >= 3 && word.first?.isLetter == true ? word : nil
        }
    }

    /// Words ending in `.md` that are not part of a URL.
    static func documentWords(in line: String) -> [String] {
        line.components(separatedBy: separators).compactMap { raw in
            var word = Substring(raw)
            while let last = word.last, last == "." || last == "§" { word = word.dropLast() }
            // Splitting at `:` leaves `//host/page.md` of a URL: a public page, not a file of ours.
            guard word.hasSuffix(".md"), word.count > 3, !word.contains("//") else { return nil }
            return String(word)
        }
    }

    static func exists(_ word: String, citedBy file: String, root: URL, trackedNames: Set<String>) -> Bool {
        guard word.contains("/") else { return trackedNames.contains(word) }
        let folder = root.appendingPathComponent((file as NSString).deletingLastPathComponent)
        return [root.appendingPathComponent(word), folder.appendingPathComponent(word)].contains {
            FileManager.default.fileExists(atPath: $0.standardizedFileURL.path)
        }
    }

    static func isText(_ file: String) -> Bool {
        let textExtensions: Set = ["swift", "md", "h", "c", "modulemap", "theme", "txt", "json", "ini", "sh", ""]
        return textExtensions.contains((file as NSString).pathExtension)
    }

    // MARK: - Finding the files

    /// `Tests/SellerCoreTests/<this file>` → the package root.
    static func packageRoot() -> URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
    }

    /// What git tracks or would track (`ls-files --cached --others --exclude-standard`, so a new document counts
    /// before it is committed), or, where git or the `.git` folder is missing (an unpacked archive), every file
    /// outside `.git` and the `.build*` folders.
    static func trackedFiles(root: URL) throws -> [String] {
        if let listed = gitListedFiles(root: root), !listed.isEmpty { return listed }
        var files: [String] = []
        let keys: [URLResourceKey] = [.isDirectoryKey]
        guard let walker = FileManager.default.enumerator(at: root, includingPropertiesForKeys: keys) else {
            return files
        }
        let prefix = root.standardizedFileURL.path + "/"
        for case let url as URL in walker {
            let name = url.lastPathComponent
            let isFolder = (try? url.resourceValues(forKeys: Set(keys)).isDirectory) ?? false
            if isFolder, name == ".git" || name.hasPrefix(".build") || name == ".swiftpm" {
                walker.skipDescendants()
            } else if !isFolder {
                files.append(String(url.standardizedFileURL.path.dropFirst(prefix.count)))
            }
        }
        return files
    }

    static func gitListedFiles(root: URL) -> [String]? {
        let git = ["/usr/bin/git", "/usr/local/bin/git", "/bin/git"].first {
            FileManager.default.isExecutableFile(atPath: $0)
        }
        guard let git, FileManager.default.fileExists(atPath: root.appendingPathComponent(".git").path) else {
            return nil
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: git)
        process.arguments = ["-C", root.path, "ls-files", "-z", "--cached", "--others", "--exclude-standard"]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        do { try process.run() } catch { return nil }
        // Read to the end before waiting, so a long listing cannot fill the pipe and block git.
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { return nil }
        return String(decoding: data, as: UTF8.self).split(separator: "\0").map(String.init)
    }
}
