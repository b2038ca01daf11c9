import MarketAPI
import SellerCore
import Signing

/// The action half of the contract (Assets/api/seller-gateway.md, "Actions"). Each is one attempt: the outbox
/// paces its own retries with the same `Backoff`, and its attempts are what its budget counts.
extension MarketClient {
    /// Submits `action` with its idempotency key. Returns the record after the action when the answer could
    /// be read (an unreadable answer does not undo an applied action; the record comes with the next sync).
    public func submitAction(_ action: SellerAction, idempotencyKey key: String) async throws(ClientError)
        -> SellerRecord? {
        guard let route = ActionRoute(submitting: action) else {
            throw .invalidBaseURL("\(action.kind.rawValue) is not sent to the seller gateway")
        }
        let exchange = try await send(method: "POST", path: route.path,
                                      body: ActionWire.requestBody(for: action, idempotencyKey: key),
                                      headers: [(ActionRoute.idempotencyHeader, key)],
                                      responseLimit: configuration.limits.actionAnswer)
        if let error = ClientError(exchange: exchange) { throw error }
        return try? ActionWire.decodeResult(kind: action.targetKind, body: exchange.body)
    }

    /// How much of an upload the gateway has; an upload it has never seen has nothing.
    public func uploadStatus(taskId: String, uploadId: String) async throws(ClientError) -> UploadStatus {
        try await uploadStatus(ActionRoute.upload(taskId: taskId, uploadId: uploadId), uploadId: uploadId)
    }

    /// How much of the upload at `route` (a delivery's or a ticket reply's) the gateway has.
    public func uploadStatus(_ route: ActionRoute, uploadId: String) async throws(ClientError) -> UploadStatus {
        let exchange = try await send(method: "GET", path: route.path, responseLimit: configuration.limits.small)
        if exchange.status == 404 { return UploadStatus(uploadId: uploadId, received: 0, size: 0, complete: false) }
        return try Self.uploadStatus(exchange)
    }

    /// Appends `chunk` at `offset` of `file`'s upload; the gateway's status after it.
    public func putChunk(_ chunk: [UInt8], at offset: Int64, of file: DeliverableUpload, taskId: String,
                         uploadId: String) async throws(ClientError) -> UploadStatus {
        try await putChunk(chunk, at: offset, of: file, route: ActionRoute.upload(taskId: taskId, uploadId: uploadId))
    }

    /// Appends `chunk` at `offset` of `file`'s upload at `route`; the gateway's status after it.
    public func putChunk(_ chunk: [UInt8], at offset: Int64, of file: DeliverableUpload,
                         route: ActionRoute) async throws(ClientError) -> UploadStatus {
        let headers = [(ActionRoute.fileNameHeader, RFC3986.encode(file.fileName)),
                       (ActionRoute.fileSizeHeader, String(file.size)), (ActionRoute.fileSHA256Header, file.sha256)]
        let exchange = try await send(method: "PUT", path: route.path, query: [("offset", String(offset))],
                                      body: chunk, headers: headers, contentType: "application/octet-stream",
                                      responseLimit: configuration.limits.small)
        return try Self.uploadStatus(exchange)
    }

    private static func uploadStatus(_ exchange: HTTPExchange) throws(ClientError) -> UploadStatus {
        if let error = ClientError(exchange: exchange) { throw error }
        do throws(JSONFieldError) {
            return try ActionWire.decodeUploadStatus(exchange.body)
        } catch {
            throw .decoding(path: "$", reason: "unreadable upload status (\(error.reason))")
        }
    }
}
