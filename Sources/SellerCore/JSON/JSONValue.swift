/// A parsed JSON document. The marketplace's bodies are decoded record by record from this tree, so that one
/// malformed record never costs the rest of its page, and the V2 signature can re-serialise a body exactly.
public enum JSONValue: Sendable, Equatable {
    case null
    case bool(Bool)
    /// The number literal as written, so that no precision is lost and re-serialisation is exact.
    case number(String)
    case string(String)
    case array([JSONValue])
    /// Members in the order they were written; duplicate keys are kept as written.
    case object([JSONMember])
}

/// One `"key": value` pair of a JSON object.
public struct JSONMember: Sendable, Equatable {
    public var key: String
    public var value: JSONValue

    public init(_ key: String, _ value: JSONValue) {
        self.key = key
        self.value = value
    }
}
