import Foundation
import MarketAPI
import SellerCore
import Synchronization

/// The bytes a served file has, which may differ from what its record says: tests and `--sample-attachments`
/// make files whose record lies (another SHA-256, a larger size) or whose serving stops early, so a client's
/// checks are exercised against a real gateway.
public struct ServedAttachment: Sendable {
    public var bytes: [UInt8]
    /// Serve no byte at or past this offset (an empty `206` after it), while still stating the whole size.
    public var cutAt: Int?

    public init(bytes: [UInt8], cutAt: Int? = nil) {
        self.bytes = bytes
        self.cutAt = cutAt
    }
}

/// Which list of a task a file joins.
public enum AttachmentRole: String, Sendable {
    case requirement, deliverable
}

/// Files the simulator really holds and serves at their download path, by task and file id. Seeded files are
/// described only (the world draws their size and SHA-256 without content, and hashing gigabytes of made-up
/// content for every list page would make the simulator slow), so they carry no download path; files added here
/// and deliverables uploaded through the gateway do.
final class AttachmentStore: Sendable {
    private let files = Mutex<[String: ServedAttachment]>([:])
    private let counter = Atomic<Int>(0)

    /// A fresh file id for `taskId`.
    func newFileId() -> String {
        "f" + String(counter.add(1, ordering: .relaxed).newValue)
    }

    func put(_ served: ServedAttachment, taskId: String, fileId: String) {
        files.withLock { $0[Self.key(taskId, fileId)] = served }
    }

    func served(taskId: String, fileId: String) -> ServedAttachment? {
        files.withLock { $0[Self.key(taskId, fileId)] }
    }

    /// The file id that serves a completed deliverable upload from the upload store.
    static func uploadFileId(_ uploadId: String) -> String { "u-" + uploadId }

    /// The upload id of a file id made by `uploadFileId`.
    static func uploadId(ofFileId fileId: String) -> String? {
        fileId.hasPrefix("u-") ? String(fileId.dropFirst(2)) : nil
    }

    private static func key(_ taskId: String, _ fileId: String) -> String { taskId + "\n" + fileId }
}
