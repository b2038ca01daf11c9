import Foundation
import Testing
import TestSupport

/// `benchmark-relay --sync-orders`: the relay's figures and the sync's line, from one short run.
@Suite("benchmark-relay with a sync", .exclusive, .serialized)
struct BenchmarkRelaySyncTests {
    @Test("a sync into the relay's store runs beside the calls: every call journalled, the sync's rate printed",
          .tags(.heavy))
    func syncBesideTheCalls() async throws {
        let outcome = try await ChildProcess.runOffPool(
            try #require(BuiltExecutable.path("seller-console")),
            ["benchmark-relay", "--seconds", "1", "--rate", "50", "--sync-orders", "1000"], timeout: 120)
        #expect(outcome.status == 0, "\(outcome.errors)")
        let output = outcome.output
        #expect(output.contains("errors:            0\n"), "\(output)")
        #expect(output.contains("stopped: 50 calls, 0 failures, 0 lost journal writes; added per call p50 "),
                "\(output)")
        #expect(output.contains("journal rows:      50\n"), "\(output)")
        #expect(output.contains("  sync:              1000 orders in "), "\(output)")
        #expect(output.contains(" orders/s (into the relay's store, during the calls)"), "\(output)")
    }

    @Test("--sync-orders out of range is a usage error")
    func usage() async throws {
        let outcome = try await ChildProcess.runOffPool(try #require(BuiltExecutable.path("seller-console")),
                                                        ["benchmark-relay", "--sync-orders", "0"], timeout: 60)
        #expect(outcome.status == 2)
        #expect(outcome.errors.contains("--sync-orders must be a whole number"), "\(outcome.errors)")
    }
}
