import Foundation
import Testing
import TestSupport

/// `benchmark-sync` on the built binary: every figure line is printed, in both modes, and the temporary store is
/// removed afterwards. The figures themselves are not judged (performance is measured, never asserted).
@Suite("benchmark-sync command", .exclusive, .serialized)
struct BenchmarkSyncCommandTests {
    static let figureLines = [
        "  orders:      2000 in ", "  all kinds:   ", "  orders       2000 in ", "  instances    ", "  exceptions   ",
        "  supervision  ", "  tickets      ", "  cpu user:    ", "  cpu system:  ", "  simulator user:   ",
        "  simulator system: ", "  peak memory: ", "  simulator peak memory: ", "  store bytes: ", "  bytes/order: ",
        "  page count:  ", "  page size:   32768\n", "  free pages:  ",
    ]

    static func run(_ arguments: [String]) async throws -> ChildProcess.Outcome {
        try await ChildProcess.runOffPool(try #require(BuiltExecutable.path("seller-console")),
                                          ["benchmark-sync", "--orders", "2000"] + arguments, timeout: 300)
    }

    /// The store path from the first line (`…, fresh store PATH`).
    static func storePath(_ output: String) -> String? {
        guard let line = output.split(separator: "\n").first,
              let range = line.range(of: "fresh store ") else { return nil }
        return String(line[range.upperBound...])
    }

    @Test("--separate syncs from a koosim child and prints every figure, the child's own CPU and memory",
          .tags(.heavy))
    func separate() async throws {
        let outcome = try await Self.run(["--separate", "--profile"])
        #expect(outcome.status == 0, "\(outcome.errors)")
        let output = outcome.output
        #expect(output.contains("simulator `koosim` (pid "), "\(output)")
        for line in Self.figureLines { #expect(output.contains(line), "\(line) missing: \(output)") }
        #expect(output.contains("  simulator user:   ") && !output.contains("simulator user:   included"))
        #expect(output.contains("  profile orders:      wall "), "\(output)")
        let path = try #require(Self.storePath(output))
        for suffix in ["", "-wal", "-shm"] { #expect(!FileManager.default.fileExists(atPath: path + suffix)) }
    }

    @Test("--profile gives each bulk-loaded kind its own index build; a kind's parts stay within its wall time",
          .tags(.heavy))
    func profileSplitsTheIndexBuild() async throws {
        // 6,000 orders: orders and instances are loaded in bulk (5,000 or more), the other kinds are not.
        let outcome = try await ChildProcess.runOffPool(try #require(BuiltExecutable.path("seller-console")),
                                                        ["benchmark-sync", "--orders", "6000", "--profile"],
                                                        timeout: 300)
        #expect(outcome.status == 0, "\(outcome.errors)")
        let pattern = /profile (\w+):\s+wall ([\d.]+) s = writing ([\d.]+) s \(\d+%\) \+ building indexes ([\d.]+) s/
        var indexing: [String: Double] = [:]
        for line in outcome.output.split(separator: "\n") {
            guard let match = String(line).firstMatch(of: pattern),
                  let wall = Double(match.2), let writing = Double(match.3), let build = Double(match.4)
            else { continue }
            indexing[String(match.1)] = build
            #expect(writing + build <= wall + 0.02, "\(line)")
        }
        let output = outcome.output
        #expect(indexing.keys.sorted() == ["exceptions", "instances", "orders", "supervision", "tickets"], "\(output)")
        #expect((indexing["orders"] ?? 0) > 0 && (indexing["instances"] ?? 0) > 0, "\(output)")
        #expect(indexing["exceptions"] == 0 && indexing["supervision"] == 0 && indexing["tickets"] == 0, "\(output)")
    }

    @Test("the in-process mode prints the same figure lines and says the simulator's share is included",
          .tags(.heavy))
    func inProcess() async throws {
        let outcome = try await Self.run([])
        #expect(outcome.status == 0, "\(outcome.errors)")
        let output = outcome.output
        for line in Self.figureLines { #expect(output.contains(line), "\(line) missing: \(output)") }
        #expect(output.contains("  simulator user:   included in this process's cpu"))
        #expect(!output.contains("profile "))
        let path = try #require(Self.storePath(output))
        for suffix in ["", "-wal", "-shm"] { #expect(!FileManager.default.fileExists(atPath: path + suffix)) }
    }
}
