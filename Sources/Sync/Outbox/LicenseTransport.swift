import Crypto
import MarketClient
import SellerCore

/// Sends one attempt of a license hand-back (`SellerAction.deliverLicense`) to the open API's market-event upload.
/// A file is read whole (licenses are small; anything over `maximumFileBytes` is refused before sending) and must
/// still have the size and SHA-256 measured when it was chosen, so the marketplace receives exactly that license.
struct LicenseTransport: Sendable {
    let client: MarketClient
    /// The largest license file sent; the upload is one request.
    static let maximumFileBytes: Int64 = 16 << 20

    func attempt(eventId: String, license: LicenseDelivery) async -> AttemptResult {
        let content: MarketClient.LicenseContent
        switch license {
        case .text(let text):
            content = .text(text)
        case .file(let file):
            switch await Self.read(file) {
            case .success(let bytes): content = .file(name: file.fileName, bytes: bytes)
            case .failure(let problem): return problem.refusal
            }
        }
        do throws(ClientError) {
            try await client.uploadLicense(eventId: eventId, content: content)
            return .applied(nil)
        } catch {
            return AttemptResult(error)
        }
    }

    /// The file's bytes, if it is still the file chosen.
    static func read(_ file: LicenseFile) async -> Result<[UInt8], DeliveryFileReader.Problem> {
        guard file.size <= maximumFileBytes else {
            return .failure(.init(.fileUnreadable, "\(file.fileName) is \(file.size) bytes; a license file may be at "
                                  + "most \(maximumFileBytes) bytes"))
        }
        let reader: DeliveryFileReader
        switch await DeliveryFileReader.open(path: file.path, fileName: file.fileName, size: file.size) {
        case .success(let opened): reader = opened
        case .failure(let problem): return .failure(problem)
        }
        switch await reader.read(at: 0, upTo: Int(file.size)) {
        case .success(let bytes):
            guard SHA256.hexDigest(bytes) == file.sha256.lowercased() else {
                return .failure(.init(.fileChanged, "\(file.fileName) changed since it was chosen: its SHA-256 is not "
                                      + "the one recorded"))
            }
            return .success(bytes)
        case .failure(let problem):
            return .failure(problem)
        }
    }
}
