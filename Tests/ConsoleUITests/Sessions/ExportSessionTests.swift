import ConsoleRuntime
import ConsoleUI
import Export
import Foundation
import ListContract
import SellerCore
import SellerStore
import TermUI
import TestSupport
import Testing

/// `:export` in scripted sessions: the file holds exactly the store's rows of the view on screen (filter,
/// status preset, sort), read back by a strict RFC 4180 reader; progress, refusals and cancelling.
@Suite struct ExportSessionTests {
    static let size = Size(width: 160, height: 48)

    /// A console on a fixture store that performs exports, with `directory` as its working directory and home.
    static func driver(_ directory: TemporaryDirectory, orders: Int = 1_200) throws -> (ConsoleDriver, String) {
        let storePath = try ConsoleFixtureStore.make(orders: orders, in: directory)
        let driver = try ConsoleDriver(storePath: storePath, size: size, workingDirectory: directory.path)
        driver.console.exporter = ExportPerformer(storePath: storePath, home: directory.path)
        return (driver, storePath)
    }

    static func command(_ driver: ConsoleDriver, _ line: String) {
        driver.press(.char(":"))
        driver.type(line)
        driver.press(.enter)
    }

    /// The rows of `query` in the store, in the list's order, every page.
    static func storeRows(_ storePath: String, _ query: StoreListQuery) throws -> [ListRow] {
        let store = try LocalStore(path: storePath, readOnly: true)
        defer { try? store.close() }
        var query = query
        query.limit = 500
        var rows: [ListRow] = []
        try store.forEachPage(query) { rows += $0 }
        return rows
    }

