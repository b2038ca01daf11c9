import CommandArguments
import Export
import Foundation
import Localization
import ListContract
import SellerCore
import SellerStore
import TermUI

/// `seller-console export KIND`: a list view written for spreadsheets and scripts. It reads the view one keyset
/// page at a time through a read-only connection and writes each page before reading the next, so a million
/// orders export in the memory of one page.
enum ExportCommand {
    static let usage = """
        usage: seller-console export orders|instances|exceptions|supervision|tickets|calls --format csv|jsonl [options]

        Writes a list of the local store (no network), the same view `list` and the console show.
          --format csv|jsonl  RFC 4180 CSV (a header of the JSON member names, CRLF line ends), or JSON Lines
                              with `list --json`'s members; times in local ISO 8601 with the offset, amounts as
                              plain numbers
          --output PATH       the file (default, or -: standard output); written as PATH.partial and renamed when
                              complete, so a killed export leaves no half file under PATH
          --bom               start the CSV with the UTF-8 byte order mark, so Excel reads Chinese correctly
          --filter TEXT       the console's / filter
          --status S[,S…]     statuses or the console's groups, as for `list`
          --sort COLUMN       a sort column of the list (default: the list's), in its usual direction
          --desc, --asc       sort descending or ascending instead (--reverse flips the usual direction)
          --limit N           at most N rows (default: every match)
          --store PATH        the store (default: the profile's)
          --profile NAME      the profile whose store to read (default: default)
        A cell that starts with = + - @ (other than a number) is written with a leading ' so no spreadsheet runs
        it as a formula; control characters are written as \\uXXXX text, as `list --json` escapes them.
        Progress goes to standard error when it is a terminal; a summary line (rows, bytes, seconds, rows/s)
        always does.
        exit status: 0 ok (also when nothing matches), 1 the output cannot be written, 2 usage (unknown kind,
                     format, option, status or sort column), 4 no store at the path, or it cannot be read
        """

    /// Rows per read, as `list` reads them.
    static let pageSize = ListCommand.pageSize

    static func run(_ arguments: [String], environment: [String: String] = ProcessInfo.processInfo.environment)
        throws(Arguments.UsageError) -> Int32 {
        let request: ExportRequest
        do {
            request = try ExportRequest(arguments, environment: environment)
        } catch {
            if error.showUsage { throw Arguments.UsageError(description: error.description) }
            Console.error(error.description)
            return ExitCode.usage
        }
        let path = request.view.storePath
        if let output = request.output, ExportTarget.overwritesStore(output, store: path) {
            Console.error("--output \(output) is the store or one of its files; choose another path")
            return ExitCode.usage
        }
        guard let store = ListCommand.openForReading(path) else { return ExitCode.noStore }
        defer { try? store.close() }
        let sink: ExportSink
        do {
            sink = try request.output.map(ExportSink.file) ?? ExportSink.standardOutput()
        } catch {
            Console.error(error.description)
            return ExitCode.failure
        }
        do {
            let summary = try export(request, from: store, to: sink)
            try sink.commit()
            Console.errorRaw(summary.line(bytes: sink.bytesWritten, to: request.output)(CommandLanguage.current) + "\n")
            return ExitCode.success
        } catch let error as ListFilterError {
            sink.abandon()
            Console.error("--filter: \(error)")
            return ExitCode.usage
        } catch let error as ExportSink.Failure {
            sink.abandon()
            Console.error(error.description)
            return ExitCode.failure
        } catch {
            sink.abandon()
            Console.error(StoreText.cannotRead(path, error))
            return ExitCode.noStore
        }
    }

    /// Streams the view into `sink` page by page, with progress on a terminal.
    static func export(_ request: ExportRequest, from store: LocalStore, to sink: ExportSink) throws -> ExportSummary {
        var progress = ExportProgress(total: isatty(STDERR_FILENO) == 1 ? try store.count(request.query) : nil)
        let format: ExportWriter.Format = request.format == .csv ? .csv(byteOrderMark: request.bom) : .jsonLines
        var writer = ExportWriter(kind: request.kind, format: format, sink: sink)
        let rows = try store.forEachPage(request.query, limit: request.view.limit) { page in
            try writer.append(page)
            progress.advance(by: page.count)
        }
        try writer.flush()
        progress.finish()
        return ExportSummary(rows: rows.count, seconds: progress.elapsed)
    }
}

/// The line `export` ends with, on standard error.
struct ExportSummary {
    var rows: Int
    var seconds: Double

    func line(bytes: Int, to output: String?) -> Phrase {
        let rate = seconds > 0 ? Int((Double(rows) / seconds).rounded()) : rows
        let rowText = rows == 1 ? "1 row" : "\(CountFormat.grouped(rows)) rows"
        let time = String(format: "%.2f", seconds)
        return Phrase(zh: "已导出 \(CountFormat.grouped(rows)) 行，\(CountFormat.grouped(bytes)) 字节，用时 \(time) 秒"
                          + "（每秒 \(CountFormat.grouped(rate)) 行），写入" + (output.map { " " + $0 } ?? "标准输出"),
                      en: "exported \(rowText), \(CountFormat.grouped(bytes)) bytes in \(time) s "
                          + "(\(CountFormat.grouped(rate)) rows/s) to " + (output ?? "standard output"))
    }
}

/// `exported 12,500 / 1,000,000 rows` redrawn in place on a terminal's standard error, at most ten times a second;
/// nothing when standard error is not a terminal (`total` nil).
struct ExportProgress {
    let total: Int?
    private let start = ContinuousClock.now
    private var shownAt: ContinuousClock.Instant?
    private var rows = 0

    init(total: Int?) { self.total = total }

    var elapsed: Double {
        let duration = ContinuousClock.now - start
        return Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }

    mutating func advance(by count: Int) {
        rows += count
        guard let total else { return }
        let now = ContinuousClock.now
        if let shownAt, now - shownAt < .milliseconds(100) { return }
        shownAt = now
        let done = CountFormat.grouped(rows), all = CountFormat.grouped(total)
        Console.errorControl(.redrawLine, Phrase(zh: "已导出 \(done) / \(all) 行",
                                                 en: "exported \(done) / \(all) rows")(CommandLanguage.current))
    }

    /// Clears the progress line, so the summary takes its place.
    func finish() {
        if total != nil { Console.errorControl(.redrawLine) }
    }
}
