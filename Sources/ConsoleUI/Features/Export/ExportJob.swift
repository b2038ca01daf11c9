import Localization
import ListContract

/// The file formats `:export` writes.
public enum ExportFileFormat: String, CaseIterable, Hashable, Sendable {
    /// RFC 4180 CSV with a header of `list --json`'s member names.
    case csv
    /// JSON Lines: one `list --json` object a line.
    case json
}

/// One `:export`: the active view's query as the list shows it (filter, status preset, overview scope, sort),
/// the format and the path as typed. The runtime resolves the path (`~`, the working directory) and refuses an
/// existing file unless `overwrite` (`:export!`).
public struct ExportJob: Hashable, Sendable {
    public var query: StoreListQuery
    public var format: ExportFileFormat
    public var path: String
    public var workingDirectory: String
    public var overwrite: Bool

    public init(query: StoreListQuery, format: ExportFileFormat, path: String, workingDirectory: String,
                overwrite: Bool) {
        self.query = query
        self.format = format
        self.path = path
        self.workingDirectory = workingDirectory
        self.overwrite = overwrite
    }
}

/// The export executor's requests.
public enum ExportTask: Hashable, Sendable {
    /// Write the view; answered by `.exportProgress` as pages are written and `.exportFinished` once.
    case start(ExportJob)
    /// Stop the running export after the page being written; its partial file is removed.
    case cancel
}

/// How an export ended.
public enum ExportOutcome: Hashable, Sendable {
    /// Every row of the view is in the file at `path` (resolved).
    case written(rows: Int, path: String)
    /// Esc stopped it; nothing was left under the name.
    case cancelled(rows: Int)
    /// It did not start.
    case refused(ExportRefusal)
    /// Reading the store or writing the file failed; `reason` is the system's.
    case failed(path: String, reason: String)
}

/// Why an export did not start.
public enum ExportRefusal: Hashable, Sendable {
    /// Something already has the name, and `:export!` was not used.
    case exists(String)
    /// `~user/…` or an empty path.
    case unusablePath(String)
    /// The path is the store or one of its files.
    case isStore(String)
    /// The view's filter does not parse (it could not show either): why, in both languages.
    case filter(Phrase)
}
