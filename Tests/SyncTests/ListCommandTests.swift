import Foundation
import ListContract
import MarketClient
import SellerCore
import SellerStore
import Sync
import TermUI
import Testing
import TestSupport

/// `seller-console list` through the real binary, on stores synced from the in-process simulator on loopback.
@Suite("list command", .exclusive, .serialized)
struct ListCommandTests {
    /// A simulator and a store synced from it, both in the harness's own temporary folder.
    static func syncedStore(orders: Int, hostile: Double = 0) async throws -> SimulatorHarness {
        let harness = try SimulatorHarness(orders: orders, seed: 7, hostile: hostile)
        _ = try await StoreConnection.using(path: harness.storePath) { store in
            try await SyncEngine(client: MarketClient(configuration: harness.clientConfiguration()), store: store).run()
        }
        return harness
    }

    /// `list` in English unless `language` says otherwise (CommandLanguageTests covers the choice itself).
    static func list(_ arguments: [String], store: String, language: String = "en") throws -> (Int32, String, String) {
        try CommandLineTests.run("seller-console", ["list"] + arguments + ["--store", store, "--lang", language])
    }

    /// Each output line parsed as a JSON object.
    static func objects(_ output: String) throws -> [JSONValue] {
        try output.split(separator: "\n").map { line in
            let value = try JSONParser.parse(String(line))
            guard case .object = value else { throw JSONFieldError(path: "", reason: "not an object: \(line)") }
            return value
        }
    }

    static func count(_ path: String, _ query: StoreListQuery) throws -> Int {
        let store = try LocalStore(path: path, readOnly: true, memory: .compact)
        defer { try? store.close() }
        return try store.count(query)
    }

    @Test("--status open --json: one object per open exception, with id, status and attempts")
    func openExceptionsAsJSON() async throws {
        let harness = try await Self.syncedStore(orders: 600)
        let (status, output, errors) = try Self.list(["exceptions", "--status", "open", "--json"],
                                                     store: harness.storePath)
        #expect(status == 0, "\(errors)")
        let objects = try Self.objects(output)
        let expected = try Self.count(harness.storePath, StoreListQuery(kind: .exceptions,
                                                                        statuses: ListStatus.openExceptionStates))
        #expect(expected > 0)
        #expect(objects.count == expected)
        for object in objects {
            #expect(object["id"]?.stringValue?.isEmpty == false)
            #expect(ListStatus.openExceptionStates.map(\.rawValue).contains(object["status"]?.stringValue ?? ""))
            #expect(object["statusLabel"]?.stringValue?.isEmpty == false)
            guard case .number(let attempts)? = object["attempts"] else {
                Issue.record("attempts is not a number: \(object)")
                continue
            }
            #expect((Int(attempts) ?? 0) > 0)
        }
        // The same statuses by their raw values and Chinese labels.
        let (_, byName, _) = try Self.list(["exceptions", "--status", "RETRYING,重试已停止,manual_retry_requested",
                                            "--json"], store: harness.storePath)
        #expect(byName == output)
    }

    @Test("every order streams across several pages, each once, in the default order")
    func streamsEveryRow() async throws {
        let harness = try await Self.syncedStore(orders: 1_200)
        let (status, output, _) = try Self.list(["orders", "--json"], store: harness.storePath)
        #expect(status == 0)
        let ids = try Self.objects(output).compactMap { $0["id"]?.stringValue }
        #expect(ids.count == 1_200)
        #expect(Set(ids).count == 1_200)
        let times = try Self.objects(output).compactMap { $0["createTime"]?.stringValue }
        #expect(times == times.sorted(by: >), "newest first, the orders list's default")
        let (_, table, _) = try Self.list(["orders"], store: harness.storePath)
        #expect(table.hasSuffix("\n1,200 rows\n"))
    }

    @Test("--filter with a Chinese term matches the console's filter; --limit stops early")
    func filterAndLimit() async throws {
        let harness = try await Self.syncedStore(orders: 600)
        let (status, output, _) = try Self.list(["orders", "--filter", "科技", "--json"], store: harness.storePath)
        #expect(status == 0)
        let expected = try Self.count(harness.storePath, StoreListQuery(kind: .orders, filterText: "科技"))
        #expect(expected > 0 && expected < 600)
        let objects = try Self.objects(output)
        #expect(objects.count == expected)

        let (_, limited, _) = try Self.list(["orders", "--filter", "科技", "--json", "--limit", "7"],
                                            store: harness.storePath)
        #expect(try Self.objects(limited).map { $0["id"] } == objects.prefix(7).map { $0["id"] })
        let (_, table, _) = try Self.list(["orders", "--limit", "7"], store: harness.storePath)
        let lines = table.split(separator: "\n")
        #expect(lines.count == 9, "header, 7 rows, count")
        #expect(lines.last?.hasPrefix("7 rows") == true)
        let (_, none, _) = try Self.list(["orders", "--filter", "没有这个词zzz"], store: harness.storePath)
        #expect(none.hasSuffix("\n0 rows\n") && none.hasPrefix("ORDER ID"))
    }

