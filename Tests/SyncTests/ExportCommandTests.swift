import Foundation
import ListContract
import SellerCore
import SellerStore
import Testing
import TestSupport

/// `seller-console export` through the real binary, on a hand-built store whose names hold what breaks CSV and
/// spreadsheets; each file is read back by Python's `csv` module or `JSONParser` and compared with the store's rows.
@Suite("export command", .exclusive, .serialized)
struct ExportCommandTests {
    /// Names that CSV must quote, spreadsheets would run, or terminals would act on, with what the CSV cell holds.
    static let hostileNames: [(stored: String, cell: String)] = [
        ("上海,北京 Co", "上海,北京 Co"), ("say \"hi\"", "say \"hi\""), ("line one\nline two", "line one\nline two"),
        ("=HYPERLINK(\"http://x\",\"y\")", "'=HYPERLINK(\"http://x\",\"y\")"), ("+86 客户", "'+86 客户"),
        ("-rm", "'-rm"), ("@SUM(A1)", "'@SUM(A1)"), ("张伟科技有限公司", "张伟科技有限公司"),
        ("rocket 🚀 团队", "rocket 🚀 团队"), ("red \u{1b}[31m bell\u{07}", "red \\u001b[31m bell\\u0007"),
        ("rtl \u{202E}evil", "rtl \\u202eevil"),
    ]
    static let base: Int64 = 1_790_000_000_000   // whole seconds, so ISO 8601 text round-trips exactly
    static let orderCount = 1_234                 // three pages of 500

    /// A store of `orderCount` orders; every tenth carries a hostile name, amounts include a negative one.
    static func fixtureStore(_ directory: TemporaryDirectory) throws -> String {
        let path = directory.file("store.db")
        let store = try LocalStore(path: path)
        defer { try? store.close() }
        try store.write {
            for i in 0..<orderCount {
                let name = i % 10 == 0 ? hostileNames[(i / 10) % hostileNames.count].stored : "客户\(i % 37)"
                let amount = i == 3 ? "-5.50" : i == 4 ? nil : "\(i * 3).00"
                let created = Timestamp(millis: base + Int64((i * 7919) % 500) * 60_000)
                try store.upsert(.order(Order(
                    orderId: "CS\(i)", orderType: .new, status: OrderStatus.allCases[i % 4], createTime: created,
                    buyer: Buyer(customerId: "C\(i)", customerName: name),
                    lines: [OrderLine(orderLineId: "CS\(i)-1", chargingMode: .period, currency: amount,
                                      productId: "P1", skuCode: "S1", productName: i % 3 == 0 ? "云服务器" : "对象存储")],
                    updatedAt: created)))
            }
        }
        return path
    }

    /// The store's rows for a view, read the way the console pages them.
    static func storeRows(_ path: String, _ query: StoreListQuery) throws -> [ListRow] {
        let store = try LocalStore(path: path, readOnly: true, memory: .compact)
        defer { try? store.close() }
        var rows: [ListRow] = []
        try store.forEachPage(query) { rows += $0 }
        return rows
    }

    static func export(_ arguments: [String], store: String, zone: String = "Asia/Shanghai")
        throws -> (Int32, String, String) {
        var environment = ProcessInfo.processInfo.environment
        environment["TZ"] = zone
        let outcome = try ChildProcess.run(try #require(BuiltExecutable.path("seller-console")),
                                           ["export"] + arguments + ["--store", store], environment: environment)
        return (outcome.status, outcome.output, outcome.errors)
    }

    /// The file's records as Python's `csv` module reads them (BOM dropped by `utf-8-sig`).
    static func pythonCSV(_ file: String) throws -> [[String]] {
        let script = """
            import csv, json, sys
            with open(sys.argv[1], newline='', encoding='utf-8-sig') as f:
                print(json.dumps(list(csv.reader(f, strict=True))))
            """
        let outcome = try ChildProcess.run("/usr/bin/env", ["python3", "-c", script, file])
        #expect(outcome.status == 0, "\(outcome.errors)")
        guard case .array(let records) = try JSONParser.parse(outcome.output) else { return [] }
        return records.map { record in
            guard case .array(let cells) = record else { return [] }
            return cells.map { $0.stringValue ?? "" }
        }
    }

    /// Epoch seconds of `2026-11-23T09:12:30+08:00`, read by Foundation, not by the code under test.
    static func epochSeconds(_ iso: String) -> Int64? {
        ISO8601DateFormatter().date(from: iso).map { Int64($0.timeIntervalSince1970) }
    }

    /// The CSV cell for a stored name.
    static func cell(_ name: String) -> String { hostileNames.first { $0.stored == name }?.cell ?? name }

    static let orderColumns = ["kind", "id", "status", "statusLabel", "orderId", "createTime", "customerName",
                               "productName", "orderType", "orderTypeLabel", "amount", "currencyUnit", "updatedAt",
                               "pendingAction"]

