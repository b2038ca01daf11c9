import Localization
import SellerCore

/// Save a record's files (a task's requirement attachments then deliverables, or a ticket's message
/// attachments) into a folder: the downloader's one request (`Effect.download`), answered by `.downloadProgress`
/// while it runs and `.downloadFileFinished` per file.
public struct DownloadRequest: Equatable, Sendable {
    /// Numbers the console's downloads, so answers name the one they belong to.
    public var job: Int
    /// The supervision task or ticket the files belong to.
    public var kind: EntityKind
    public var recordId: String
    /// Absolute.
    public var folder: String
    public var files: [SupervisionFile]

    public init(job: Int, kind: EntityKind = .supervision, recordId: String, folder: String,
                files: [SupervisionFile]) {
        self.job = job
        self.kind = kind
        self.recordId = recordId
        self.folder = folder
        self.files = files
    }
}

/// How far a download is: the file being fetched and the bytes of the whole job.
public struct DownloadProgress: Equatable, Sendable {
    public var job: Int
    public var fileIndex: Int
    public var fileCount: Int
    /// As the record has it (sanitised before it is shown).
    public var fileName: String
    public var receivedBytes: Int64
    public var totalBytes: Int64

    public init(job: Int, fileIndex: Int, fileCount: Int, fileName: String, receivedBytes: Int64, totalBytes: Int64) {
        self.job = job
        self.fileIndex = fileIndex
        self.fileCount = fileCount
        self.fileName = fileName
        self.receivedBytes = receivedBytes
        self.totalBytes = totalBytes
    }

    /// 0…1; 1 for an empty job.
    public var fraction: Double {
        totalBytes > 0 ? min(1, Double(receivedBytes) / Double(totalBytes)) : 1
    }
}

/// Why a file was not saved. In every case nothing of it is left in the folder.
public enum DownloadFailure: Equatable, Sendable {
    /// The gateway gives no address for the file (it only describes it).
    case notServed
    /// The record's address is not one of this gateway's download paths.
    case unsafeAddress
    /// The record states no SHA-256, so the content could not be checked.
    case noChecksum
    /// Larger than the console downloads (`limit` bytes), or than the folder's free space.
    case tooLarge(size: Int64, limit: Int64)
    /// The gateway's file is not the size the record states.
    case sizeMismatch(expected: Int64, actual: Int64)
    case checksumMismatch(expected: String, actual: String)
    /// The gateway stopped sending before the end.
    case incomplete(received: Int64, expected: Int64)
    /// The folder cannot be used, or the file cannot be written or renamed (the system's reason).
    case folder(String)
    case network(String)
    /// The marketplace could not be reached or refused, worded by the runtime in both languages.
    case marketplace(Phrase)
    case cancelled
}

/// What became of one file of a download.
public struct DownloadFileResult: Equatable, Sendable {
    public var job: Int
    public var fileName: String
    /// The absolute path written, or why nothing was.
    public var outcome: Result<String, DownloadFailure>
    /// Whether it was the job's last file (the progress ends).
    public var isLast: Bool

    public init(job: Int, fileName: String, outcome: Result<String, DownloadFailure>, isLast: Bool) {
        self.job = job
        self.fileName = fileName
        self.outcome = outcome
        self.isLast = isLast
    }
}

extension DownloadFailure: Error {}
