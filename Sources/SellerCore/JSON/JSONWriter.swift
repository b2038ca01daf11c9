/// Writes compact JSON into a byte buffer. The simulator serialises whole pages of records with it and the
/// client serialises request bodies, so it appends bytes directly instead of building intermediate strings.
public struct JSONWriter: Sendable {
    public private(set) var bytes: [UInt8] = []

    public init(reservingCapacity capacity: Int = 0) {
        bytes.reserveCapacity(capacity)
    }

    public var text: String { String(decoding: bytes, as: UTF8.self) }

    /// Appends bytes exactly as given. The simulator's hostile mode uses this to put invalid UTF-8 on the wire.
    public mutating func appendRaw(_ raw: [UInt8]) { bytes.append(contentsOf: raw) }

    public mutating func appendRaw(_ raw: StaticString) {
        raw.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    public mutating func append(_ value: JSONValue) {
        switch value {
        case .null: appendRaw("null")
        case .bool(let flag): appendRaw(flag ? "true" : "false")
        case .number(let literal): bytes.append(contentsOf: literal.utf8)
        case .string(let text): appendString(text)
        case .array(let elements):
            bytes.append(UInt8(ascii: "["))
            for (position, element) in elements.enumerated() {
                if position > 0 { bytes.append(UInt8(ascii: ",")) }
                append(element)
            }
            bytes.append(UInt8(ascii: "]"))
        case .object(let members):
            bytes.append(UInt8(ascii: "{"))
            for (position, member) in members.enumerated() {
                if position > 0 { bytes.append(UInt8(ascii: ",")) }
                appendString(member.key)
                bytes.append(UInt8(ascii: ":"))
                append(member.value)
            }
            bytes.append(UInt8(ascii: "}"))
        }
    }

    /// Appends a quoted, escaped string: `"` and `\` are escaped, C0 controls become `\n`-style or `\u00XX`
    /// escapes, and DEL, C1 controls (U+0080–U+009F), the line separators U+2028/U+2029 and the bidi
    /// overrides and isolates (U+202A–U+202E, U+2066–U+2069) become `\uXXXX`: JSON output is pure printable
    /// text that no terminal acts on, and still decodes to exactly the original string.
    public mutating func appendString(_ text: String) {
        bytes.append(UInt8(ascii: "\""))
        var text = text
        text.withUTF8 { utf8 in
            var runStart = 0
            var position = 0
            while position < utf8.count {
                let byte = utf8[position]
                guard byte < 0x20 || byte == 0x22 || byte == 0x5C || byte == 0x7F || byte == 0xC2 || byte == 0xE2 else {
                    position += 1
                    continue
                }
                let (escaped, length) = Self.escapedScalar(utf8, at: position)
                if escaped == nil && byte >= 0x20 && byte != 0x22 && byte != 0x5C {
                    position += 1
                    continue
                }
                if runStart < position { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<position])) }
                if let escaped { appendUnicodeEscape(escaped) } else { appendEscape(byte) }
                position += length
                runStart = position
            }
            if runStart < utf8.count { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<utf8.count])) }
        }
        bytes.append(UInt8(ascii: "\""))
    }

    /// The scalar at `position` when it is one a terminal would act on beyond C0 (DEL, C1, line separators,
    /// bidi controls), with its UTF-8 length; `(nil, 1)` otherwise. Only the bytes 0x7F, 0xC2 and 0xE2 can
    /// start one, so the caller asks only for those.
    private static func escapedScalar(_ utf8: UnsafeBufferPointer<UInt8>, at position: Int) -> (UInt32?, Int) {
        let byte = utf8[position]
        if byte == 0x7F { return (0x7F, 1) }
        if byte == 0xC2, position + 1 < utf8.count, (0x80...0x9F).contains(utf8[position + 1]) {
            return (UInt32(utf8[position + 1]), 2)
        }
        if byte == 0xE2, position + 2 < utf8.count, utf8[position + 1] == 0x80 || utf8[position + 1] == 0x81 {
            let scalar = 0x2000 | UInt32(utf8[position + 1] & 0x3F) << 6 | UInt32(utf8[position + 2] & 0x3F)
            if (0x2028...0x202E).contains(scalar) || (0x2066...0x2069).contains(scalar) { return (scalar, 3) }
        }
        return (nil, 1)
    }

    private mutating func appendUnicodeEscape(_ scalar: UInt32) {
        let digits: [UInt8] = Array("0123456789abcdef".utf8)
        bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "u")])
        for shift in stride(from: 12, through: 0, by: -4) { bytes.append(digits[Int((scalar >> UInt32(shift)) & 0xF)]) }
    }

    private mutating func appendEscape(_ byte: UInt8) {
        bytes.append(UInt8(ascii: "\\"))
        switch byte {
        case 0x22: bytes.append(0x22)
        case 0x5C: bytes.append(0x5C)
        case 0x0A: bytes.append(UInt8(ascii: "n"))
        case 0x0D: bytes.append(UInt8(ascii: "r"))
        case 0x09: bytes.append(UInt8(ascii: "t"))
        case 0x08: bytes.append(UInt8(ascii: "b"))
        case 0x0C: bytes.append(UInt8(ascii: "f"))
        default:
            let digits: [UInt8] = Array("0123456789abcdef".utf8)
            bytes.append(contentsOf: [UInt8(ascii: "u"), 0x30, 0x30, digits[Int(byte >> 4)], digits[Int(byte & 0x0F)]])
        }
    }

    // MARK: - Streaming objects, for hand-written encoders that avoid building JSONValue trees

    public mutating func beginObject() { bytes.append(UInt8(ascii: "{")) }
    public mutating func endObject() { bytes.append(UInt8(ascii: "}")) }
    public mutating func beginArray() { bytes.append(UInt8(ascii: "[")) }
    public mutating func endArray() { bytes.append(UInt8(ascii: "]")) }
    public mutating func comma() { bytes.append(UInt8(ascii: ",")) }

    /// Writes `"key":` — the caller writes the value next.
    public mutating func key(_ name: String) {
        appendString(name)
        bytes.append(UInt8(ascii: ":"))
    }

    public mutating func appendInt(_ value: Int) { bytes.append(contentsOf: String(value).utf8) }
}

extension JSONValue {
    /// Compact JSON text of this value.
    public var compactText: String {
        var writer = JSONWriter()
        writer.append(self)
        return writer.text
    }
}
