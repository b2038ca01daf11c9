import SellerCore

/// Position in a list ordered by `(updated_at, id)`: the last record a client has seen. The gateway's
/// `page_token` is this cursor's text, so a client that stores it can resume exactly where it stopped.
public struct PageCursor: Equatable, Hashable, Sendable, Comparable {
    public var updatedAt: Timestamp
    public var id: String

    public init(updatedAt: Timestamp, id: String) {
        self.updatedAt = updatedAt
        self.id = id
    }

    public static func < (lhs: PageCursor, rhs: PageCursor) -> Bool {
        lhs.updatedAt != rhs.updatedAt ? lhs.updatedAt < rhs.updatedAt : lhs.id.utf8.lexicographicallyPrecedes(rhs.id.utf8)
    }

    /// `<millis>~<id>`.
    public var token: String { "\(updatedAt.millis)~\(id)" }

    public init?(token: String) {
        guard let separator = token.firstIndex(of: "~"),
              let millis = Int64(token[token.startIndex..<separator]) else { return nil }
        self.updatedAt = Timestamp(millis: millis)
        self.id = String(token[token.index(after: separator)...])
    }
}
