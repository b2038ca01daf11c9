import Localization
import TermUI

// `:export csv|json PATH`: the active list's view written to a file by the runtime's export worker, with the
// status bar following its pages and a toast at the end. One at a time; Esc cancels it.
extension AppState {
    /// `:export` / `:export!`: refused while one runs or off a list; otherwise the job goes to the runtime.
    mutating func startExport(format: String, path: String, overwrite: Bool) -> [Effect] {
        guard !export.running else { return exportToast(ExportText.busy, kind: .warn) }
        guard let list = activeList else { return exportToast(ExportText.notAList, kind: .warn) }
        guard !format.isEmpty else { return exportToast(ExportText.usage, kind: .error) }
        guard let fileFormat = ExportFileFormat(rawValue: format.lowercased()) else {
            return exportToast(ExportText.unknownFormat(format), kind: .error)
        }
        guard !path.allSatisfy(\.isWhitespace) else { return exportToast(ExportText.usage, kind: .error) }
        export.begin(fileFormat)
        let job = ExportJob(query: list.query, format: fileFormat, path: path, workingDirectory: workingDirectory,
                            overwrite: overwrite)
        return [.export(.start(job))]
    }

    /// Esc while an export runs: ask the worker to stop (it answers `.exportFinished(.cancelled)`).
    mutating func cancelExport() -> [Effect] {
        guard export.running, !export.cancelling else { return [] }
        export.cancel()
        return [.export(.cancel)]
    }

    mutating func receiveExportProgress(rows: Int, total: Int?) {
        export.progress(rows: rows, total: total)
    }

    mutating func finishExport(_ outcome: ExportOutcome) -> [Effect] {
        guard export.running else { return [] }
        export.end()
        switch outcome {
        case .written(let rows, let path):
            return exportToast(ExportText.written(rows: rows, path: Self.shown(path)), kind: .info)
                + [.log("export: \(rows) rows to \(path)")]
        case .cancelled(let rows):
            return exportToast(ExportText.cancelled(rows: rows), kind: .info)
        case .refused(let refusal):
            return exportToast(ExportText.refused(Self.shown(refusal)), kind: .error)
        case .failed(let path, let reason):
            return exportToast(ExportText.failed(path: Self.shown(path), reason: Self.shown(reason)), kind: .error)
                + [.log("export failed: \(path): \(reason)")]
        }
    }

    /// The status bar's text while an export runs; nil otherwise.
    var exportStatusText: String? {
        guard export.running else { return nil }
        let width = 10
        let fraction = export.total.map { $0 > 0 ? Double(export.rows) / Double($0) : 1 } ?? 0
        let filled = min(width, max(0, Int((Double(width) * fraction).rounded(.down))))
        let symbols = policy.symbols
        let bar = String(repeating: symbols.progressFull, count: filled)
            + String(repeating: symbols.progressEmpty, count: width - filled)
        return ExportText.progress(export, bar: bar)(language)
    }

    private mutating func exportToast(_ phrase: Phrase, kind: Toast.Kind) -> [Effect] {
        showToast(phrase(language), kind: kind)
        return []
    }

    /// Typed text and system reasons, made safe for a cell.
    private static func shown(_ text: String) -> String { TextSanitizer.sanitize(text, mode: .singleLine, limit: 200) }

    private static func shown(_ refusal: ExportRefusal) -> ExportRefusal {
        switch refusal {
        case .exists(let path): .exists(shown(path))
        case .unusablePath(let path): .unusablePath(shown(path))
        case .isStore(let path): .isStore(shown(path))
        case .filter(let reason): .filter(Phrase(zh: shown(reason.zh), en: shown(reason.en)))
        }
    }
}
