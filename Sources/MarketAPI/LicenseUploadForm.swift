import SellerCore
import Signing

/// The multipart body of the open API's license hand-back `POST …/market-event/{event_id}/file`
/// (docs/KOOGALLERY.md §3.5, §5.3): an `isvUpdateFileReq` JSON part (`type` CHARACTERS with `characters`, or FILE with
/// `file_name` and `sha256`) and, for a file, a `file` part with its bytes. Built here for the client; the simulator
/// parses the same shape.
public struct LicenseUploadForm: Sendable {
    /// A boundary that cannot occur in the parts: chosen by the caller (random per request).
    public var boundary: String
    public var eventId: String

    public init(boundary: String, eventId: String) {
        self.boundary = boundary
        self.eventId = eventId
    }

    /// The request path for `eventId`.
    public static func path(eventId: String) -> String {
        GatewayPaths.openAPIBase + "market-event/\(RFC3986.encode(eventId))/file"
    }

    public var contentType: String { "multipart/form-data; boundary=\(boundary)" }

    /// The `isvUpdateFileReq` JSON for a text license.
    public static func characters(_ text: String) -> [UInt8] {
        var writer = JSONWriter()
        writer.beginObject()
        writer.field("type", "CHARACTERS", first: true)
        writer.field("characters", text)
        writer.endObject()
        return writer.bytes
    }

    /// The `isvUpdateFileReq` JSON for a file license.
    public static func file(name: String, sha256: String) -> [UInt8] {
        var writer = JSONWriter()
        writer.beginObject()
        writer.field("type", "FILE", first: true)
        writer.field("file_name", name)
        writer.field("sha256", sha256)
        writer.endObject()
        return writer.bytes
    }

    /// The whole body: the request part, then the file part when there is one.
    public func body(request: [UInt8], file: (name: String, bytes: [UInt8])?) -> [UInt8] {
        var out: [UInt8] = []
        func line(_ text: String) { out += Array(text.utf8) + [13, 10] }
        line("--" + boundary)
        line("Content-Disposition: form-data; name=\"isvUpdateFileReq\"")
        line("Content-Type: application/json")
        line("")
        out += request + [13, 10]
        if let file {
            line("--" + boundary)
            line("Content-Disposition: form-data; name=\"file\"; filename=\"\(Self.quotedSafe(file.name))\"")
            line("Content-Type: application/octet-stream")
            line("")
            out += file.bytes + [13, 10]
        }
        line("--" + boundary + "--")
        return out
    }

    /// A file name as a quoted header parameter: quotes, backslashes and line breaks would end it early.
    static func quotedSafe(_ name: String) -> String {
        String(name.unicodeScalars.filter { $0 != "\"" && $0 != "\\" && $0 != "\r" && $0 != "\n" })
    }
}
