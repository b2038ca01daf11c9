/// One part of a `multipart/form-data` body.
struct MultipartPart: Equatable {
    var name: String
    var filename: String?
    var contentType: String?
    var bytes: ArraySlice<UInt8>
}

/// Why a multipart body cannot be read; the words go back to the client in `error_msg`.
struct MultipartError: Error, Equatable, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

/// A bounded reader of `multipart/form-data` (RFC 7578) for the market-event upload: at most `maxParts` parts,
/// each part's headers at most `maxHeaderBytes`, linear in the body's size. Hostile input gets an error, never a
/// crash or an unbounded loop (at most one boundary comparison per body byte, so ≤ 72 × the body's size in all);
/// part contents are slices of the body, never copied.
struct MultipartForm {
    var maxParts = 8
    var maxHeaderBytes = 4096

    /// The boundary of a `multipart/form-data; boundary=…` content type (quoted or not, 1–70 characters).
    static func boundary(contentType: String) -> String? {
        let pieces = contentType.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
        guard pieces.first?.lowercased() == "multipart/form-data" else { return nil }
        for piece in pieces.dropFirst() {
            let pair = piece.split(separator: "=", maxSplits: 1).map(String.init)
            guard pair.count == 2, pair[0].trimmingCharacters(in: .whitespaces).lowercased() == "boundary" else {
                continue
            }
            var value = pair[1].trimmingCharacters(in: .whitespaces)
            if value.count >= 2, value.hasPrefix("\""), value.hasSuffix("\"") { value = String(value.dropFirst().dropLast()) }
            guard (1...70).contains(value.utf8.count), value.utf8.allSatisfy({ $0 > 0x20 && $0 < 0x7F }) else {
                return nil
            }
            return value
        }
        return nil
    }

    func parse(_ body: [UInt8], boundary: String) throws(MultipartError) -> [MultipartPart] {
        let delimiter = Array(("--" + boundary).utf8)
        let separator = [13, 10] + delimiter
        // The first delimiter opens the body, or follows a preamble that ends with CRLF.
        var position: Int
        if Self.starts(body, at: 0, with: delimiter) {
            position = delimiter.count
        } else if let found = Self.find(separator, in: body, from: 0) {
            position = found + separator.count
        } else {
            throw MultipartError("no multipart boundary in the body")
        }
        var parts: [MultipartPart] = []
        while true {
            if Self.starts(body, at: position, with: [45, 45]) { return parts }
            guard Self.starts(body, at: position, with: [13, 10]) else {
                throw MultipartError("a boundary is not followed by a line break")
            }
            position += 2
            guard parts.count < maxParts else { throw MultipartError("more than \(maxParts) parts") }
            let headerLimit = min(body.count, position + maxHeaderBytes)
            guard let headerEnd = Self.find([13, 10, 13, 10], in: body, from: position, before: headerLimit + 4) else {
                throw MultipartError("a part's headers do not end within \(maxHeaderBytes) bytes")
            }
            var part = try Self.headers(body[position..<headerEnd])
            let contentStart = headerEnd + 4
            guard let contentEnd = Self.find(separator, in: body, from: contentStart) else {
                throw MultipartError("the body ends before the closing boundary")
            }
            part.bytes = body[contentStart..<contentEnd]
            parts.append(part)
            position = contentEnd + separator.count
        }
    }

    /// Reads a part's header lines; `Content-Disposition: form-data; name="…"` is required.
    private static func headers(_ bytes: ArraySlice<UInt8>) throws(MultipartError) -> MultipartPart {
        var name: String?
        var filename: String?
        var contentType: String?
        let text = String(decoding: bytes, as: UTF8.self)
        for line in text.split(separator: "\r\n", omittingEmptySubsequences: true) {
            let pair = line.split(separator: ":", maxSplits: 1).map(String.init)
            guard pair.count == 2 else { throw MultipartError("a part header has no colon") }
            let value = pair[1].trimmingCharacters(in: .whitespaces)
            switch pair[0].trimmingCharacters(in: .whitespaces).lowercased() {
            case "content-disposition":
                let parameters = dispositionParameters(value)
                guard parameters.kind == "form-data" else { throw MultipartError("a part is not form-data") }
                name = parameters.values["name"]
                filename = parameters.values["filename"]
            case "content-type": contentType = value
            default: continue
            }
        }
        guard let name, !name.isEmpty else { throw MultipartError("a part has no name") }
        return MultipartPart(name: name, filename: filename, contentType: contentType, bytes: [])
    }

    /// `form-data; name="a"; filename="b"` → ("form-data", ["name": "a", "filename": "b"]); quoted values may
    /// hold `;`, and a backslash escapes the next character.
    static func dispositionParameters(_ value: String) -> (kind: String, values: [String: String]) {
        var fields: [String] = []
        var current = ""
        var quoted = false
        var escaped = false
        for character in value {
            if escaped { current.append(character); escaped = false; continue }
            switch character {
            case "\\" where quoted: escaped = true
            case "\"": quoted.toggle()
            case ";" where !quoted: fields.append(current); current = ""
            default: current.append(character)
            }
        }
        fields.append(current)
        var values: [String: String] = [:]
        for field in fields.dropFirst() {
            let pair = field.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard pair.count == 2, values[pair[0].lowercased()] == nil else { continue }
            values[pair[0].lowercased()] = pair[1]
        }
        return (fields.first?.trimmingCharacters(in: .whitespaces).lowercased() ?? "", values)
    }

    static func starts(_ body: [UInt8], at position: Int, with prefix: [UInt8]) -> Bool {
        guard position >= 0, position + prefix.count <= body.count else { return false }
        return body[position..<(position + prefix.count)].elementsEqual(prefix)
    }

    /// The first position at or after `from` where `needle` starts and ends before `before`; each candidate
    /// position is compared once, so the cost is at most the needle's length (≤ 74 bytes) per byte scanned.
    static func find(_ needle: [UInt8], in body: [UInt8], from: Int, before: Int = .max) -> Int? {
        let end = min(body.count, before) - needle.count
        guard let first = needle.first, from <= end else { return nil }
        var index = max(0, from)
        while index <= end {
            if body[index] == first, starts(body, at: index, with: needle) { return index }
            index += 1
        }
        return nil
    }
}
