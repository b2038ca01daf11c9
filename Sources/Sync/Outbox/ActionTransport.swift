import Foundation
import MarketAPI
import MarketClient
import SellerCore
import SellerStore

/// Sends one attempt of an outbox action over the seller gateway through the client's typed methods, always
/// with the action's idempotency key. A delivery first uploads each file in chunks, continuing from the bytes
/// the gateway already has, so an interrupted upload resumes instead of starting over.
struct ActionTransport: Sendable {
    let client: MarketClient
    /// Bytes per upload chunk: the only part of a file ever in memory.
    var chunkBytes = 1 << 20
    /// Quick retries of a file's upload inside one attempt. Upload requests are safe to repeat (a GET reads, a
    /// chunk at an offset the gateway has is acknowledged), so a lost chunk costs a retry, not a whole attempt of
    /// a delivery that may be gigabytes long.
    var uploadRetries = 4
    /// The pause between those retries: the project's one backoff, kept short.
    var uploadBackoff = Backoff(initial: 0.2, maximum: 2, maxRetryAfter: 2)

    /// One attempt. `progress` gets the bytes uploaded so far (deliveries only).
    func attempt(_ item: OutboxItem, progress: (Int64) async -> Void) async -> AttemptResult {
        if case .deliverLicense(_, let eventId, let license) = item.action {
            return await LicenseTransport(client: client).attempt(eventId: eventId, license: license)
        }
        let key = item.idempotencyKey
        if case .deliver(let taskId, let files, _) = item.action {
            var uploadedBefore: Int64 = 0
            for (index, file) in files.enumerated() {
                let uploadId = ActionRoute.uploadId(idempotencyKey: key, fileIndex: index)
                let base = uploadedBefore
                let result = await upload(file, route: .upload(taskId: taskId, uploadId: uploadId)) { sent in
                    await progress(base + sent)
                }
                if let result { return result }
                uploadedBefore += file.size
            }
        }
        if case .replyTicket(let caseId, _, _, let files) = item.action {
            var uploadedBefore: Int64 = 0
            for (index, file) in files.enumerated() {
                let uploadId = ActionRoute.uploadId(idempotencyKey: key, fileIndex: index)
                let base = uploadedBefore
                let result = await upload(file, route: .ticketUpload(caseId: caseId, uploadId: uploadId)) { sent in
                    await progress(base + sent)
                }
                if let result { return result }
                uploadedBefore += file.size
            }
        }
        do throws(ClientError) {
            return .applied(try await client.submitAction(item.action, idempotencyKey: key))
        } catch {
            return AttemptResult(error)
        }
    }

    /// Uploads one file, resuming from the gateway's copy after a failed request; nil when it is complete there.
    /// `route` is the upload's (`.upload` of a delivery, `.ticketUpload` of a reply).
    private func upload(_ file: DeliverableUpload, route: ActionRoute,
                        progress: (Int64) async -> Void) async -> AttemptResult? {
        var retries = 0
        while true {
            let result = await uploadFromGatewayOffset(file, route: route, progress: progress)
            guard case .retry(_, let retryAfter, _)? = result, retries < uploadRetries, !Task.isCancelled else {
                return result
            }
            retries += 1
            let pause = uploadBackoff.delay(afterAttempts: retries, retryAfter: retryAfter)
            if let deadline = client.configuration.deadline, .now + .milliseconds(Int64(pause * 1000)) >= deadline {
                return result
            }
            try? await Task.sleep(for: .milliseconds(Int64(pause * 1000)))
        }
    }

    /// Uploads one file from where the gateway's copy ends; nil when the file is complete there.
    private func uploadFromGatewayOffset(_ file: DeliverableUpload, route: ActionRoute,
                                         progress: (Int64) async -> Void) async -> AttemptResult? {
        var received: Int64
        let uploadId = route.uploadId ?? ""
        do throws(ClientError) {
            let status = try await client.uploadStatus(route, uploadId: uploadId)
            if status.complete { await progress(file.size); return nil }
            received = status.received
        } catch {
            return AttemptResult(error)
        }
        let reader: DeliveryFileReader
        switch await DeliveryFileReader.open(file) {
        case .success(let opened): reader = opened
        case .failure(let problem): return problem.refusal
        }
        while true {
            await progress(received)
            if Task.isCancelled { return .retry(reason: "stopped", retryAfter: nil) }
            let chunk: [UInt8]
            // Never past the size measured when it was chosen: a file that grew is changed, not longer.
            let wanted = Int(clamping: max(0, min(Int64(chunkBytes), file.size - received)))
            switch await reader.read(at: received, upTo: wanted) {
            case .success(let bytes): chunk = bytes
            case .failure(let problem): return problem.refusal
            }
            if chunk.isEmpty && received < file.size {
                return .refusal(.fileChanged, "\(file.fileName) changed since it was chosen: it has \(received) bytes, "
                                + "not \(file.size)")
            }
            if received + Int64(chunk.count) >= file.size, let now = await reader.currentSize(), now != file.size {
                return .refusal(.fileChanged, "\(file.fileName) changed since it was chosen: it has \(now) bytes, "
                                + "not \(file.size)")
            }
            do throws(ClientError) {
                let status = try await client.putChunk(chunk, at: received, of: file, route: route)
                received = status.received
                if status.complete { await progress(file.size); return nil }
                if chunk.isEmpty {
                    return .refusal(.refused, "\(file.fileName): the gateway did not complete the upload")
                }
            } catch {
                if error.isUploadOffsetMismatch {
                    // The gateway has fewer bytes than we thought (a lost chunk): ask where it stands and go on.
                    do throws(ClientError) {
                        received = try await client.uploadStatus(route, uploadId: uploadId).received
                        continue
                    } catch {
                        return AttemptResult(error)
                    }
                }
                if case .rejected(422, let code, let message) = error {
                    // The gateway's checksum of what arrived is not the SHA-256 measured when it was chosen.
                    let reason = "\(file.fileName) was not accepted: "
                        + (message.isEmpty ? "checksum mismatch" : message)
                    let failure = ActionFailure(.fileChanged, httpStatus: 422, errorCode: code,
                                                message: message.isEmpty ? nil : message)
                    return .refused(reason: reason, failure: failure)
                }
                return AttemptResult(error)
            }
        }
    }
}

