import MarketAPI
import SellerCore

/// One piece of a served file: its bytes, where they start, and the whole file's size as the gateway states it.
public struct AttachmentChunk: Equatable, Sendable {
    public var offset: Int64
    public var bytes: [UInt8]
    public var size: Int64

    public init(offset: Int64, bytes: [UInt8], size: Int64) {
        self.offset = offset
        self.bytes = bytes
        self.size = size
    }
}

/// Downloads of requirement attachments and deliverables (Assets/api/seller-gateway.md, "Attachments"): one
/// signed range request per chunk, so memory holds at most one chunk and every chunk has its own time limits.
extension MarketClient {
    /// `length` bytes (at most `AttachmentPath.maximumChunkBytes`) from `offset` of the file at `path`, retried like a
    /// list page. `path` must pass `AttachmentPath.validated`; an answer that is not the range asked for (another
    /// offset, more bytes than asked, no size) is `.decoding`, so a misbehaving server cannot make the caller
    /// write past what it asked for.
    public func attachmentChunk(path: String, offset: Int64, length: Int) async throws(ClientError) -> AttachmentChunk {
        guard let path = AttachmentPath.validated(path) else {
            throw .decoding(path: "downloadPath", reason: "not a download path of this gateway")
        }
        let length = min(max(1, length), AttachmentPath.maximumChunkBytes)
        return try await withRetries { () throws(ClientError) -> AttachmentChunk in
            let exchange = try await self.send(method: "GET", path: path,
                                               headers: [AttachmentPath.rangeHeader(offset: offset, length: length)],
                                               responseLimit: length)
            if let error = ClientError(exchange: exchange) { throw error }
            return try Self.chunk(of: exchange, offset: offset, length: length)
        }
    }

    /// Reads a `206` (or, for a request from 0, a whole-file `200`) answer.
    static func chunk(of exchange: HTTPExchange, offset: Int64, length: Int) throws(ClientError) -> AttachmentChunk {
        guard exchange.bytesOK(length) else {
            throw .decoding(path: "body", reason: "more bytes than the range asked for")
        }
        if exchange.status == 200 {
            guard offset == 0 else { throw .decoding(path: "Content-Range", reason: "the whole file instead of a range") }
            return AttachmentChunk(offset: 0, bytes: exchange.body, size: Int64(exchange.body.count))
        }
        guard exchange.status == 206, let header = exchange.headers["content-range"],
              let range = AttachmentPath.parseContentRange(header) else {
            throw .decoding(path: "Content-Range", reason: "no usable Content-Range in a \(exchange.status) answer")
        }
        guard range.first == offset else {
            throw .decoding(path: "Content-Range", reason: "bytes from \(range.first), not \(offset)")
        }
        return AttachmentChunk(offset: offset, bytes: exchange.body, size: range.size)
    }
}

extension HTTPExchange {
    func bytesOK(_ limit: Int) -> Bool { body.count <= limit }
}
