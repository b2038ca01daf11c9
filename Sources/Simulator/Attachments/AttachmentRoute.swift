import Foundation
import HTTPServer
import MarketAPI
import SellerCore

/// `GET supervision-tasks/{id}/files/{fileId}` with an optional `Range: bytes=a-b`: a `206` with
/// `Content-Range` for a range, the whole file as a `200` without one; at most `AttachmentPath.maximumChunkBytes`
/// per answer. Files come from the attachment store, or from a completed upload of the same task.
struct AttachmentRoute: Sendable {
    let store: AttachmentStore
    let uploads: UploadStore

    /// The key files and uploads of a record are kept under: a task's id, or `ticket:` and a ticket's id, so
    /// an upload of one kind of record is never served or submitted as another's.
    static func owner(_ kind: EntityKind, id: String) -> String {
        kind == .tickets ? "ticket:" + id : id
    }

    func handle(owner: String, fileId: String, _ request: HTTPRequest) -> HTTPResponse {
        guard request.head.method == "GET" else { return ActionRefusal.methodNotAllowed(allow: "GET").response }
        guard let content = content(taskId: owner, fileId: fileId) else {
            return ActionRefusal.notFound("no file \(fileId) on \(owner)").response
        }
        let size = content.size
        var first: Int64 = 0
        var last = size - 1
        let ranged = request.head.headers["Range"] != nil
        if let header = request.head.headers["Range"] {
            guard let range = AttachmentPath.parseRange(header) else {
                return ActionRefusal.badRequest("Range: bytes=FIRST-LAST expected").response
            }
            first = range.first
            last = min(range.last ?? last, last)
        }
        guard first < size || (size == 0 && first == 0) else {
            return HTTPResponse(status: 416, headers: ["Content-Range": "bytes */\(size)"])
        }
        last = min(last, first + Int64(AttachmentPath.maximumChunkBytes) - 1)
        if !ranged, size > Int64(AttachmentPath.maximumChunkBytes) {
            return ActionRefusal.badRequest("the file is larger than one answer: ask for ranges").response
        }
        var end = max(first, last + 1)
        if let cut = content.cutAt { end = min(end, max(first, Int64(cut))) }
        guard let body = size == 0 ? [] : content.read(first..<end) else {
            return ActionRefusal.internalError("cannot read file \(fileId)").response
        }
        var headers: HTTPHeaders = ["Content-Type": "application/octet-stream"]
        guard ranged else { return HTTPResponse(status: 200, headers: headers, body: body) }
        headers.add("Content-Range", body.isEmpty ? "bytes \(first)-\(first)/\(size)"
                        : AttachmentPath.contentRange(first: first, count: body.count, size: size))
        return HTTPResponse(status: 206, headers: headers, body: body)
    }

    private func content(taskId: String, fileId: String) -> ServedContent? {
        if let served = store.served(taskId: taskId, fileId: fileId) { return .held(served) }
        guard let uploadId = AttachmentStore.uploadId(ofFileId: fileId), let upload = uploads.upload(uploadId),
              upload.taskId == taskId, upload.status.complete else { return nil }
        return .uploaded(upload.url, size: upload.description.size)
    }
}

/// Where a served file's bytes are: in memory, or in a completed upload's file (read one range at a time).
enum ServedContent {
    case held(ServedAttachment)
    case uploaded(URL, size: Int64)

    var size: Int64 {
        switch self {
        case .held(let served): Int64(served.bytes.count)
        case .uploaded(_, let size): size
        }
    }

    var cutAt: Int? {
        if case .held(let served) = self { return served.cutAt }
        return nil
    }

    /// The bytes of `range`; nil when the file cannot be read.
    func read(_ range: Range<Int64>) -> [UInt8]? {
        switch self {
        case .held(let served):
            return Array(served.bytes[Int(range.lowerBound)..<Int(range.upperBound)])
        case .uploaded(let url, _):
            guard let handle = try? FileHandle(forReadingFrom: url) else { return nil }
            defer { try? handle.close() }
            guard (try? handle.seek(toOffset: UInt64(range.lowerBound))) != nil,
                  let data = try? handle.read(upToCount: Int(range.count)) else { return nil }
            return Array(data)
        }
    }
}
