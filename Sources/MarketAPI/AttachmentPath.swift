import SellerCore
import Signing

/// Where the gateway serves a requirement attachment or a deliverable, and how a client asks for one piece of it.
/// A download path is `/seller-gateway/v1/supervision-tasks/{taskId}/files/{fileId}` (both segments
/// percent-encoded); the client reads a file in ranges (`Range: bytes=a-b`, answered `206` with `Content-Range:
/// bytes a-b/size`), so no answer is ever larger than one chunk and every chunk is bounded in time.
public enum AttachmentPath {
    /// The largest range a client asks for, and the largest a gateway answers.
    public static let maximumChunkBytes = 8 << 20

    /// The download path of file `fileId` of task `taskId`.
    public static func path(taskId: String, fileId: String) -> String {
        GatewayPaths.gatewayBase + "supervision-tasks/" + RFC3986.encode(taskId) + "/files/" + RFC3986.encode(fileId)
    }

    /// The download path of file `fileId` sent with a reply to ticket `caseId`.
    public static func path(caseId: String, fileId: String) -> String {
        GatewayPaths.gatewayBase + "tickets/" + RFC3986.encode(caseId) + "/files/" + RFC3986.encode(fileId)
    }

    /// The owner (a supervision task or a ticket) and file id of a download path as sent (percent-encoded), or
    /// nil for another path.
    public static func ids(rawPath: String) -> (kind: EntityKind, id: String, fileId: String)? {
        guard validated(rawPath) != nil else { return nil }
        let segments = rawPath.dropFirst(GatewayPaths.gatewayBase.count).split(separator: "/",
                                                                             omittingEmptySubsequences: false)
        guard segments.count == 4, segments[2] == "files", !segments[1].isEmpty, !segments[3].isEmpty else { return nil }
        let kind: EntityKind
        switch segments[0] {
        case "supervision-tasks": kind = .supervision
        case "tickets": kind = .tickets
        default: return nil
        }
        return (kind, RFC3986.decode(String(segments[1])), RFC3986.decode(String(segments[3])))
    }

    /// `path` when a client may ask for it: under the gateway's base on the same host (never a URL, so the
    /// signed request cannot be sent elsewhere), at most 1,024 characters of unreserved ASCII, `/` and `%`
    /// escapes, with no empty, `.` or `..` segment. A record from the network decides this path, so
    /// anything else is refused rather than repaired.
    public static func validated(_ path: String) -> String? {
        guard path.hasPrefix(GatewayPaths.gatewayBase), path.utf8.count <= 1_024 else { return nil }
        let allowed = Set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~/%".utf8)
        guard path.utf8.allSatisfy(allowed.contains) else { return nil }
        let rest = path.dropFirst(GatewayPaths.gatewayBase.count)
        for segment in rest.split(separator: "/", omittingEmptySubsequences: false) {
            if segment.isEmpty || segment == "." || segment == ".." { return nil }
            let decoded = RFC3986.decode(String(segment))
            if decoded == "." || decoded == ".." || decoded.contains("/") || decoded.contains("\\") { return nil }
        }
        return path
    }

    /// The `Range` header asking for `length` bytes from `offset`.
    public static func rangeHeader(offset: Int64, length: Int) -> (String, String) {
        ("Range", "bytes=\(offset)-\(offset + Int64(max(1, length)) - 1)")
    }

    /// The first and last byte a `Range: bytes=a-b` (or `a-`) header asks for; nil when malformed.
    public static func parseRange(_ value: String) -> (first: Int64, last: Int64?)? {
        guard value.hasPrefix("bytes=") else { return nil }
        let parts = value.dropFirst("bytes=".count).split(separator: "-", maxSplits: 1, omittingEmptySubsequences: false)
        guard parts.count == 2, let first = Int64(parts[0]), first >= 0 else { return nil }
        if parts[1].isEmpty { return (first, nil) }
        guard let last = Int64(parts[1]), last >= first else { return nil }
        return (first, last)
    }

    /// `Content-Range: bytes a-b/size` for the bytes served.
    public static func contentRange(first: Int64, count: Int, size: Int64) -> String {
        "bytes \(first)-\(first + Int64(count) - 1)/\(size)"
    }

    /// The first byte and the whole size of a `Content-Range` answer; nil when malformed.
    public static func parseContentRange(_ value: String) -> (first: Int64, size: Int64)? {
        guard value.hasPrefix("bytes ") else { return nil }
        let rest = value.dropFirst("bytes ".count)
        let halves = rest.split(separator: "/", maxSplits: 1)
        guard halves.count == 2, let size = Int64(halves[1]), size >= 0,
              let first = halves[0].split(separator: "-").first.flatMap({ Int64($0) }), first >= 0 else { return nil }
        return (first, size)
    }
}
