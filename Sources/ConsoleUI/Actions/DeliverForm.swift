import Localization
import SellerCore
import TermUI

/// The 交付 form: a file picker (a path typed with Tab completion over a listing of its directory), the chosen
/// files with their kind, size and SHA-256 (measured by the runtime in the background), and the optional actual
/// service start time. Submitting leads to a confirmation that lists every file.
public struct DeliverForm: Equatable, Sendable {
    public struct File: Equatable, Sendable {
        /// Absolute path, as the runtime measured it.
        public var path: String
        public var fileName: String
        public var kind: DeliverableKind = .acceptance
        /// Nil while the runtime measures it ("计算中…").
        public var measurement: FileMeasurement?
    }

    /// Where keys go: the path field (typing, Tab completes, ↑/↓ walk the listing), the chosen files, the start
    /// time, or a button.
    public enum Area: Hashable, Sendable, CaseIterable {
        case picker, files, startTime, cancel, submit
    }

    public var taskId: String
    public var targetLines: [String]
    /// Where relative paths start (the console's working directory).
    public var baseDirectory: String
    public var path: TextInputState
    /// The listing of the typed path's directory, once the runtime answered.
    public var listing: DirectoryListing?
    /// Index into `visibleEntries`.
    public var listingSelection = 0
    public var files: [File] = []
    public var fileSelection = 0
    /// `yyyy-MM-dd HH:mm`, local time; empty when not given.
    public var startTime = TextInputState("", maxLength: 16)
    public var focus: Area = .picker
    public var error: String?
    /// The language of its words, and of the confirmation it leads to.
    public var language: Language
    /// Set when the picker chooses a ticket reply's attachments: its submit and Esc go back to this form.
    public var reply: TextActionForm?

    public init(taskId: String, targetLines: [String], baseDirectory: String, language: Language) {
        self.taskId = taskId
        self.targetLines = targetLines
        self.baseDirectory = baseDirectory
        self.language = language
        path = TextInputState("", maxLength: 1_024)
    }

    /// `phrase` in the form's language.
    public func text(_ phrase: Phrase) -> String { phrase.text(language) }

    mutating func moveFocus(by step: Int) {
        let order = Area.allCases.filter { reply == nil || $0 != .startTime }
        let index = order.firstIndex(of: focus) ?? 0
        focus = order[((index + step) % order.count + order.count) % order.count]
    }

    /// The next kind of the selected file: 需求文档 → 验收文档 → 截图 → 其他 → 需求文档.
    mutating func cycleKind() {
        guard reply == nil, files.indices.contains(fileSelection) else { return }
        let kinds = DeliverableKind.allCases
        let index = kinds.firstIndex(of: files[fileSelection].kind) ?? 0
        files[fileSelection].kind = kinds[(index + 1) % kinds.count]
    }

    mutating func removeSelectedFile() {
        guard files.indices.contains(fileSelection) else { return }
        files.remove(at: fileSelection)
        fileSelection = min(fileSelection, max(0, files.count - 1))
    }

    /// The files as the action uploads them, once all are measured; nil while one is still being measured.
    var uploads: [DeliverableUpload]? {
        var uploads: [DeliverableUpload] = []
        for file in files {
            guard case .measured(let size, let sha256)? = file.measurement else { return nil }
            uploads.append(DeliverableUpload(path: file.path, fileName: file.fileName, size: size, sha256: sha256,
                                             kind: file.kind))
        }
        return uploads
    }
}