    @Test("CSV read by Python's csv module equals the store's rows, field by field, in the view's order")
    func csvEqualsStoreRows() throws {
        let directory = try TemporaryDirectory("export-csv")
        let store = try Self.fixtureStore(directory)
        let file = directory.file("orders.csv")
        let (status, output, errors) = try Self.export(["orders", "--format", "csv", "--output", file, "--lang", "en"],
                                                     store: store)
        #expect(status == 0, "\(errors)")
        #expect(output.isEmpty)
        #expect(errors.contains("exported 1,234 rows") && errors.contains("rows/s"), "\(errors)")
        let records = try Self.pythonCSV(file)
        #expect(records.first == Self.orderColumns)
        let rows = try Self.storeRows(store, StoreListQuery(kind: .orders, limit: 500))
        #expect(rows.count == Self.orderCount)
        #expect(records.count == rows.count + 1)
        for (record, row) in zip(records.dropFirst(), rows) {
            guard case .order(let order) = row.content else { Issue.record("not an order: \(row)"); continue }
            let cells = Dictionary(uniqueKeysWithValues: zip(Self.orderColumns, record))
            #expect(cells["kind"] == "orders")
            #expect(cells["id"] == order.orderId && cells["orderId"] == order.orderId)
            #expect(cells["status"] == order.status.rawValue && cells["statusLabel"] == order.statusLabel)
            #expect(cells["customerName"] == Self.cell(order.customerName))
            #expect(cells["productName"] == order.productName)
            #expect(cells["orderType"] == order.orderType.rawValue && cells["orderTypeLabel"] == order.orderTypeLabel)
            #expect(cells["amount"] == (order.amount ?? ""))
            #expect(cells["currencyUnit"] == order.currencyUnit)
            #expect(cells["createTime"]?.hasSuffix("+08:00") == true)
            #expect(Self.epochSeconds(cells["createTime"] ?? "") == order.createTime.millis / 1000)
            #expect(Self.epochSeconds(cells["updatedAt"] ?? "") == order.updatedAt.millis / 1000)
            #expect(cells["pendingAction"] == "")
        }
        // RFC 4180 on the bytes themselves: CRLF after every record, quotes doubled, no bare LF outside quotes.
        let text = try String(contentsOfFile: file, encoding: .utf8)
        #expect(text.hasPrefix("kind,id,") && text.hasSuffix("\r\n"))
        #expect(text.contains(",\"say \"\"hi\"\"\","))
        #expect(text.contains(",\"line one\nline two\","))
        #expect(text.contains(",\"上海,北京 Co\","))
        #expect(!text.contains("\u{1b}") && !text.contains("\u{202E}"))
        #expect(!FileManager.default.fileExists(atPath: file + ".partial"))
    }

    @Test("JSON Lines: list --json's members, local ISO times, numeric amounts, the store's exact text")
    func jsonLinesEqualStoreRows() throws {
        let directory = try TemporaryDirectory("export-jsonl")
        let store = try Self.fixtureStore(directory)
        let (status, output, errors) = try Self.export(["orders", "--format", "jsonl"], store: store)
        #expect(status == 0, "\(errors)")
        let lines = output.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        let rows = try Self.storeRows(store, StoreListQuery(kind: .orders, limit: 500))
        #expect(lines.count == rows.count)
        for (line, row) in zip(lines, rows) {
            let object = try JSONParser.parse(String(line))
            guard case .object(let members) = object, case .order(let order) = row.content else {
                Issue.record("not an order object: \(line)")
                continue
            }
            #expect(members.map(\.key) == Self.orderColumns)
            #expect(object["id"]?.stringValue == order.orderId)
            #expect(object["customerName"]?.stringValue == order.customerName, "JSON keeps the exact text")
            #expect(object["status"]?.stringValue == order.status.rawValue)
            #expect(Self.epochSeconds(object["createTime"]?.stringValue ?? "") == order.createTime.millis / 1000)
            switch (object["amount"], order.amount) {
            case (.number(let literal)?, let amount?): #expect(literal == amount)
            case (.null?, nil): break
            default: Issue.record("amount \(String(describing: object["amount"])) for \(String(describing: order.amount))")
            }
        }
    }

