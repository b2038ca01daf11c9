import SellerCore
import TermUI

// `s` in a supervision task's or a ticket's detail and `:save [FOLDER]`: the task's requirement attachments and
// deliverables, or the files sent with the ticket's messages, are downloaded into a folder by the runtime's
// downloader (`Effect.download`), with progress in the status bar and a toast per file.
extension AppState {
    /// The record the detail pane shows and its files, when it is a supervision task or a ticket.
    var detailFiles: (kind: EntityKind, recordId: String, files: [SupervisionFile])? {
        switch detail.record {
        case .supervision(let task)?: (.supervision, task.taskId, task.requirementFiles + task.deliverables)
        case .ticket(let ticket)?: (.tickets, ticket.caseId, ticket.messages.flatMap(\.attachments))
        default: nil
        }
    }

    /// Whether `s` means "save the files" here rather than "next sort column": the detail has the focus on a
    /// supervision task or a ticket, and `save-attachments` has no key of its own.
    var sortKeySavesAttachments: Bool {
        focus == .detail && detailFiles != nil && keymap.sharesKeys(.saveAttachments)
    }

    /// `s` (or the command's own key): the `:` line with `save FOLDER` typed, the folder being the profile's
    /// `download_dir` or the working directory; Enter downloads, the seller may edit the folder first.
    mutating func openSavePrompt() -> [Effect] {
        guard detailFiles != nil else {
            showToast(AttachmentText.notADetail(language), kind: .info)
            return []
        }
        prompt.openCommandLine(prefilled: "save " + attachments.defaultFolder(workingDirectory: workingDirectory))
        return []
    }

    /// `:save [FOLDER]`: downloads the detail's files into FOLDER (relative to the working directory; the
    /// default folder when omitted).
    mutating func saveAttachments(to folder: String?) -> [Effect] {
        guard let record = detailFiles else {
            showToast(AttachmentText.notADetail(language), kind: .info)
            return []
        }
        let typed = String((folder ?? "").drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
        let chosen = typed.isEmpty ? attachments.defaultFolder(workingDirectory: workingDirectory) : typed
        let absolute = PathText.absolute(attachments.expandingHome(chosen), base: workingDirectory)
        switch attachments.start(record.kind, recordId: record.recordId, files: record.files, folder: absolute) {
        case .refused(let reason):
            showToast(reason(language), kind: .info)
            return []
        case .started(let request):
            showToast(AttachmentText.started(request.files.count, folder: absolute)(language), kind: .info)
            return [.download(request), .log("download \(request.files.count) file(s) of \(record.recordId)")]
        }
    }

    mutating func receiveDownload(_ result: DownloadFileResult) -> [Effect] {
        guard let (phrase, kind) = attachments.receive(result) else { return [] }
        showToast(phrase(language), kind: kind)
        switch result.outcome {
        case .success: return [.log("download saved \(result.fileName)")]
        case .failure(let failure): return [.log("download failed \(result.fileName): \(failure)")]
        }
    }
}
