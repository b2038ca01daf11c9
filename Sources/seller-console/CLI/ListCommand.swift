import CommandArguments
import ConsoleRuntime
import Foundation
import ListContract
import Localization
import SellerCore
import SellerStore
import TermUI

/// `seller-console list KIND`: the console's lists for scripts and pipes, from the local store only. It reads
/// through a read-only connection one keyset page at a time and prints each page as it arrives, so a store of a
/// million orders streams in the same memory as one of a hundred.
enum ListCommand {
    static let usage = """
        usage: seller-console list orders|instances|exceptions|supervision|tickets|calls|outbox [options]

        Prints a list of the local store (no network): an aligned table, or JSON Lines with --json.
          --filter TEXT     the console's / filter: space-separated terms, all must match; field terms
                            created:2026-11-01..2026-11-30, created:7d, amount:>10000, customer:ID, sku:CODE,
                            product:TEXT, activity:NAME (dates in this machine's local time zone)
          --status S[,S…]   raw values (EXHAUSTED, WAIT_SELLER_CONFIRM, PENDING_ACCEPT, …), their labels
                            (重试已停止, …) or the console's groups (exceptions: open = 待处理; supervision: mine,
                            active; tickets: open; calls: failed = 失败, SUCCESS, PENDING); outbox: queued,
                            sending, waiting, failed, done, discarded, unfinished
          --sort COLUMN     a sort column of the list, as `s` cycles them in the console (default: the list's)
          --reverse         the other direction
          --limit N         at most N rows (default: every match)
          --json            one JSON object per line: id, status (raw), statusLabel and the row's fields
          --store PATH      the store (default: the profile's)
          --profile NAME    the profile whose store to read (default: default)
        exit status: 0 ok (also when nothing matches), 2 usage (unknown kind, option, status or sort column, a
                     filter too long, with too many terms or a malformed field term, a number out of its range),
                     4 no store at the path, or it cannot be read
        """

    /// Rows per read: big enough that paging costs nothing, small enough to print promptly.
    static let pageSize = 500

    static func run(_ arguments: [String], environment: [String: String] = ProcessInfo.processInfo.environment)
        throws(Arguments.UsageError) -> Int32 {
        let request: ListRequest
        do {
            request = try ListRequest(arguments, environment: environment)
        } catch {
            // A message that lists the valid values stands alone; the others come with the usage.
            if error.showUsage { throw Arguments.UsageError(description: error.description) }
            Console.error(error.description)
            return ExitCode.usage
        }
        let path = request.storePath
        guard let store = ListCommand.openForReading(path) else { return ExitCode.noStore }
        defer { try? store.close() }
        let output = ListOutput(json: request.json)
        do {
            switch request.kind {
            case .records(let kind): try streamRecords(kind, request, store, output)
            case .outbox: try streamOutbox(request, store, output)
            }
        } catch let error as ListFilterError {
            Console.error("--filter: \(error)")
            return ExitCode.usage
        } catch {
            Console.error(StoreText.cannotRead(path, error))
            return ExitCode.noStore
        }
        return ExitCode.success
    }

    /// The store at `path` opened read-only with a small cache, its notices printed; nil (and why on stderr) when
    /// there is none or it cannot be read. `list` and `export` read the store the same way.
    static func openForReading(_ path: String) -> LocalStore? {
        guard FileManager.default.fileExists(atPath: path) else {
            Console.error(StoreText.noStore(path, orStore: true))
            return nil
        }
        do {
            let store = try LocalStore(path: path, readOnly: true, memory: .compact)
            for notice in store.notices { Console.error(StoreNoticeText.phrase(notice).text(CommandLanguage.current)) }
            return store
        } catch {
            Console.error(StoreText.cannotRead(path, error))
            return nil
        }
    }

    /// Pages through `page(_:after:)` from the previous page's last key: each page is one index range, and rows
    /// written meanwhile never make the listing skip or repeat a row.
    static func streamRecords(_ kind: EntityKind, _ request: ListRequest, _ store: LocalStore,
                              _ output: ListOutput) throws {
        let query = StoreListQuery(kind: kind, filterText: request.filterText, statuses: request.statuses,
                                   sort: request.sort, limit: pageSize, filterClock: request.filterClock)
        let clock = ListClock()
        let language = CommandLanguage.current
        let links = request.json ? sellerCenter(profile: request.profileName) : nil
        var table = ListTextTable(columns: ListFormat.columns(for: kind, language: language))
        let streamed = try store.forEachPage(query, limit: request.limit) { rows in
            if request.json {
                output.writeJSON(rows.map { ListCommand.json($0, links: links) })
            } else {
                output.write(table.render(rows.map { ListFormat.cells($0, clock: clock, language: language) }))
            }
        }
        if streamed.count == 0 && !request.json { output.write(table.render([])) }   // the header, rows or not
        output.finish(rows: streamed.count, more: streamed.more)
    }

