import Foundation

/// A request body: small ones in memory, large ones spooled to a file so a 1 GB deliverable upload never sits
/// in RAM. A spooled file belongs to the server and is deleted when the handler returns; a handler that wants
/// to keep it moves it elsewhere first.
public enum HTTPRequestBody: Sendable, Equatable {
    case bytes([UInt8])
    case file(URL, byteCount: Int)

    public static let empty = HTTPRequestBody.bytes([])

    public var byteCount: Int {
        switch self {
        case let .bytes(bytes): return bytes.count
        case let .file(_, count): return count
        }
    }

    public var isEmpty: Bool { byteCount == 0 }

    /// The bytes when the body is in memory; nil when it was spooled.
    public var inMemoryBytes: [UInt8]? {
        if case let .bytes(bytes) = self { return bytes }
        return nil
    }

    /// The spool file when the body was too large for memory; nil otherwise.
    public var fileURL: URL? {
        if case let .file(url, _) = self { return url }
        return nil
    }

    /// Every byte, reading the spool file if there is one. Only for routes whose body limit makes that safe.
    public func readAll() throws -> [UInt8] {
        switch self {
        case let .bytes(bytes): return bytes
        case let .file(url, _): return [UInt8](try Data(contentsOf: url))
        }
    }
}
