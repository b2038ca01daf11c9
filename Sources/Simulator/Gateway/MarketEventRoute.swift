import HTTPServer
import MarketAPI
import SellerCore
import Signing

/// The open API `POST …/market-event/{event_id}/file` (docs/KOOGALLERY.md §5.3): a seller hands back the license
/// of an asynchronous `getLicenseAsync`. Checks the multipart form, the `isvUpdateFileReq` JSON and the file's
/// SHA-256, records the license once per event, and answers `error_code` / `error_msg`.
struct MarketEventRoute {
    let deliveries: LicenseDeliveries

    /// The largest body the route reads (a license file and the form around it).
    static let maximumBodyBytes = 8 << 20
    static let maximumCharacters = 1024

    func handle(eventId: String, _ request: HTTPRequest) -> HTTPResponse {
        guard request.head.method == "POST" else { return Self.error(405, "MKT.0199", "method not allowed: use POST") }
        guard !eventId.isEmpty, eventId.utf8.count <= 128,
              !eventId.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) else {
            return Self.error(400, ResultCodes.invalidParameter, "event_id must be 1–128 printable characters")
        }
        guard let boundary = MultipartForm.boundary(contentType: request.head.headers["Content-Type"] ?? "") else {
            return Self.error(400, ResultCodes.requestParameterError, "Content-Type must be multipart/form-data with a boundary")
        }
        guard let body = try? request.body.readAll() else {
            return Self.error(400, ResultCodes.requestParameterError, "unreadable body")
        }
        let parts: [MultipartPart]
        do throws(MultipartError) {
            parts = try MultipartForm().parse(body, boundary: boundary)
        } catch {
            return Self.error(400, ResultCodes.requestParameterError, "malformed multipart body: \(error)")
        }
        switch Self.delivery(eventId: eventId, parts: parts) {
        case .failure(let refusal): return Self.error(400, refusal.code, refusal.message)
        case .success(let delivery):
            switch deliveries.record(delivery) {
            case .recorded, .repeated: return .json(bytes: APIErrorBody(code: ResultCodes.success, message: "success").encoded())
            case .conflict(let existing):
                return Self.error(400, ResultCodes.invalidParameter,
                                  "event \(eventId.prefix(64)) already has a license (sha256 \(existing)); "
                                  + "a different one is refused")
            }
        }
    }

    struct Refusal: Error {
        var code: String
        var message: String
        init(_ code: String, _ message: String) {
            self.code = code
            self.message = message
        }

        init(_ message: String) { self.init(ResultCodes.invalidParameter, message) }
    }

    /// The license the form describes, checked against §5.3.
    static func delivery(eventId: String, parts: [MultipartPart]) -> Result<LicenseDelivery, Refusal> {
        guard let requestPart = parts.first(where: { $0.name == "isvUpdateFileReq" }) else {
            return .failure(Refusal(ResultCodes.requestParameterError, "the part isvUpdateFileReq is missing"))
        }
        guard let document = try? JSONParser.parse(Array(requestPart.bytes)), case .object = document else {
            return .failure(Refusal("isvUpdateFileReq is not a JSON object"))
        }
        switch document["type"]?.stringValue {
        case "CHARACTERS":
            guard let text = document["characters"]?.stringValue, !text.isEmpty else {
                return .failure(Refusal("characters is required for type CHARACTERS"))
            }
            guard text.count <= maximumCharacters else {
                return .failure(Refusal("characters is longer than \(maximumCharacters) characters"))
            }
            let bytes = Array(text.utf8)
            return .success(LicenseDelivery(eventId: eventId, type: "CHARACTERS", sha256: FileDigest.sha256Hex(bytes),
                                            fileName: nil, byteCount: bytes.count))
        case "FILE":
            guard let name = document["file_name"]?.stringValue, !name.isEmpty, name.utf8.count <= 255 else {
                return .failure(Refusal("file_name is required for type FILE (at most 255 bytes)"))
            }
            guard let declared = document["sha256"]?.stringValue?.lowercased(), declared.utf8.count == 64,
                  declared.utf8.allSatisfy({ (0x30...0x39).contains($0) || (0x61...0x66).contains($0) }) else {
                return .failure(Refusal("sha256 must be 64 hexadecimal digits for type FILE"))
            }
            guard let file = parts.first(where: { $0.name == "file" }) else {
                return .failure(Refusal(ResultCodes.requestParameterError, "the part file is missing for type FILE"))
            }
            let actual = FileDigest.sha256Hex(Array(file.bytes))
            guard actual == declared else {
                return .failure(Refusal("sha256 mismatch: the file's SHA-256 is \(actual), isvUpdateFileReq.sha256 "
                                        + "says \(declared)"))
            }
            return .success(LicenseDelivery(eventId: eventId, type: "FILE", sha256: actual, fileName: name,
                                            byteCount: file.bytes.count))
        default:
            return .failure(Refusal("type must be CHARACTERS or FILE"))
        }
    }

    static func error(_ status: Int, _ code: String, _ message: String) -> HTTPResponse {
        .json(bytes: APIErrorBody(code: code, message: message).encoded(), status: status)
    }
}
