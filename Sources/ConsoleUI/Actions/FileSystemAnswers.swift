/// One entry of a directory as the runtime listed it for the deliver file picker.
public struct DirectoryEntry: Hashable, Sendable {
    public var name: String
    public var isDirectory: Bool
    /// Bytes, for files whose size could be read.
    public var size: Int64?

    public init(name: String, isDirectory: Bool, size: Int64? = nil) {
        self.name = name
        self.isDirectory = isDirectory
        self.size = size
    }
}

/// A directory the runtime listed, or why it could not. `path` is exactly the path asked for, so the picker
/// can drop an answer for a directory it has left meanwhile.
public struct DirectoryListing: Hashable, Sendable {
    public var path: String
    public var entries: [DirectoryEntry]
    public var error: String?

    public init(path: String, entries: [DirectoryEntry], error: String? = nil) {
        self.path = path
        self.entries = entries
        self.error = error
    }
}

/// What measuring a chosen file found: its size and SHA-256 (lower-case hex), or why it cannot be delivered
/// (a directory, unreadable, gone).
public enum FileMeasurement: Hashable, Sendable {
    case measured(size: Int64, sha256: String)
    case refused(FileRefusal)
}

/// One action the store would not queue, with its reason (the state machine, another action in flight).
public struct ActionRefusal: Hashable, Sendable {
    public var targetId: String
    public var reason: String

    public init(targetId: String, reason: String) {
        self.targetId = targetId
        self.reason = reason
    }
}

/// What the seller asked of one outbox item.
public enum OutboxOperation: Hashable, Sendable {
    case retry
    case discard
}