    @Test("--filter 'amount:>10000' lists exactly the orders above 10,000 yuan; a malformed term is a usage error")
    func amountFilter() async throws {
        let harness = try await Self.syncedStore(orders: 600)
        let (status, output, errors) = try Self.list(["orders", "--filter", "amount:>10000", "--json"],
                                                     store: harness.storePath)
        #expect(status == 0, "\(errors)")
        let amounts = try Self.objects(output).map { Double($0["amount"]?.stringValue ?? "") ?? -1 }
        let expected = try Self.count(harness.storePath, StoreListQuery(kind: .orders, filterText: "amount:>10000"))
        #expect(expected > 0 && expected < 600)
        #expect(amounts.count == expected)
        #expect(amounts.allSatisfy { $0 > 10000 }, "\(amounts.filter { $0 <= 10000 })")

        let (refused, _, message) = try Self.list(["orders", "--filter", "张 amount:>ten"], store: harness.storePath)
        #expect(refused == 2, "usage error")
        #expect(message.contains("--filter: filter term at 10: amount:"), "\(message)")
    }

    // The simulator makes no journalled calls: `list calls` has its own tests (CommandLineListCallsTests).
    @Test("table columns line up by display width, Chinese text included, in both languages",
          arguments: EntityKind.synced)
    func columnsAlign(kind: EntityKind) async throws {
        let harness = try await Self.syncedStore(orders: 400)
        for language in ["zh", "en"] {
            let (status, output, _) = try Self.list([kind.commandName, "--limit", "150"], store: harness.storePath,
                                                    language: language)
            #expect(status == 0)
            try Self.expectAligned(output, countLine: language == "en" ? "rows" : "行")
        }
    }

    /// Every column of every line starts where its title does, after a two-space gap.
    static func expectAligned(_ output: String, countLine word: String) throws {
        var lines = output.split(separator: "\n").map(String.init)
        let countLine = lines.removeLast()
        #expect(countLine.contains("\(lines.count - 1) \(word)"), "\(countLine)")
        let header = try #require(lines.first)
        let starts = Self.columnStarts(header)
        #expect(starts.count >= 6)
        #expect(lines.count > 2)
        var wide = 0
        for line in lines {
            let cells = Self.cellsByColumn(line)
            for start in starts.dropFirst() {
                #expect(cells[start] != nil, "a character starts at column \(start): \(line)")
                #expect(cells[start - 1] == " " && cells[start - 2] == " ", "gap before column \(start): \(line)")
            }
            if DisplayWidth.width(of: line) > line.count { wide += 1 }
        }
        #expect(wide > 0, "rows with wide Chinese characters were checked")
    }

    @Test("the customer cell sits under its title on every row, whatever the widths before it")
    func customerUnderTitle() async throws {
        let harness = try await Self.syncedStore(orders: 600)
        let (_, table, _) = try Self.list(["exceptions"], store: harness.storePath)
        let (_, json, _) = try Self.list(["exceptions", "--json"], store: harness.storePath)
        let lines = table.split(separator: "\n").map(String.init)
        let header = try #require(lines.first)
        let title = try #require(header.range(of: "CUSTOMER"))
        let column = DisplayWidth.width(of: header[..<title.lowerBound])
        let names = try Self.objects(json).map { $0["customerName"]?.stringValue ?? "" }
        #expect(names.count == lines.count - 2)
        for (line, name) in zip(lines.dropFirst(), names) {
            let cells = Self.cellsByColumn(line)
            let shown = String((column..<(column + 40)).compactMap { cells[$0] })
            #expect(shown.hasPrefix(String(name.prefix(4))), "\(line)")
        }
    }

    @Test("list outbox shows enqueued actions as JSON and in the table")
    func outbox() async throws {
        let harness = try await Self.syncedStore(orders: 600)
        let now = try #require(Timestamp(koogallery: "20261123090000"))
        var queued: [OutboxItem] = []
        do {
            let store = try LocalStore(path: harness.storePath)
            defer { try? store.close() }
            var candidates: [SellerAction] = []
            for row in try store.page(StoreListQuery(kind: .exceptions, statuses: [.exception(.exhausted)])).rows {
                candidates.append(.restart(messageId: row.id))
            }
            for row in try store.page(StoreListQuery(kind: .tickets, statuses: [.ticket(.pendingAccept)])).rows {
                candidates.append(.acceptTicket(caseId: row.id))
            }
            let waiting = StoreListQuery(kind: .supervision, statuses: [.supervision(.waitSellerConfirm)])
            for row in try store.page(waiting).rows {
                candidates.append(.confirmRequirement(taskId: row.id))
            }
            for action in candidates where queued.count < 2 {
                if case .queued(let item) = try store.enqueue(action, at: now) { queued.append(item) }
            }
        }
        #expect(queued.count == 2)
        let (status, output, _) = try Self.list(["outbox", "--json"], store: harness.storePath)
        #expect(status == 0)
        let objects = try Self.objects(output)
        #expect(objects.count == 2)
        for (object, item) in zip(objects, queued.reversed()) {
            #expect(object["id"] == .number(String(item.id)), "newest first")
            #expect(object["action"]?.stringValue == item.action.kind.rawValue)
            #expect(object["status"]?.stringValue == "queued")
            #expect(object["attempts"] == .number("0"))
            #expect(object["target"]?["kind"]?.stringValue == item.action.targetKind.commandName)
            #expect(object["target"]?["id"]?.stringValue == item.action.targetId)
            #expect(object["targetLabel"]?.stringValue == item.targetLabel)
            #expect(object["idempotencyKey"]?.stringValue == item.idempotencyKey)
            #expect(object["lastError"] == .null)
            #expect(object["createdAt"]?.stringValue == now.koogalleryMillis)
        }
        let (_, table, _) = try Self.list(["outbox", "--status", "unfinished"], store: harness.storePath)
        #expect(table.hasPrefix("#ID") && table.hasSuffix("\n2 rows\n"))
        #expect(queued.allSatisfy { table.contains($0.action.targetId) })
        let (_, done, _) = try Self.list(["outbox", "--status", "done"], store: harness.storePath)
        #expect(done.hasSuffix("\n0 rows\n"))
        let target = queued[0].action.targetId
        let (_, filtered, _) = try Self.list(["outbox", "--filter", target, "--json"], store: harness.storePath)
        #expect(try Self.objects(filtered).map { $0["target"]?["id"]?.stringValue } == [target])
    }

