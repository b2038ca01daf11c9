import ConsoleUI
import Export
import Foundation
import ListContract
import SellerStore

/// Writes one `:export` job on the calling thread, through a read-only store connection of its own: the path
/// resolved as the seller typed it, refused when it names an existing file (unless `:export!`) or the store,
/// then the view's keyset pages streamed into the file (`.partial`, renamed when complete, mode 0600), so memory
/// stays one page however long the list. The live console runs it on `ExportRunner`'s thread; the headless one
/// runs it at once.
public struct ExportPerformer: Sendable {
    /// Rows per read, as `seller-console export` reads them.
    public static let pageSize = 500

    let storePath: String
    let home: String?

    public init(storePath: String, home: String? = ProcessInfo.processInfo.environment["HOME"]) {
        self.storePath = storePath
        self.home = home
    }

    private struct Cancelled: Error {}

    /// `progress` gets the rows written and the view's total after the count and after each page; `cancelled`
    /// is asked before each page.
    public func run(_ job: ExportJob, cancelled: () -> Bool, progress: (Int, Int?) -> Void) -> ExportOutcome {
        guard let path = ExportTarget.resolve(job.path, workingDirectory: job.workingDirectory, home: home) else {
            return .refused(.unusablePath(job.path))
        }
        if ExportTarget.overwritesStore(path, store: storePath) { return .refused(.isStore(path)) }
        if !job.overwrite && ExportTarget.exists(path) { return .refused(.exists(path)) }
        let store: LocalStore
        do {
            store = try LocalStore(path: storePath, readOnly: true, memory: .compact)
        } catch {
            return .failed(path: storePath, reason: String(describing: error))
        }
        defer { try? store.close() }
        var query = job.query
        query.limit = Self.pageSize
        let total: Int
        do {
            total = try store.count(query)
        } catch let error as ListFilterError {
            return .refused(.filter(error.phrase))
        } catch {
            return .failed(path: storePath, reason: String(describing: error))
        }
        progress(0, total)
        let sink: ExportSink
        do {
            sink = try ExportSink.file(path)
        } catch {
            return .failed(path: error.path, reason: error.reason)
        }
        let format: ExportWriter.Format = job.format == .csv ? .csv(byteOrderMark: false) : .jsonLines
        var writer = ExportWriter(kind: query.kind, format: format, sink: sink)
        do {
            try store.forEachPage(query) { page in
                if cancelled() { throw Cancelled() }
                try writer.append(page)
                progress(writer.rows, total)
            }
            try writer.flush()
            try sink.commit(replacing: job.overwrite)
            return .written(rows: writer.rows, path: path)
        } catch is Cancelled {
            sink.abandon()
            return .cancelled(rows: writer.rows)
        } catch let error as ExportSink.Failure {
            sink.abandon()
            return .failed(path: error.path, reason: error.reason)
        } catch {
            sink.abandon()
            return .failed(path: storePath, reason: String(describing: error))
        }
    }
}
