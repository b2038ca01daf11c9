import HTTPServer
import MarketAPI
import Signing

/// The parts of an upload `PUT` that describe the chunk: `?offset=N` and the three headers describing the whole
/// file. Anything missing or malformed is a 400 naming it.
struct UploadRequest: Sendable {
    var offset: Int64
    var description: UploadDescription

    init(_ request: HTTPRequest) throws(ActionRefusal) {
        guard let text = request.query("offset") else { throw .badRequest("offset: missing") }
        guard let offset = Int64(text), offset >= 0 else { throw .badRequest("offset: not a byte offset: \(text.prefix(40))") }
        self.offset = offset
        let headers = request.head.headers
        guard let rawName = headers[ActionRoute.fileNameHeader] else {
            throw .badRequest("\(ActionRoute.fileNameHeader): missing")
        }
        let name = RFC3986.decode(rawName)
        guard !name.trimmingWhitespace.isEmpty else {
            throw .badRequest("\(ActionRoute.fileNameHeader): not a percent-encoded file name")
        }
        guard let sizeText = headers[ActionRoute.fileSizeHeader] else {
            throw .badRequest("\(ActionRoute.fileSizeHeader): missing")
        }
        guard let size = Int64(sizeText), size >= 0 else {
            throw .badRequest("\(ActionRoute.fileSizeHeader): not a size: \(sizeText.prefix(40))")
        }
        guard let digest = headers[ActionRoute.fileSHA256Header] else {
            throw .badRequest("\(ActionRoute.fileSHA256Header): missing")
        }
        let sha256 = digest.lowercased()
        guard sha256.utf8.count == 64, sha256.utf8.allSatisfy({ (0x30...0x39).contains($0) || (0x61...0x66).contains($0) }) else {
            throw .badRequest("\(ActionRoute.fileSHA256Header): not 64 hex digits")
        }
        description = UploadDescription(fileName: name, size: size, sha256: sha256)
    }
}