    /// Pages the outbox newest first by id (`outboxPage(states:beforeId:limit:)`); the filter is checked here,
    /// since the outbox has no search index, one page at a time. "More match" is only claimed when seen: a
    /// limit that ends exactly at a page's end does not look further.
    static func streamOutbox(_ request: ListRequest, _ store: LocalStore, _ output: ListOutput) throws {
        let terms = request.filterText.lowercased().split(whereSeparator: \.isWhitespace).map(String.init)
        let language = CommandLanguage.current
        var table = ListTextTable(columns: ListFormat.outboxColumns(language))
        var beforeId: Int64?
        var printed = 0
        var more = false
        repeat {
            let items = try store.outboxPage(states: request.outboxStates, beforeId: beforeId, limit: pageSize)
            let matching = terms.isEmpty ? items : items.filter { item in
                let text = ListFormat.searchText(item)
                return terms.allSatisfy { text.contains($0) }
            }
            let taken = Array(matching.prefix((request.limit ?? .max) - printed))
            if request.json {
                output.writeJSON(taken.map(ListFormat.json))
            } else {
                output.write(table.render(taken.map { ListFormat.cells($0, language: language) }))
            }
            printed += taken.count
            beforeId = items.count == pageSize ? items.last?.id : nil
            more = taken.count < matching.count
        } while beforeId != nil && printed < request.limit ?? .max
        output.finish(rows: printed, more: more)
    }
}

/// Writes to standard output through `Console` a page at a time (one write per page, never a row at a time).
struct ListOutput {
    let json: Bool

    func write(_ text: String) {
        Console.write(text)
    }

    /// JSON Lines: one compact object per row. Store text goes out escaped by `JSONWriter` (controls, C1 and
    /// bidi characters as `\u` escapes), so a script sees exactly what the store holds and the console's
    /// sanitiser finds nothing to change.
    func writeJSON(_ objects: [[JSONMember]]) {
        var writer = JSONWriter(reservingCapacity: objects.count * 512)
        for members in objects {
            writer.append(.object(members))
            writer.appendRaw("\n")
        }
        if !writer.bytes.isEmpty { Console.write(writer.text) }
    }

    /// The count line after the table (the header is already out, rows or not); JSON Lines stay pure JSON.
    func finish(rows: Int, more: Bool) {
        guard !json else { return }
        write(ListText.count(rows, more: more)(CommandLanguage.current) + "\n")
    }
}

/// A table printed page by page: column widths are fixed by the header and the first page (within each
/// column's maximum), so every later page lines up with it without holding earlier rows. Widths are terminal
/// display cells (a Chinese character is two), and every cell is sanitised, so store text can neither break
/// the alignment nor send control characters or escape sequences to the terminal.
struct ListTextTable {
    static let gap = "  "

    let columns: [ListTextColumn]
    private var widths: [Int]?

    init(columns: [ListTextColumn]) { self.columns = columns }

    /// The lines of `rows`, preceded by the header the first time.
    mutating func render(_ rows: [[String]]) -> String {
        let cells = rows.map { $0.map(Self.clean) }
        var text = ""
        if widths == nil {
            widths = columns.indices.map { index in
                let natural = cells.reduce(DisplayWidth.width(of: columns[index].title)) {
                    max($0, DisplayWidth.width(of: $1[index]))
                }
                let column = columns[index]
                return min(max(natural, column.minWidth), max(column.maxWidth, DisplayWidth.width(of: column.title)))
            }
            text = line(columns.map(\.title), header: true)
        }
        for row in cells { text += line(row, header: false) }
        return text
    }

    /// Titles are left-aligned even over right-aligned numbers, so every column starts where its title does.
    private func line(_ cells: [String], header: Bool) -> String {
        guard let widths else { return "" }
        var parts: [String] = []
        for (index, column) in columns.enumerated() {
            let cell = index < cells.count ? cells[index] : ""
            let alignment = header ? .left : column.alignment
            if index == columns.count - 1 {
                parts.append(DisplayWidth.truncate(cell, to: column.maxWidth))
            } else if column.truncates {
                parts.append(DisplayWidth.fit(cell, to: widths[index], alignment: alignment))
            } else {
                parts.append(DisplayWidth.pad(cell, to: widths[index], alignment: alignment))
            }
        }
        return parts.joined(separator: Self.gap) + "\n"
    }

    /// One line of safe text; an empty value shows as `-`, so no column looks missing.
    static func clean(_ text: String) -> String {
        let safe = TextSanitizer.sanitize(text, mode: .singleLine, limit: 256)
        return safe.allSatisfy(\.isWhitespace) ? "-" : safe
    }
}
