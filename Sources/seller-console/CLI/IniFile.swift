import Foundation

/// The INI-like format of the config and credentials files: `[section]` headers, `key = value` lines, `#` or
/// `;` comments. A malformed line is an error that names the file and line.
struct IniFile {
    private(set) var sections: [String: [String: String]] = [:]

    struct ParseError: Error, CustomStringConvertible {
        var description: String
    }

    /// Loads `path`; a missing file is empty.
    static func load(path: String) throws -> IniFile {
        guard FileManager.default.fileExists(atPath: path) else { return IniFile() }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ParseError(description: "\(path): cannot read")
        }
        return try parse(String(decoding: data, as: UTF8.self), name: path)
    }

    static func parse(_ text: String, name: String) throws -> IniFile {
        var file = IniFile()
        var current = ""
        for (number, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = rawLine.trimmingCharacters(in: .whitespaces)
            if line.isEmpty || line.hasPrefix("#") || line.hasPrefix(";") { continue }
            if line.hasPrefix("[") {
                guard line.hasSuffix("]") else { throw ParseError(description: "\(name):\(number + 1): unclosed [section]") }
                current = line.dropFirst().dropLast().trimmingCharacters(in: .whitespaces)
                file.sections[current, default: [:]] = file.sections[current] ?? [:]
                continue
            }
            guard let equals = line.firstIndex(of: "=") else {
                throw ParseError(description: "\(name):\(number + 1): expected key = value")
            }
            let key = line[..<equals].trimmingCharacters(in: .whitespaces)
            var value = line[line.index(after: equals)...].trimmingCharacters(in: .whitespaces)
            if let hash = value.range(of: " #") { value = value[..<hash.lowerBound].trimmingCharacters(in: .whitespaces) }
            file.sections[current, default: [:]][key] = value
        }
        return file
    }

    func section(_ name: String) -> [String: String]? { sections[name] }
}
