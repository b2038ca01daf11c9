/// A strict RFC 4180 reader for the tests: what a spreadsheet reads from an export. Quoted fields may hold
/// commas, quotes (doubled) and line breaks; records end with CRLF; a stray quote or an unterminated field is
/// an error, so a file that a lenient reader would half-read fails the test instead.
enum CSVReader {
    struct Malformed: Error, CustomStringConvertible {
        var description: String
    }

    static func records(_ text: String) throws -> [[String]] {
        var records: [[String]] = []
        var record: [String] = []
        var field = ""
        var quoted = false
        var afterQuote = false
        var scalars = Array(text.unicodeScalars)[...]
        if scalars.first == "\u{FEFF}" { scalars = scalars.dropFirst() }
        var index = scalars.startIndex
        while index < scalars.endIndex {
            let scalar = scalars[index]
            index += 1
            if quoted {
                if scalar == "\"" {
                    if index < scalars.endIndex, scalars[index] == "\"" {
                        field.unicodeScalars.append("\"")
                        index += 1
                    } else {
                        quoted = false
                        afterQuote = true
                    }
                } else {
                    field.unicodeScalars.append(scalar)
                }
                continue
            }
            switch scalar {
            case "\"":
                guard field.isEmpty, !afterQuote else { throw Malformed(description: "stray quote in \(field)") }
                quoted = true
            case ",":
                record.append(field)
                field = ""
                afterQuote = false
            case "\r":
                guard index < scalars.endIndex, scalars[index] == "\n" else { throw Malformed(description: "lone CR") }
                index += 1
                record.append(field)
                records.append(record)
                record = []
                field = ""
                afterQuote = false
            default:
                guard !afterQuote else { throw Malformed(description: "text after a closing quote") }
                field.unicodeScalars.append(scalar)
            }
        }
        guard !quoted else { throw Malformed(description: "unterminated quoted field") }
        guard record.isEmpty && field.isEmpty else { throw Malformed(description: "last record lacks CRLF") }
        return records
    }
}
