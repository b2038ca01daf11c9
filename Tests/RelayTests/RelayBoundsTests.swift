import Foundation
import HTTPServer
import Relay
import SellerCore
import Synchronization
import Testing
import TestSupport

/// The relay's bounds: a body over the limit is refused before anything is forwarded, and a journal write that
/// fails inside a batch is lost alone.
@Suite("relay bounds", .exclusive, .serialized)
struct RelayBoundsTests {
    static let ok = HTTPResponse(status: 200, headers: ["Content-Type": "application/json"],
                                 body: Array(#"{"resultCode":"000000","resultMsg":"success"}"#.utf8))

    @Test("a body over --body-limit is answered 413 and never forwarded")
    func bodyLimit() throws {
        let seen = Mutex(0)
        let upstream = try startServer { _ in
            seen.withLock { $0 += 1 }
            return .response(Self.ok)
        }
        defer { upstream.server.stop() }
        let harness = try RelayHarness(upstream: "http://127.0.0.1:\(upstream.port)",
                                       configure: { $0.bodyLimit = 1024 })
        defer { harness.relay.stop() }
        let big = #"{"activity":"orderNotify","pad":""# + String(repeating: "x", count: 2048) + #""}"#
        #expect(try harness.send(RelayHarness.v2(big)).status == 413)
        #expect(try harness.send(RelayHarness.v2(RelayHarness.notify)).status == 200)
        #expect(seen.withLock { $0 } == 1)
    }

    @Test("one failing write in a batch is lost alone; the others are journalled")
    func failingWriteInBatch() throws {
        let upstream = try startServer { _ in .response(Self.ok) }
        defer { upstream.server.stop() }
        let journal = MemoryCallJournal()
        let batches = Mutex(0)
        let harness = try RelayHarness(upstream: "http://127.0.0.1:\(upstream.port)",
                                       opening: {
                                           HookedJournal(journal, onBatch: { batches.withLock { $0 += 1 } }) { arrival in
                                               if arrival.orderId == "poison" { throw HookedJournal.Refused() }
                                           }
                                       })
        for index in 0..<5 {
            let body = index == 2 ? #"{"activity":"orderNotify","orderId":"poison"}"# : RelayHarness.notify
            #expect(try harness.send(RelayHarness.v2(body)).status == 200)
        }
        let summary = harness.relay.stop()
        #expect(summary.lostWrites == 1)
        #expect(journal.calls.count == 4)
        #expect(journal.calls.allSatisfy { $0.outcome == .success })
        #expect(batches.withLock { $0 } >= 1)
    }
}
