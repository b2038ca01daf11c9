import Foundation
@testable import Relay
import SellerCore
import Simulator
import Testing
import TestSupport

/// The journal log in front of the store: records survive a killed relay and are carried into the store by the
/// next one; segments go once the store has their records; a torn last line is skipped.
@Suite("journal log") struct JournalLogTests {
    static func arrival(_ id: String) -> JournalArrival {
        JournalArrival(callId: id, origin: .marketplace, receivedAt: Timestamp(millis: 1_700_000_000_000),
                       method: "POST", path: "/produce", query: "signature=ab&timestamp=1&nonce=n",
                       headers: [JournalHeader("Content-Type", "application/json")],
                       body: #"{"activity":"newInstance","note":"换行\n引号\""}"#, peer: "127.0.0.1:1",
                       activity: "newInstance", interfaceVersion: .v2, orderId: "CS1", orderLineId: "CS1-1",
                       instanceId: nil, license: nil, eventId: nil, testFlag: false, signature: .ok,
                       signatureWork: "HMAC…")
    }

    static let answer = JournalAnswer(
        answeredAt: Timestamp(millis: 1_700_000_000_050), latencyMs: 50, status: 500, headers: [], body: "<html>",
        bodyTruncated: false, transportError: nil, outcome: .failure, failureKind: .httpStatus,
        failureDetail: "HTTP 500", resultCode: nil, answeredInstanceId: nil)

    @Test("arrivals and answers read back exactly; other lines are skipped")
    func roundTrip() {
        for record in [JournalLogRecord.arrival(Self.arrival("C1")), .answer(callId: "C1", Self.answer)] {
            let line = record.line
            #expect(line.last == UInt8(ascii: "\n") && line.dropLast().allSatisfy { $0 != UInt8(ascii: "\n") })
            #expect(JournalLogRecord(line: line.dropLast()[...]) == record)
            #expect(JournalLogRecord(line: line.dropLast(5)[...]) == nil, "a torn line")
        }
        #expect(JournalLogRecord(line: ArraySlice(#"{"type":"other"}"#.utf8)) == nil)
    }

    @Test("a killed relay's log is carried into the next relay's journal and its segments removed")
    func recovery() throws {
        let directory = try TemporaryDirectory("journal-log")
        let folder = directory.file("log")
        do {
            let log = try JournalLog(directory: folder)
            log.append(.arrival(Self.arrival("C1"))) { _ in }
            log.append(.answer(callId: "C1", Self.answer)) { _ in }
            log.append(.arrival(Self.arrival("C2"))) { _ in }
        }
        // A write torn by the kill.
        let torn = FileHandle(forWritingAtPath: JournalLog.path(folder, 1))
        torn?.seekToEndOfFile()
        torn?.write(Data(#"{"type":"arrival","callId":"C3","ori"#.utf8))
        try torn?.close()

        let isv = SampleProductionInterface(configuration: SampleISVConfiguration(accessKey: "k", interface: .orderNotify))
        let upstream = try isv.start()
        defer { isv.stop() }
        let harness = try RelayHarness(upstream: upstream, configure: { $0.journalLogDirectory = folder })
        defer { harness.relay.stop() }
        let calls = harness.journal.calls
        #expect(calls.map(\.callId).sorted() == ["C1", "C2"])
        #expect(harness.journal.call(id: "C1")?.answer?.failureKind == .httpStatus)
        #expect(harness.journal.call(id: "C2")?.answer?.failureKind == .relayStopped, "unanswered: closed at start")
        let segments = JournalLog.segments(in: folder)
        #expect(segments.count == 1, "the old segment is gone; a new, empty one is open")
        let size = segments.first.flatMap { try? FileManager.default.attributesOfItem(atPath: folder + "/" + $0)[.size] }
        #expect(size as? Int == 0)
    }

    @Test("committed records leave the log: sealed segments are deleted, the open one emptied")
    func committedSegmentsGo() throws {
        let directory = try TemporaryDirectory("journal-log")
        let folder = directory.file("log")
        let log = try JournalLog(directory: folder)
        var sequences: [UInt64] = []
        let big = JournalLogRecord.arrival(JournalArrival(
            callId: "C", origin: .marketplace, receivedAt: Timestamp(millis: 0), method: "POST", path: "/",
            query: "", headers: [], body: String(repeating: "x", count: 1 << 20), peer: "", activity: nil,
            interfaceVersion: nil, orderId: nil, orderLineId: nil, instanceId: nil, license: nil, eventId: nil,
            testFlag: false, signature: .unchecked, signatureWork: ""))
        for _ in 0..<20 { log.append(big) { sequences.append($0 ?? 0) } }
        #expect(sequences == Array(1...20))
        #expect(JournalLog.segments(in: folder).count == 3, "8 MB segments")
        log.committed(through: 10)
        #expect(JournalLog.segments(in: folder).count == 2)
        log.committed(through: 20)
        let left = JournalLog.segments(in: folder)
        #expect(left.count == 1)
        let size = (try? FileManager.default.attributesOfItem(atPath: folder + "/" + left[0])[.size] as? Int) ?? -1
        #expect(size == 0)
    }
}