/// A delivery file open for reading chunks. It is opened without blocking and checked on the opened
/// descriptor, so a FIFO, device or directory swapped in after the action was queued fails the action at once
/// instead of hanging the sender (a FIFO) or streaming forever (`/dev/zero`). Opening and reading run on a queue
/// of the reader's own, never on Swift's cooperative pool (a slow disk blocks only this upload).
actor DeliveryFileReader {
    /// Why a file cannot be sent: its class (changed or unreadable) and the sentence a person reads.
    struct Problem: Error {
        var kind: OutboxFailure
        var reason: String

        init(_ kind: OutboxFailure, _ reason: String) {
            self.kind = kind
            self.reason = reason
        }

        var refusal: AttemptResult { .refusal(kind, reason) }
    }

    private let executor: BlockingExecutor
    private let descriptor: Int32
    private let path: String

    nonisolated var unownedExecutor: UnownedSerialExecutor { executor.asUnownedSerialExecutor() }

    private init(descriptor: Int32, path: String, executor: BlockingExecutor) {
        self.descriptor = descriptor
        self.path = path
        self.executor = executor
    }

    deinit { close(descriptor) }

    static func open(_ file: DeliverableUpload) async -> Result<DeliveryFileReader, Problem> {
        await open(path: file.path, fileName: file.fileName, size: file.size)
    }

    /// Opens `path`, which must still be a regular file of `size` bytes.
    static func open(path: String, fileName: String, size: Int64) async -> Result<DeliveryFileReader, Problem> {
        let executor = BlockingExecutor(label: "delivery file")
        let file = (path: path, fileName: fileName, size: size)
        return await executor.run { open(file, on: executor) }
    }

    private static func open(_ file: (path: String, fileName: String, size: Int64), on executor: BlockingExecutor)
        -> Result<DeliveryFileReader, Problem> {
        let descriptor = Glibc.open(file.path, O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY)
        guard descriptor >= 0 else {
            return .failure(Problem(.fileUnreadable, "cannot read \(file.path): \(String(cString: strerror(errno)))"))
        }
        let reader = DeliveryFileReader(descriptor: descriptor, path: file.path, executor: executor)
        var info = stat()
        guard fstat(descriptor, &info) == 0 else {
            return .failure(Problem(.fileUnreadable, "cannot read \(file.path): \(String(cString: strerror(errno)))"))
        }
        let type = info.st_mode & S_IFMT
        guard type == S_IFREG else {
            return .failure(Problem(.fileUnreadable, "\(file.path) is not a regular file (it is \(describe(type)))"))
        }
        guard Int64(info.st_size) == file.size else {
            return .failure(Problem(.fileChanged, "\(file.fileName) changed since it was chosen: it has "
                                    + "\(info.st_size) bytes, not \(file.size)"))
        }
        return .success(reader)
    }

    /// The open file's size now (nil when it cannot be read): checked before the last chunk goes, so a file that
    /// grew after it was chosen fails as changed instead of uploading what it was.
    func currentSize() -> Int64? {
        var info = stat()
        return fstat(descriptor, &info) == 0 ? Int64(info.st_size) : nil
    }

    /// Up to `count` bytes at `offset`; empty at the end of the file; why not on a read error.
    func read(at offset: Int64, upTo count: Int) -> Result<[UInt8], Problem> {
        guard count > 0 else { return .success([]) }
        var bytes = [UInt8](repeating: 0, count: count)
        var filled = 0
        while filled < count {
            let got = bytes.withUnsafeMutableBytes { buffer -> Int in
                guard let base = buffer.baseAddress else { return -1 }
                return pread(descriptor, base + filled, count - filled, off_t(offset) + off_t(filled))
            }
            if got < 0 && errno == EINTR { continue }
            guard got >= 0 else {
                // errno is read here, on the thread that made the call.
                return .failure(Problem(.fileUnreadable, "cannot read \(path): \(String(cString: strerror(errno)))"))
            }
            if got == 0 { break }
            filled += got
        }
        bytes.removeLast(count - filled)
        return .success(bytes)
    }

    private static func describe(_ type: mode_t) -> String {
        switch type {
        case S_IFIFO: "a FIFO"
        case S_IFCHR: "a character device"
        case S_IFBLK: "a block device"
        case S_IFDIR: "a directory"
        case S_IFSOCK: "a socket"
        case S_IFLNK: "a symbolic link"
        default: "not a regular file"
        }
    }
}
