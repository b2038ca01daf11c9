/// Why one record of a response could not be turned into a domain value, with the path of the bad field
/// (`items[12].orderLine[0].chargingMode`), so a sync can report it and keep the rest of the page.
public struct JSONFieldError: Error, Equatable, Sendable, CustomStringConvertible {
    public var path: String
    public var reason: String

    public init(path: String, reason: String) {
        self.path = path
        self.reason = reason
    }

    public var description: String { "\(path): \(reason)" }
}

/// Typed, path-tracking access to the members of one JSON object.
public struct JSONFields: Sendable {
    public let members: [JSONMember]
    public let path: String

    public init(_ value: JSONValue, path: String) throws(JSONFieldError) {
        guard case .object(let members) = value else {
            throw JSONFieldError(path: path, reason: "expected an object, found \(value.kindName)")
        }
        self.members = members
        self.path = path
    }

    public func value(_ key: String) -> JSONValue? {
        for member in members where member.key == key { return member.value }
        return nil
    }

    func fieldPath(_ key: String) -> String { path.isEmpty ? key : "\(path).\(key)" }

    func missing(_ key: String) -> JSONFieldError { JSONFieldError(path: fieldPath(key), reason: "missing") }

    func wrongType(_ key: String, expected: String, found: JSONValue) -> JSONFieldError {
        JSONFieldError(path: fieldPath(key), reason: "expected \(expected), found \(found.kindName)")
    }

    public func string(_ key: String) throws(JSONFieldError) -> String {
        guard let found = value(key), found != .null else { throw missing(key) }
        guard case .string(let text) = found else { throw wrongType(key, expected: "a string", found: found) }
        return text
    }

    public func optionalString(_ key: String) throws(JSONFieldError) -> String? {
        guard let found = value(key), found != .null else { return nil }
        guard case .string(let text) = found else { throw wrongType(key, expected: "a string", found: found) }
        return text
    }

    public func int(_ key: String) throws(JSONFieldError) -> Int {
        guard let found = try optionalInt(key) else { throw missing(key) }
        return found
    }

    public func optionalInt(_ key: String) throws(JSONFieldError) -> Int? {
        guard let found = value(key), found != .null else { return nil }
        guard case .number(let literal) = found else { throw wrongType(key, expected: "an integer", found: found) }
        guard let number = Int(literal) else {
            throw JSONFieldError(path: fieldPath(key), reason: "expected an integer, found \(literal.prefix(32))")
        }
        return number
    }

    public func bool(_ key: String) throws(JSONFieldError) -> Bool {
        guard let found = value(key), found != .null else { throw missing(key) }
        guard case .bool(let flag) = found else { throw wrongType(key, expected: "a boolean", found: found) }
        return flag
    }

    public func optionalBool(_ key: String) throws(JSONFieldError) -> Bool? {
        guard let found = value(key), found != .null else { return nil }
        guard case .bool(let flag) = found else { throw wrongType(key, expected: "a boolean", found: found) }
        return flag
    }

    /// A string member that must be one of an enum's wire values.
    public func enumValue<E: RawRepresentable>(_ key: String, as type: E.Type) throws(JSONFieldError) -> E
    where E.RawValue == String {
        let raw = try string(key)
        guard let parsed = E(rawValue: raw) else {
            throw JSONFieldError(path: fieldPath(key), reason: "unknown value \(raw.prefix(40).debugDescription)")
        }
        return parsed
    }

    public func optionalEnumValue<E: RawRepresentable>(_ key: String, as type: E.Type) throws(JSONFieldError) -> E?
    where E.RawValue == String {
        guard let raw = try optionalString(key) else { return nil }
        guard let parsed = E(rawValue: raw) else {
            throw JSONFieldError(path: fieldPath(key), reason: "unknown value \(raw.prefix(40).debugDescription)")
        }
        return parsed
    }

    /// A timestamp in one of KooGallery's digit formats (`yyyyMMddHHmmss` or `yyyyMMddHHmmssSSS`, UTC).
    public func timestamp(_ key: String) throws(JSONFieldError) -> Timestamp {
        guard let found = try optionalTimestamp(key) else { throw missing(key) }
        return found
    }

    public func optionalTimestamp(_ key: String) throws(JSONFieldError) -> Timestamp? {
        guard let raw = try optionalString(key), !raw.isEmpty else { return nil }
        guard let parsed = Timestamp(koogallery: raw) else {
            throw JSONFieldError(path: fieldPath(key), reason: "not a yyyyMMddHHmmss[SSS] time: \(raw.prefix(40).debugDescription)")
        }
        return parsed
    }

    public func object(_ key: String) throws(JSONFieldError) -> JSONFields {
        guard let found = value(key), found != .null else { throw missing(key) }
        return try JSONFields(found, path: fieldPath(key))
    }

    public func optionalObject(_ key: String) throws(JSONFieldError) -> JSONFields? {
        guard let found = value(key), found != .null else { return nil }
        return try JSONFields(found, path: fieldPath(key))
    }

    /// Each element of an array member as an object; a missing or null array is empty.
    public func objects(_ key: String) throws(JSONFieldError) -> [JSONFields] {
        guard let found = value(key), found != .null else { return [] }
        guard case .array(let elements) = found else { throw wrongType(key, expected: "an array", found: found) }
        var result: [JSONFields] = []
        result.reserveCapacity(elements.count)
        for (position, element) in elements.enumerated() {
            result.append(try JSONFields(element, path: "\(fieldPath(key))[\(position)]"))
        }
        return result
    }
}

extension JSONValue {
    /// The JSON type's name, for error messages.
    public var kindName: String {
        switch self {
        case .null: "null"
        case .bool: "a boolean"
        case .number: "a number"
        case .string: "a string"
        case .array: "an array"
        case .object: "an object"
        }
    }

    public subscript(key: String) -> JSONValue? {
        guard case .object(let members) = self else { return nil }
        for member in members where member.key == key { return member.value }
        return nil
    }

    public var stringValue: String? {
        if case .string(let text) = self { return text }
        return nil
    }
}
