import Crypto
import MarketAPI
import SellerCore

/// Hands a license back for an asynchronous `getLicenseAsync` through the open API's market-event upload
/// (docs/KOOGALLERY.md §3.5, §5.3). One attempt: the outbox paces retries, and the marketplace keys the upload on
/// the event and the content's SHA-256, so a repeat after a lost answer changes nothing.
extension MarketClient {
    /// What is uploaded: the license text, or a file's name and bytes.
    public enum LicenseContent: Sendable {
        case text(String)
        case file(name: String, bytes: [UInt8])
    }

    /// Uploads `content` for `eventId`. A 200 whose `error_code` is not `MKT.0000` is a refusal with that code.
    public func uploadLicense(eventId: String, content: LicenseContent) async throws(ClientError) {
        let boundary: String
        do {
            boundary = "seller-console-" + (try SecureRandom.alphanumericString(24))
        } catch {
            throw .transport("no random boundary for the upload: \(error)")
        }
        let form = LicenseUploadForm(boundary: boundary, eventId: eventId)
        let body: [UInt8]
        switch content {
        case .text(let text):
            body = form.body(request: LicenseUploadForm.characters(text), file: nil)
        case .file(let name, let bytes):
            body = form.body(request: LicenseUploadForm.file(name: name, sha256: SHA256.hexDigest(bytes)),
                             file: (name, bytes))
        }
        let exchange = try await send(method: "POST", path: LicenseUploadForm.path(eventId: eventId), body: body,
                                      contentType: form.contentType, responseLimit: configuration.limits.small)
        if let error = ClientError(exchange: exchange) { throw error }
        if let answer = APIErrorBody.decode(exchange.body), answer.code != ResultCodes.success {
            throw .rejected(status: exchange.status, code: answer.code, message: String(answer.message.prefix(300)))
        }
    }
}
