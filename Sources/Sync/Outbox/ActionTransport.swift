import Foundation
import MarketAPI
import MarketClient
import SellerCore
import Signing

/// Sends one attempt of an outbox action over the seller gateway (Assets/api/seller-gateway.md, "Actions"),
/// always with the action's idempotency key. A delivery first uploads each file in chunks, continuing from the
/// bytes the gateway already has, so an interrupted upload resumes instead of starting over.
struct ActionTransport: Sendable {
    let client: MarketClient
    /// Bytes per upload chunk: the only part of a file ever in memory.
    var chunkBytes = 1 << 20

    /// One attempt. `progress` gets the bytes uploaded so far (deliveries only).
    func attempt(_ item: OutboxItem, progress: (Int64) async -> Void) async -> AttemptResult {
        let key = item.idempotencyKey
        if case .deliver(let taskId, let files, _) = item.action {
            var uploadedBefore: Int64 = 0
            for (index, file) in files.enumerated() {
                let uploadId = ActionRoute.uploadId(idempotencyKey: key, fileIndex: index)
                let base = uploadedBefore
                let result = await upload(file, taskId: taskId, uploadId: uploadId) { sent in
                    await progress(base + sent)
                }
                if let result { return result }
                uploadedBefore += file.size
            }
        }
        let route = ActionRoute(submitting: item.action)
        do {
            let exchange = try await client.send(
                method: "POST", path: route.path, body: ActionWire.requestBody(for: item.action, idempotencyKey: key),
                headers: [(ActionRoute.idempotencyHeader, key)])
            guard (200..<300).contains(exchange.status) else { return .classify(exchange) }
            // Applied. An unreadable answer does not undo that; the record arrives with the next sync.
            return .applied(try? ActionWire.decodeResult(kind: item.action.targetKind, body: exchange.body))
        } catch {
            return .transport(error)
        }
    }

    /// Quick retries of a file's upload inside one attempt. Upload requests are safe to repeat (a GET reads, a
    /// chunk at an offset the gateway has is acknowledged), so a lost chunk costs a retry, not a whole attempt of
    /// a delivery that may be gigabytes long.
    var uploadRetries = 4

    /// Uploads one file, resuming from the gateway's copy after a failed request; nil when it is complete there.
    private func upload(_ file: DeliverableUpload, taskId: String, uploadId: String,
                        progress: (Int64) async -> Void) async -> AttemptResult? {
        var retries = 0
        while true {
            let result = await uploadFromGatewayOffset(file, taskId: taskId, uploadId: uploadId, progress: progress)
            guard case .retry(_, let retryAfter)? = result, retries < uploadRetries, !Task.isCancelled else {
                return result
            }
            retries += 1
            let pause = max(min(retryAfter ?? 0, 2), 0.1 * Double(1 << retries) * Double.random(in: 0.5..<1))
            try? await Task.sleep(nanoseconds: UInt64(pause * 1_000_000_000))
        }
    }

    /// Uploads one file from where the gateway's copy ends; nil when the file is complete there.
    private func uploadFromGatewayOffset(_ file: DeliverableUpload, taskId: String, uploadId: String,
                                         progress: (Int64) async -> Void) async -> AttemptResult? {
        let route = ActionRoute.upload(taskId: taskId, uploadId: uploadId)
        var received: Int64
        switch await status(route) {
        case .success(let status):
            if status.complete { await progress(file.size); return nil }
            received = status.received
        case .failure(let result):
            return result
        }
        let handle: FileHandle
        do {
            handle = try FileHandle(forReadingFrom: URL(fileURLWithPath: file.path))
        } catch {
            return .refused(reason: "cannot read \(file.path): \(error.localizedDescription)")
        }
        defer { try? handle.close() }
        let headers = [(ActionRoute.fileNameHeader, RFC3986.encode(file.fileName)),
                       (ActionRoute.fileSizeHeader, String(file.size)), (ActionRoute.fileSHA256Header, file.sha256)]
        while true {
            await progress(received)
            if Task.isCancelled { return .retry(reason: "stopped", retryAfter: nil) }
            let chunk: [UInt8]
            do {
                try handle.seek(toOffset: UInt64(received))
                chunk = [UInt8](try handle.read(upToCount: chunkBytes) ?? Data())
            } catch {
                return .refused(reason: "cannot read \(file.path): \(error.localizedDescription)")
            }
            if chunk.isEmpty && received < file.size {
                return .refused(reason: "\(file.fileName) changed since it was chosen: it has \(received) bytes, "
                                + "not \(file.size)")
            }
            let exchange: HTTPExchange
            do {
                exchange = try await client.send(method: "PUT", path: route.path, query: [("offset", String(received))],
                                                 body: chunk, headers: headers, contentType: "application/octet-stream")
            } catch {
                return .transport(error)
            }
            if exchange.status == 409, APIErrorBody.decode(exchange.body)?.code == ResultCodes.uploadOffsetMismatch {
                // The gateway has fewer bytes than we thought (a lost chunk): ask where it stands and go on.
                switch await status(route) {
                case .success(let status): received = status.received; continue
                case .failure(let result): return result
                }
            }
            guard (200..<300).contains(exchange.status) else {
                if exchange.status == 422 {
                    return .refused(reason: "\(file.fileName) was not accepted: "
                                    + (APIErrorBody.decode(exchange.body)?.message ?? "checksum mismatch"))
                }
                return .classify(exchange)
            }
            guard let status = try? ActionWire.decodeUploadStatus(exchange.body) else {
                return .retry(reason: "unreadable upload status", retryAfter: nil)
            }
            received = status.received
            if status.complete { await progress(file.size); return nil }
            if chunk.isEmpty { return .refused(reason: "\(file.fileName): the gateway did not complete the upload") }
        }
    }

    private enum StatusAnswer { case success(UploadStatus), failure(AttemptResult) }

    private func status(_ route: ActionRoute) async -> StatusAnswer {
        do {
            let exchange = try await client.send(method: "GET", path: route.path)
            if exchange.status == 404 {
                guard case .upload(_, let uploadId) = route else { return .failure(.classify(exchange)) }
                return .success(UploadStatus(uploadId: uploadId, received: 0, size: 0, complete: false))
            }
            guard (200..<300).contains(exchange.status) else { return .failure(.classify(exchange)) }
            guard let status = try? ActionWire.decodeUploadStatus(exchange.body) else {
                return .failure(.retry(reason: "unreadable upload status", retryAfter: nil))
            }
            return .success(status)
        } catch {
            return .failure(.transport(error))
        }
    }
}
