import Foundation
import ListContract
import SellerCore
import SellerStore
import Testing
import TestSupport

/// `seller-console list calls` through the real binary (issue 12 §6): the journal like the other lists, newest
/// first, its filter words, the 失败 status group, and every field in `--json`; hostile text never reaches the
/// table raw.
@Suite("list calls", .exclusive, .serialized)
struct CommandLineListCallsTests {
    static let base = Timestamp(millis: 1_800_000_000_000)

    static func call(_ index: Int, outcome: CallOutcome, origin: CallOrigin = .marketplace,
                     signature: SignatureVerdict = .ok, detail: String = "") -> SellerRecord {
        let arrival = JournalArrival(
            callId: "C\(1000 + index)", origin: origin, replayOf: origin == .replay ? "C1000" : nil,
            receivedAt: base.adding(seconds: Int64(index)), method: "POST", path: "/produce", query: "", headers: [],
            body: "{}", peer: "127.0.0.1:1", activity: Activity.newInstance.rawValue, interfaceVersion: .v2,
            orderId: "CS\(index % 2)", orderLineId: nil, instanceId: nil, license: nil, eventId: nil,
            testFlag: false, signature: signature, signatureWork: "")
        let answer = outcome == .pending ? nil : JournalAnswer(
            answeredAt: arrival.receivedAt, latencyMs: 40 + index, status: outcome == .failure ? 500 : 200,
            headers: [], body: "{}", bodyTruncated: false, transportError: nil, outcome: outcome,
            failureKind: outcome == .failure ? .httpStatus : nil, failureDetail: detail, resultCode: "000000",
            answeredInstanceId: nil)
        return .call(JournalCall(arrival: arrival, answer: answer, messageId: nil))
    }

    static func store(in directory: TemporaryDirectory) throws -> String {
        let path = directory.file("calls.db")
        let store = try LocalStore(path: path)
        try store.write {
            _ = try store.upsert(call(0, outcome: .success))
            _ = try store.upsert(call(1, outcome: .failure, signature: .mismatch, detail: "HTTP 500 \u{1B}[2J坏"))
            _ = try store.upsert(call(2, outcome: .pending))
            _ = try store.upsert(call(3, outcome: .success, origin: .replay))
        }
        try store.close()
        return path
    }

    static func list(_ arguments: [String], store: String, language: String = "en") throws -> (Int32, String, String) {
        try CommandLineTests.run("seller-console",
                                 ["list", "calls"] + arguments + ["--store", store, "--lang", language])
    }

    @Test func jsonListsEveryCallNewestFirstWithItsFields() throws {
        let directory = try TemporaryDirectory("list-calls-json")
        let path = try Self.store(in: directory)
        let (status, output, errors) = try Self.list(["--json"], store: path)
        #expect(status == 0, "\(errors)")
        let objects = try output.split(separator: "\n").map { try JSONParser.parse(String($0)) }
        #expect(objects.compactMap { $0["id"]?.stringValue } == ["C1003", "C1002", "C1001", "C1000"])
        let failed = try #require(objects.first { $0["id"]?.stringValue == "C1001" })
        #expect(failed["kind"]?.stringValue == "calls")
        #expect(failed["status"]?.stringValue == "FAILURE")
        #expect(failed["statusLabel"]?.stringValue == "失败")
        #expect(failed["signature"]?.stringValue == "MISMATCH")
        #expect(failed["activity"]?.stringValue == "newInstance")
        #expect(failed["orderId"]?.stringValue == "CS1")
        #expect(failed["failure"]?.stringValue == "HTTP 500 \u{1B}[2J坏", "JSON keeps the raw text, escaped")
        #expect(objects.first?["origin"]?.stringValue == "REPLAY")
        #expect(objects.first?["originLabel"]?.stringValue == "重放")
        #expect(objects.first { $0["id"]?.stringValue == "C1002" }?["latencyMs"] == .null)
    }

    @Test func tableFiltersAndStatusGroups() throws {
        let directory = try TemporaryDirectory("list-calls-table")
        let path = try Self.store(in: directory)
        let (status, table, errors) = try Self.list([], store: path)
        #expect(status == 0, "\(errors)")
        #expect(table.hasPrefix("CALL ID"))
        #expect(table.contains("Replay") && table.contains("Mismatch"))
        #expect(!table.contains("\u{1B}"), "no escape reaches the terminal")
        #expect(table.hasSuffix("\n4 rows\n"))
        let (_, chinese, _) = try Self.list([], store: path, language: "zh")
        #expect(chinese.hasPrefix("调用ID") && chinese.contains("重放") && chinese.contains("签名不符"), "\(chinese)")
        #expect(chinese.hasSuffix("\n共 4 行\n"))

        let (_, mismatched, _) = try Self.list(["--filter", "SIGNATURE:mismatch", "--json"], store: path)
        #expect(mismatched.split(separator: "\n").count == 1)
        #expect(mismatched.contains("\"C1001\""))
        let (_, failed, _) = try Self.list(["--status", "failed", "--json"], store: path)
        #expect(failed.split(separator: "\n").count == 1)
        let (_, byLabel, _) = try Self.list(["--status", "失败", "--json"], store: path)
        #expect(byLabel == failed)
        let (_, slowest, _) = try Self.list(["--sort", "latency", "--json", "--limit", "2"], store: path)
        #expect(try slowest.split(separator: "\n").map { try JSONParser.parse(String($0))["id"]?.stringValue }
                == ["C1002", "C1003"], "slowest first, as `s` starts it; a call still waiting is slower than any")
        let (_, fastest, _) = try Self.list(["--sort", "latency", "--reverse", "--json", "--limit", "1"], store: path)
        #expect(fastest.contains("\"C1000\""))
        let (bad, _, message) = try Self.list(["--status", "bogus"], store: path)
        #expect(bad == 2)
        #expect(message.contains("failed (失败)"))
    }
}
