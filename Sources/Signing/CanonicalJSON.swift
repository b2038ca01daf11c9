import SellerCore

/// The body form the marketplace's V2 and kit signatures are computed over: the JSON body parsed into a Java
/// `TreeMap` and written back by Jackson (docs/KOOGALLERY.md §4.5). Reproducing it byte for byte is what lets a
/// non-Java verifier accept a body whose keys arrived in another order.
///
/// Rules: only an object qualifies; top-level members whose value is null are dropped; for repeated keys the
/// last value wins (a map keeps one entry; nested objects keep the first position, like `LinkedHashMap`);
/// top-level keys are sorted by UTF-16 code units (Java `String.compareTo`); nested objects keep their order;
/// output is compact; strings are escaped as Jackson does; numbers are written as Java would print the value
/// Jackson parsed (`JavaNumberFormat`).
public enum CanonicalJSON {
    /// The canonical bytes of a parsed body, or nil when the body is not a JSON object.
    public static func encode(_ value: JSONValue) -> [UInt8]? {
        guard case .object(let members) = value else { return nil }
        let kept = collapse(members).filter { $0.value != .null }
        let sorted = kept.sorted { $0.key.utf16.lexicographicallyPrecedes($1.key.utf16) }
        var writer = JacksonWriter()
        writer.appendObject(sorted)
        return writer.bytes
    }

    /// Parses `body` and returns its canonical bytes, or nil when it is not a JSON object.
    public static func encode(body: [UInt8]) -> [UInt8]? {
        guard let value = try? JSONParser.parse(body) else { return nil }
        return encode(value)
    }

    /// One member per key: the first position, the last value (Java map `put` semantics).
    static func collapse(_ members: [JSONMember]) -> [JSONMember] {
        var positions: [String: Int] = [:]
        var result: [JSONMember] = []
        result.reserveCapacity(members.count)
        for member in members {
            if let position = positions[member.key] {
                result[position].value = member.value
            } else {
                positions[member.key] = result.count
                result.append(member)
            }
        }
        return result
    }
}

/// Compact JSON as Jackson's default `ObjectMapper` writes a `Map<String, Object>`.
struct JacksonWriter {
    private(set) var bytes: [UInt8] = []
    private static let hexDigits: [UInt8] = Array("0123456789ABCDEF".utf8)

    mutating func append(_ value: JSONValue) {
        switch value {
        case .null: bytes.append(contentsOf: "null".utf8)
        case .bool(let flag): bytes.append(contentsOf: (flag ? "true" : "false").utf8)
        case .number(let literal): bytes.append(contentsOf: JavaNumberFormat.jacksonText(literal).utf8)
        case .string(let text): appendString(text)
        case .array(let elements):
            bytes.append(UInt8(ascii: "["))
            for (position, element) in elements.enumerated() {
                if position > 0 { bytes.append(UInt8(ascii: ",")) }
                append(element)
            }
            bytes.append(UInt8(ascii: "]"))
        case .object(let members): appendObject(CanonicalJSON.collapse(members))
        }
    }

    mutating func appendObject(_ members: [JSONMember]) {
        bytes.append(UInt8(ascii: "{"))
        for (position, member) in members.enumerated() {
            if position > 0 { bytes.append(UInt8(ascii: ",")) }
            appendString(member.key)
            bytes.append(UInt8(ascii: ":"))
            append(member.value)
        }
        bytes.append(UInt8(ascii: "}"))
    }

    /// Jackson escapes `"`, `\` and control characters below 0x20 (short forms where JSON has them, otherwise
    /// `\u00XX` with uppercase hex); `/`, DEL and all non-ASCII are written as UTF-8.
    mutating func appendString(_ text: String) {
        bytes.append(UInt8(ascii: "\""))
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\""): bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\"")])
            case UInt8(ascii: "\\"): bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\\")])
            case 0x0A: bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "n")])
            case 0x0D: bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "r")])
            case 0x09: bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "t")])
            case 0x08: bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "b")])
            case 0x0C: bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "f")])
            case 0..<0x20:
                bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0"),
                                          Self.hexDigits[Int(byte >> 4)], Self.hexDigits[Int(byte & 0x0F)]])
            default: bytes.append(byte)
            }
        }
        bytes.append(UInt8(ascii: "\""))
    }
}