    @Test("--bom starts the CSV with EF BB BF, and only then; an existing file is replaced whole")
    func byteOrderMark() throws {
        let directory = try TemporaryDirectory("export-bom")
        let store = try Self.fixtureStore(directory)
        let file = directory.file("orders.csv")
        try Data("old content that is longer than nothing".utf8).write(to: URL(fileURLWithPath: file))
        #expect(try Self.export(["orders", "--format", "csv", "--bom", "--limit", "5", "--output", file],
                                store: store).0 == 0)
        let withMark = try Data(contentsOf: URL(fileURLWithPath: file))
        #expect(Array(withMark.prefix(3)) == [0xEF, 0xBB, 0xBF])
        #expect(try Self.pythonCSV(file).count == 6)
        #expect(try Self.export(["orders", "--format", "csv", "--limit", "5", "--output", file], store: store).0 == 0)
        let without = try Data(contentsOf: URL(fileURLWithPath: file))
        #expect(Array(without.prefix(4)) == Array("kind".utf8))
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.hasSuffix(".partial") }
                    .isEmpty)
    }

    @Test("--filter, --status and --sort give exactly the store's rows for that view")
    func viewIsHonoured() throws {
        let directory = try TemporaryDirectory("export-view")
        let store = try Self.fixtureStore(directory)
        let cases: [([String], StoreListQuery)] = [
            (["--filter", "对象存储", "--status", "PROCESSING"],
             StoreListQuery(kind: .orders, filterText: "对象存储", statuses: [.order(.processing)], limit: 500)),
            (["--sort", "customer-name", "--asc"],
             StoreListQuery(kind: .orders, sort: ListSort(.customerName, descending: false), limit: 500)),
            // Field terms need the clock and the offset: an amount range with free text.
            (["--filter", "amount:100..2000 对象存储", "--sort", "customer-name", "--asc"],
             StoreListQuery(kind: .orders, filterText: "amount:100..2000 对象存储",
                            sort: ListSort(.customerName, descending: false), limit: 500,
                            filterClock: FilterClock(now: Timestamp(millis: Self.base), utcOffsetSeconds: 8 * 3600))),
            (["--sort", "customer-name", "--desc", "--limit", "40"],
             StoreListQuery(kind: .orders, sort: ListSort(.customerName, descending: true), limit: 500)),
        ]
        let (recent, _, recentErrors) = try Self.export(["orders", "--format", "jsonl", "--filter", "created:7d"],
                                                        store: store)
        #expect(recent == 0, "a relative date needs the clock the CLI sets: \(recentErrors)")
        for (arguments, query) in cases {
            let (status, output, errors) = try Self.export(["orders", "--format", "jsonl"] + arguments, store: store)
            #expect(status == 0, "\(arguments): \(errors)")
            let ids = try output.split(separator: "\n").map { try JSONParser.parse(String($0))["id"]?.stringValue }
            var expected = try Self.storeRows(store, query).map(\.id)
            if arguments.contains("--limit") { expected = Array(expected.prefix(40)) }
            #expect(!expected.isEmpty)
            #expect(ids == expected, "\(arguments)")
        }
    }

    @Test("each time carries the offset of its own instant across a daylight-saving change")
    func daylightSavingOffsets() throws {
        let directory = try TemporaryDirectory("export-dst")
        let path = directory.file("store.db")
        let store = try LocalStore(path: path)
        // 2026-01-15 12:00:00Z and 2026-07-15 12:00:00Z: winter and summer in New York.
        for (id, seconds) in [("WINTER", Int64(1_768_478_400)), ("SUMMER", Int64(1_784_116_800))] {
            let time = Timestamp(millis: seconds * 1000)
            _ = try store.write {
                try store.upsert(.order(Order(orderId: id, orderType: .new, status: .processing, createTime: time,
                                              buyer: Buyer(customerId: "C", customerName: "n"),
                                              lines: [], updatedAt: time)))
            }
        }
        try store.close()
        let (status, output, errors) = try Self.export(["orders", "--format", "jsonl"], store: path,
                                                       zone: "America/New_York")
        #expect(status == 0, "\(errors)")
        let times = try output.split(separator: "\n").map { try JSONParser.parse(String($0))["createTime"]?.stringValue }
        #expect(times == ["2026-07-15T08:00:00-04:00", "2026-01-15T07:00:00-05:00"])
    }

    @Test("usage errors exit 2 and write nothing; a missing store exits 4; an unwritable output exits 1")
    func refusals() throws {
        let directory = try TemporaryDirectory("export-refusals")
        let store = try Self.fixtureStore(directory)
        let file = directory.file("out.csv")
        for arguments in [["invoices", "--format", "csv"], ["orders", "--format", "xml"], ["orders"],
                          ["outbox", "--format", "csv"], ["orders", "--format", "csv", "--json"],
                          ["orders", "--format", "csv", "--status", "NOPE"], ["orders", "orders", "--format", "csv"],
                          ["orders", "--format", "csv", "--desc", "--asc"], ["orders", "--format", "csv", "--bogus"]] {
            let (status, output, errors) = try Self.export(arguments + ["--output", file], store: store)
            #expect(status == 2, "\(arguments): \(errors)")
            #expect(output.isEmpty)
        }
        #expect(!FileManager.default.fileExists(atPath: file) && !FileManager.default.fileExists(atPath: file + ".partial"))
        #expect(try Self.export(["orders", "--format", "csv"], store: directory.file("none.db")).0 == 4)
        for target in [store, store + "-wal", directory.path + "/./store.db"] {
            #expect(try Self.export(["orders", "--format", "csv", "--output", target], store: store).0 == 2, "\(target)")
        }
        #expect(try Self.storeRows(store, StoreListQuery(kind: .orders, limit: 500)).count == Self.orderCount)
        let (status, _, errors) = try Self.export(["orders", "--format", "csv", "--output",
                                                   directory.file("missing/out.csv")], store: store)
        #expect(status == 1 && errors.contains("cannot write"), "\(errors)")
    }
}
