/// The running `:export`, for the status bar's progress and for refusing a second one.
public struct ExportState: Hashable, Sendable {
    public private(set) var running = false
    public private(set) var rows = 0
    /// The view's row count, when the runtime has counted it.
    public private(set) var total: Int?
    public private(set) var format: ExportFileFormat = .csv
    /// Esc was pressed: the bar says so until the runtime answers.
    public private(set) var cancelling = false

    public init() {}

    mutating func begin(_ format: ExportFileFormat) {
        self = ExportState()
        running = true
        self.format = format
    }

    mutating func progress(rows: Int, total: Int?) {
        guard running else { return }
        self.rows = rows
        if let total { self.total = total }
    }

    mutating func cancel() { cancelling = true }

    mutating func end() { self = ExportState() }
}