    @Test func aFilteredSortedViewIsWrittenAsTheStoreHoldsIt() throws {
        let directory = try TemporaryDirectory("export-session")
        let (driver, storePath) = try Self.driver(directory)
        // A status preset, a sort other than the default, and a date range that cuts the list.
        driver.press(.char("f"))
        Self.command(driver, "sort customerName asc")
        driver.press(.char("/"))
        driver.type("created:2026-01-01..2026-11-20")
        driver.press(.enter)
        let query = try #require(driver.state.activeList?.query)
        #expect(query.sort == ListSort(.customerName, descending: false))
        #expect(!query.statuses.isEmpty && !query.filterText.isEmpty)
        let expected = try Self.storeRows(storePath, query)
        #expect(expected.count > 0)

        Self.command(driver, "export csv orders.csv")
        let file = directory.file("orders.csv")
        let records = try CSVReader.records(try String(contentsOfFile: file, encoding: .utf8))
        let header = ExportFormat.columns(for: .orders)
        #expect(records.first == header)
        #expect(records.count == expected.count + 1)
        let column = { (name: String) in try #require(header.firstIndex(of: name)) }
        let (id, status, created, customer) = (try column("id"), try column("statusLabel"),
                                                 try column("createTime"), try column("customerName"))
        for (record, row) in zip(records.dropFirst(), expected) {
            guard case .order(let order) = row.content else { continue }
            #expect(record.count == header.count)
            #expect(record[id] == row.id)
            #expect(record[status] == order.statusLabel)
            #expect(record[created] == ExportFormat.isoTime(order.createTime))
            #expect(record[customer] == CSV.visible(order.customerName))
        }
        #expect(driver.toast == "已导出 \(CountFormat.grouped(expected.count)) 行到 \(file)。")
        #expect(!driver.state.export.running)
        var info = stat()
        #expect(stat(file, &info) == 0 && info.st_mode & 0o777 == 0o600)
        #expect(!FileManager.default.fileExists(atPath: file + ".partial"))
    }

    @Test func jsonWritesJSONLinesOfTheViewFromHome() throws {
        let directory = try TemporaryDirectory("export-json")
        let (driver, storePath) = try Self.driver(directory, orders: 300)
        Self.command(driver, "sort orderId asc")
        Self.command(driver, "export json ~/view.jsonl")
        let expected = try Self.storeRows(storePath, try #require(driver.state.activeList?.query))
        let text = try String(contentsOfFile: directory.file("view.jsonl"), encoding: .utf8)
        let lines = text.split(separator: "\n")
        #expect(lines.count == expected.count)
        for (line, row) in zip(lines, expected) {
            guard case .object(let members) = try JSONParser.parse(String(line)) else {
                Issue.record("not an object: \(line)")
                continue
            }
            #expect(members.first { $0.key == "id" }?.value == .string(row.id))
        }
    }

    @Test func anExistingFileIsKeptUnlessTheCommandSaysReplace() throws {
        let directory = try TemporaryDirectory("export-exists")
        let (driver, _) = try Self.driver(directory, orders: 50)
        let file = directory.file("taken.csv")
        try "keep me".write(toFile: file, atomically: true, encoding: .utf8)
        Self.command(driver, "export csv taken.csv")
        #expect(driver.toast == "\(file) 已存在；要覆盖请用 :export! 。")
        #expect(try String(contentsOfFile: file, encoding: .utf8) == "keep me")
        #expect(!driver.state.export.running)

        Self.command(driver, "export! csv taken.csv")
        #expect(try CSVReader.records(try String(contentsOfFile: file, encoding: .utf8)).count == 51)
    }

    @Test func refusalsSayWhyAndStartNothing() throws {
        let directory = try TemporaryDirectory("export-refusals")
        let (driver, storePath) = try Self.driver(directory, orders: 20)
        Self.command(driver, "export xls out.xls")
        #expect(driver.toast == "未知的导出格式「xls」；可用 csv 或 json。")
        Self.command(driver, "export csv")
        #expect(driver.toast == "用法：:export csv|json 路径（:export! 覆盖已有文件）。")
        Self.command(driver, "export")
        #expect(driver.toast == "用法：:export csv|json 路径（:export! 覆盖已有文件）。")
        Self.command(driver, "export! csv \(storePath)")
        #expect(driver.toast == "\(storePath) 是本地数据库的文件，不能用来导出。")
        Self.command(driver, "export csv ~someone/x.csv")
        #expect(driver.toast?.hasPrefix("无法使用路径「~someone/x.csv」") == true)
        driver.press(.char("0"))
        Self.command(driver, "export csv overview.csv")
        #expect(driver.toast == "此标签页没有可导出的列表；请先切换到订单、实例等列表。")
        #expect(!FileManager.default.fileExists(atPath: directory.file("overview.csv")))
        #expect(!driver.state.export.running)
    }

    @Test func aSecondExportIsRefusedWhileOneRunsAndEscCancelsIt() throws {
        let directory = try TemporaryDirectory("export-busy")
        let storePath = try ConsoleFixtureStore.make(orders: 20, in: directory)
        // No exporter: the job is only recorded, so it stays running until the test answers for the runtime.
        let driver = try ConsoleDriver(storePath: storePath, size: Size(width: 80, height: 24),
                                       workingDirectory: directory.path)
        Self.command(driver, "export csv a.csv")
        #expect(driver.state.export.running)
        #expect(driver.otherEffects.contains { if case .export(.start) = $0 { true } else { false } })
        Self.command(driver, "export csv b.csv")
        #expect(driver.toast == "已有导出在进行；按 Esc 取消它，或等它完成。")
        // Esc takes the toasts first, as it always does.
        for _ in 0..<5 where !driver.state.toasts.isEmpty { driver.press(.escape) }
        #expect(driver.state.export.running)
        driver.send(.exportProgress(rows: 500, total: 2_000))
        #expect(driver.screenText.contains("⇣ 导出 ██░░░░░░░░ 500/2,000 Esc 取消"))
        driver.press(.escape)
        #expect(driver.otherEffects.last == .export(.cancel))
        #expect(driver.screenText.contains("⇣ 正在取消导出 500/2,000"))
        driver.send(.exportFinished(.cancelled(rows: 500)))
        #expect(driver.toast == "导出已取消（已写 500 行），未留下文件。")
        #expect(!driver.state.export.running)
    }
}

/// The export worker itself: progress after every page, cancelling between pages, and the live runner's thread.
@Suite struct ExportPerformerTests {
    static func job(_ directory: TemporaryDirectory, _ name: String, overwrite: Bool = false) -> ExportJob {
        ExportJob(query: StoreListQuery(kind: .orders), format: .csv, path: name,
                  workingDirectory: directory.path, overwrite: overwrite)
    }

    @Test func progressFollowsEachPageOfTheView() throws {
        let directory = try TemporaryDirectory("export-progress")
        let storePath = try ConsoleFixtureStore.make(orders: 1_200, in: directory)
        let store = try LocalStore(path: storePath, readOnly: true)
        let total = try store.count(StoreListQuery(kind: .orders))
        try store.close()
        var seen: [Int] = []
        let outcome = ExportPerformer(storePath: storePath).run(Self.job(directory, "p.csv"), cancelled: { false }) {
            rows, counted in
            #expect(counted == total)
            seen.append(rows)
        }
        #expect(outcome == .written(rows: total, path: directory.file("p.csv")))
        #expect(seen == [0] + Array(stride(from: 500, to: total, by: 500)) + [total])
    }

    @Test func cancellingStopsBetweenPagesAndLeavesNoFile() throws {
        let directory = try TemporaryDirectory("export-cancel")
        let storePath = try ConsoleFixtureStore.make(orders: 1_200, in: directory)
        var pages = 0
        let outcome = ExportPerformer(storePath: storePath).run(Self.job(directory, "c.csv"),
                                                                cancelled: { pages >= 1 }) { rows, _ in
            if rows > 0 { pages += 1 }
        }
        #expect(outcome == .cancelled(rows: 500))
        #expect(!FileManager.default.fileExists(atPath: directory.file("c.csv")))
        #expect(!FileManager.default.fileExists(atPath: directory.file("c.csv.partial")))
    }

    @Test func theRunnerWritesOnItsOwnThreadAndAnswersTheInbox() throws {
        let directory = try TemporaryDirectory("export-runner")
        let storePath = try ConsoleFixtureStore.make(orders: 600, in: directory)
        let inbox = Inbox()
        let runner = ExportRunner(performer: ExportPerformer(storePath: storePath), inbox: inbox)
        runner.perform(.start(Self.job(directory, "r.csv")))
        var messages: [Msg] = []
        let finished = waitUntil(timeout: 30) {
            messages += inbox.drain()
            return messages.contains { if case .exportFinished = $0 { true } else { false } }
        }
        #expect(finished)
        #expect(messages.first == .exportProgress(rows: 0, total: 600))
        #expect(messages.last == .exportFinished(.written(rows: 600, path: directory.file("r.csv"))))
        runner.cancelAndWait()
    }

    @Test func pathsResolveFromTheWorkingDirectoryAndHome() {
        #expect(ExportTarget.resolve("a.csv", workingDirectory: "/w", home: "/h") == "/w/a.csv")
        #expect(ExportTarget.resolve("sub/a.csv", workingDirectory: "/w/", home: "/h") == "/w/sub/a.csv")
        #expect(ExportTarget.resolve("~/a.csv", workingDirectory: "/w", home: "/h") == "/h/a.csv")
        #expect(ExportTarget.resolve("/abs/a.csv", workingDirectory: "/w", home: "/h") == "/abs/a.csv")
        #expect(ExportTarget.resolve("~x/a.csv", workingDirectory: "/w", home: "/h") == nil)
        #expect(ExportTarget.resolve("~/a.csv", workingDirectory: "/w", home: nil) == nil)
        #expect(ExportTarget.resolve("  ", workingDirectory: "/w", home: "/h") == nil)
    }

    @Test func theTestReaderIsStrictRFC4180() throws {
        #expect(try CSVReader.records("a,\"b,\"\"c\"\"\r\nd\"\r\n,\r\n") == [["a", "b,\"c\"\r\nd"], ["", ""]])
        #expect(throws: CSVReader.Malformed.self) { try CSVReader.records("a\"b\r\n") }
        #expect(throws: CSVReader.Malformed.self) { try CSVReader.records("\"a\r\n") }
        #expect(throws: CSVReader.Malformed.self) { try CSVReader.records("a,b") }
    }
}
