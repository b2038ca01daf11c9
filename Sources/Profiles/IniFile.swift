import Foundation
import Localization

/// The INI-like format of the config and credentials files: `[section]` headers, `key = value` lines, `#` or
/// `;` comments. A malformed line is an error that names the file and line; every key remembers its line, so
/// a bad value can be reported as `file:line` too.
public struct IniFile {
    /// The file's name as errors show it.
    private(set) var name = ""
    private(set) var sections: [String: [String: String]] = [:]
    private(set) var lines: [String: [String: Int]] = [:]
    private(set) var sectionLines: [String: Int] = [:]

    struct ParseError: Error, CustomStringConvertible {
        var message: Phrase
        var description: String { message.en }
    }

    /// A config file is a few lines; anything bigger is not one.
    static let maxBytes = 1 << 20

    /// Loads `path`; a missing file is empty. Only a regular file of a sane size is read, so a FIFO or a device
    /// put in its place is refused at once instead of blocking or reading forever.
    public static func load(path: String) throws -> IniFile {
        var info = stat()
        guard stat(path, &info) == 0 else { return IniFile(name: path) }
        guard info.st_mode & 0o170000 == 0o100000 else { throw ParseError(message: ProfileText.notRegularFile(path)) }
        guard info.st_size <= maxBytes else {
            throw ParseError(message: ProfileText.tooLarge(path, kilobytes: maxBytes / 1024))
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ParseError(message: ProfileText.unreadableFile(path))
        }
        return try parse(String(decoding: data, as: UTF8.self), name: path)
    }

    static func parse(_ text: String, name: String) throws -> IniFile {
        var file = IniFile(name: name)
        var current = ""
        for (index, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let number = index + 1
            let line = rawLine.trimmingCharacters(in: .whitespaces)
            if line.isEmpty || line.hasPrefix("#") || line.hasPrefix(";") { continue }
            if line.hasPrefix("[") {
                guard line.hasSuffix("]") else {
                    throw ParseError(message: ProfileText.unclosedSection("\(name):\(number)"))
                }
                current = line.dropFirst().dropLast().trimmingCharacters(in: .whitespaces)
                file.sections[current, default: [:]] = file.sections[current] ?? [:]
                file.sectionLines[current] = file.sectionLines[current] ?? number
                continue
            }
            guard let equals = line.firstIndex(of: "=") else {
                throw ParseError(message: ProfileText.expectedKeyValue("\(name):\(number)"))
            }
            let key = line[..<equals].trimmingCharacters(in: .whitespaces)
            var value = line[line.index(after: equals)...].trimmingCharacters(in: .whitespaces)
            if let hash = value.range(of: " #") { value = value[..<hash.lowerBound].trimmingCharacters(in: .whitespaces) }
            file.sections[current, default: [:]][key] = value
            file.lines[current, default: [:]][key] = number
        }
        return file
    }

    public func section(_ name: String) -> [String: String]? { sections[name] }

    /// Every section's name with the line of its header, in file order, for readers of their own sections.
    public var sectionHeaders: [(name: String, line: Int)] {
        sectionLines.map { (name: $0.key, line: $0.value) }.sorted { $0.line < $1.line }
    }

    /// The line of `key` in `section`, for warnings that name `file:line`.
    public func line(section: String, key: String) -> Int? { lines[section]?[key] }

    /// `file:line` of a key (the section's header line when the key is absent), for error messages.
    func location(section: String, key: String) -> String {
        guard let line = lines[section]?[key] ?? sectionLines[section] else { return name }
        return "\(name):\(line)"
    }
}
