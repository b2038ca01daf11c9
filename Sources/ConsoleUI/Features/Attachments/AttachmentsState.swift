import Localization
import SellerCore
import TermUI

/// The attachment downloads feature: the folder `s` offers, and the one download running (its progress feeds
/// the status bar). Downloads change nothing at the marketplace, so they work in `--readonly` too.
public struct AttachmentsState: Equatable, Sendable {
    /// The profile's `download_dir`; nil offers the working directory (both set by the runtime).
    public var downloadDirectory: String?
    /// `$HOME`, so a typed `~/…` means what it means in a shell (set by the runtime).
    public var homeDirectory: String?
    /// The running download's job number, and how far it is once the first figures came.
    public internal(set) var running: Int?
    public internal(set) var progress: DownloadProgress?
    var nextJob = 1

    public init() {}

    /// The folder offered first.
    func defaultFolder(workingDirectory: String) -> String {
        guard let folder = downloadDirectory, !folder.allSatisfy(\.isWhitespace) else { return workingDirectory }
        return folder
    }

    /// `folder` with a leading `~` or `~/` taken as the home folder, when it is known.
    func expandingHome(_ folder: String) -> String {
        guard let home = homeDirectory, folder == "~" || folder.hasPrefix("~/") else { return folder }
        return home + folder.dropFirst()
    }

    /// Starts a download of a record's files into `folder` (absolute), or says why not.
    mutating func start(_ kind: EntityKind, recordId: String, files: [SupervisionFile],
                        folder: String) -> StartOutcome {
        guard running == nil else { return .refused(AttachmentText.busy) }
        guard !files.isEmpty else { return .refused(AttachmentText.noFiles) }
        let request = DownloadRequest(job: nextJob, kind: kind, recordId: recordId, folder: folder, files: files)
        nextJob += 1
        running = request.job
        progress = nil
        return .started(request)
    }

    enum StartOutcome {
        case started(DownloadRequest)
        case refused(Phrase)
    }

    /// Progress of the running download; answers of another job are dropped.
    mutating func receive(_ progress: DownloadProgress) {
        guard progress.job == running else { return }
        self.progress = progress
    }

    /// One file's result: the toast it calls for; the download ends with its last file.
    mutating func receive(_ result: DownloadFileResult) -> (Phrase, Toast.Kind)? {
        guard result.job == running else { return nil }
        if result.isLast {
            running = nil
            progress = nil
        }
        switch result.outcome {
        case .success(let path): return (AttachmentText.saved(path), .info)
        case .failure(let failure): return (AttachmentText.failed(result.fileName, failure), .error)
        }
    }
}

extension PromptState {
    /// The `:` line opened with `text` typed, so Enter runs it and the seller can edit it first.
    mutating func openCommandLine(prefilled text: String) {
        mode = .command(TextInputState(text, maxLength: 1_024))
        commandHistory.startWalk(draft: text)
    }
}