    @Test("hostile store text never reaches the terminal raw; JSON Lines stay valid JSON")
    func hostileText() async throws {
        let harness = try await Self.syncedStore(orders: 400, hostile: 0.1)
        var swallowed = 0
        var escaped = 0
        for kind in EntityKind.allCases {
            let (status, table, _) = try Self.list([kind.commandName], store: harness.storePath)
            #expect(status == 0)
            let controls = table.unicodeScalars.filter {
                ($0.value < 0x20 && $0 != "\n") || (0x7F...0x9F).contains($0.value)
            }
            #expect(controls.isEmpty, "\(kind.commandName): \(controls.map(\.value))")
            swallowed += table.components(separatedBy: "\u{241B}").count - 1
            let (_, json, _) = try Self.list([kind.commandName, "--json"], store: harness.storePath)
            escaped += json.components(separatedBy: "\\u001b").count - 1
            let objects = try Self.objects(json)
            let expected = try Self.count(harness.storePath, StoreListQuery(kind: kind))
            #expect(objects.count == expected, "\(kind.commandName)")
        }
        #expect(swallowed > 0 && escaped > 0, "escape sequences were in the store: shown as ␛, sent as \\u001b")
    }

    @Test("usage errors exit 2 naming the valid values; a missing store exits 4 naming the path")
    func exitCodes() async throws {
        let harness = try await Self.syncedStore(orders: 50)
        let path = harness.storePath
        let (kindStatus, _, kindError) = try Self.list(["bogus"], store: path)
        #expect(kindStatus == 2 && kindError.contains("exceptions"))
        let (statusStatus, _, statusError) = try Self.list(["exceptions", "--status", "open,NOPE"], store: path)
        #expect(statusStatus == 2 && statusError.contains("NOPE") && statusError.contains("EXHAUSTED"))
        let (outboxStatus, _, outboxError) = try Self.list(["outbox", "--status", "nope"], store: path)
        #expect(outboxStatus == 2 && outboxError.contains("unfinished"))
        #expect(try Self.list(["orders", "--sort", "nope"], store: path).0 == 2)
        #expect(try Self.list(["orders", "--bogus"], store: path).0 == 2)
        #expect(try Self.list(["orders", "--limit", "0"], store: path).0 == 2)
        #expect(try CommandLineTests.run("seller-console", ["list", "--store", path]).0 == 2)
        #expect(try CommandLineTests.run("seller-console", ["list", "--help"]).0 == 0)

        let missing = harness.directory.file("missing.db")
        let (missingStatus, _, missingError) = try Self.list(["orders"], store: missing)
        #expect(missingStatus == 4 && missingError.contains(missing))
        let garbage = harness.directory.file("garbage.db")
        try Data("not a database".utf8).write(to: URL(fileURLWithPath: garbage))
        let (garbageStatus, _, garbageError) = try Self.list(["orders"], store: garbage)
        #expect(garbageStatus == 4 && garbageError.contains(garbage))
    }

    // MARK: - Display columns

    /// The display column where each title of a header starts (titles are separated by two or more spaces).
    static func columnStarts(_ header: String) -> [Int] {
        var starts: [Int] = []
        var column = 0
        var spaces = 2
        for character in header {
            if character != " " && spaces >= 2 { starts.append(column) }
            spaces = character == " " ? spaces + 1 : 0
            column += DisplayWidth.width(of: character)
        }
        return starts
    }

    /// The character that starts at each display column of `line`.
    static func cellsByColumn(_ line: String) -> [Int: Character] {
        var cells: [Int: Character] = [:]
        var column = 0
        for character in line {
            cells[column] = character
            column += DisplayWidth.width(of: character)
        }
        return cells
    }
}
