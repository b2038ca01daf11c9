import ListContract
import SellerCore

/// Turns a list's pages into a file's bytes as they arrive: the header first (written even for an empty view),
/// then each page, gathered into a buffer written out every `flushBytes`. The caller reads the pages (keyset
/// pages from the store), so memory is one page and one buffer whatever the list's length. Shared by
/// `seller-console export` and the console's `:export`.
public struct ExportWriter {
    public enum Format: Hashable, Sendable {
        /// RFC 4180 CSV, with the UTF-8 byte order mark first when asked (Excel then reads Chinese correctly).
        case csv(byteOrderMark: Bool)
        /// JSON Lines with `list --json`'s members.
        case jsonLines
    }

    /// Bytes gathered before a write: few system calls, and still a small buffer.
    public static let flushBytes = 256 * 1024

    public let format: Format
    private let columns: [String]
    private let sink: ExportSink
    private var buffer: [UInt8] = []
    /// Rows appended so far.
    public private(set) var rows = 0

    public init(kind: EntityKind, format: Format, sink: ExportSink) {
        self.format = format
        self.sink = sink
        columns = ExportFormat.columns(for: kind)
        buffer.reserveCapacity(Self.flushBytes + 64 * 1024)
        if case .csv(let byteOrderMark) = format {
            if byteOrderMark { buffer += CSV.byteOrderMark }
            CSV.appendRecord(columns, to: &buffer)
        }
    }

    public mutating func append(_ page: [ListRow]) throws(ExportSink.Failure) {
        switch format {
        case .csv: ExportFormat.csv(page, columns: columns, into: &buffer)
        case .jsonLines: ExportFormat.jsonLines(page, into: &buffer)
        }
        rows += page.count
        if buffer.count >= Self.flushBytes { try flush() }
    }

    /// Writes what is gathered; the sink's `commit` then names the file.
    public mutating func flush() throws(ExportSink.Failure) {
        try sink.write(buffer)
        buffer.removeAll(keepingCapacity: true)
    }
}
