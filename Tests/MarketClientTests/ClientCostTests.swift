import Foundation
@testable import MarketClient
import MarketAPI
import SellerCore
import Testing
import TestSupport

/// What waiting and refusing cost the real `seller-console sync`: CPU and wall time against a silent server
/// with `--timeout`, peak memory against a gzip bomb. The figures are printed for the note.
@Suite("client costs", .exclusive, .serialized, .tags(.heavy))
struct ClientCostTests {
    @Test("sync --timeout 3 against a silent server ends within 1 s of it, and waiting costs under 2 % CPU")
    func syncTimeoutOnSilentServer() async throws {
        let binary = try #require(Self.executable("seller-console"))
        let server = try ScriptedServer { connection in connection.waitForPeerToClose() }
        defer { server.stop() }
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        // The same command against a closed port: what starting and failing cost, without any waiting.
        let closed = try ScriptedServer { $0.close() }
        let closedURL = closed.baseURL
        closed.stop()
        let baseline = try await Self.runOffPool(binary, ["sync", "--base-url", closedURL, "--store",
                                                          folder + "/b.db", "--timeout", "3"], folder: folder)
        let run = try await Self.runOffPool(binary, ["sync", "--base-url", server.baseURL, "--store", folder + "/s.db",
                                                     "--timeout", "3"], folder: folder)
        // Per second of the whole command: the closed port's run also waits (its retries back off), so the
        // difference of the two walls can be half a second, over which the ~10 ms by which start-up CPU varies
        // between runs alone read as 2 %. A polling or busy wait costs tens of per cent either way.
        let waiting = max(0, run.cpu - baseline.cpu) / max(0.1, run.wall)
        print("figure: sync --timeout 3 on a silent server: wall \(String(format: "%.2f", run.wall)) s, "
              + "CPU \(String(format: "%.3f", run.cpu)) s (start and exit alone: \(String(format: "%.3f", baseline.cpu)) s), "
              + "CPU while waiting \(String(format: "%.2f", waiting * 100)) % of a core; "
              + "exit \(run.status): \(run.errors.trimmingCharacters(in: .whitespacesAndNewlines))")
        #expect(run.status != 0)
        #expect(run.errors.contains("no answer within"), "\(run.errors)")
        #expect(waiting < 0.02)
        #expect(run.wall < 4, "--timeout bounds the whole command")
    }

    @Test("sync against a 2 MB gzip bomb stops at 32 MB with peak memory under 100 MB")
    func syncGzipBomb() async throws {
        let binary = try #require(Self.executable("seller-console"))
        let bomb = GzipBomb.make(inflatedBytes: 2 << 30)
        let server = try ScriptedServer { connection in
            connection.readRequest()
            connection.write(ClientFaultTests.answer(status: "200 OK", headers: ["Content-Encoding: gzip"], body: bomb))
            connection.close()
        }
        defer { server.stop() }
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let run = try await Self.runOffPool(binary, ["sync", "--base-url", server.baseURL, "--store", folder + "/s.db",
                                                     "--timeout", "20"], folder: folder,
                                            extra: ["SELLER_CONSOLE_PEAK_RSS_FILE": folder + "/peak"])
        let peak = try #require(Int((try String(contentsOfFile: folder + "/peak", encoding: .utf8))
            .trimmingCharacters(in: .whitespacesAndNewlines)))
        print("figure: sync against a \(bomb.count / 1000) kB gzip bomb inflating to 2 GiB: peak RSS \(peak / 1024) MB, "
              + "wall \(String(format: "%.2f", run.wall)) s: \(run.errors.trimmingCharacters(in: .whitespacesAndNewlines))")
        #expect(run.status != 0)
        #expect(run.errors.contains("answer larger than 32 MB"), "\(run.errors)")
        #expect(peak < 100 * 1024)
    }

    // MARK: running the real binary

    struct Run {
        var status: Int32
        var output: String
        var errors: String
        var wall: Double
        var cpu: Double
    }

    static func executable(_ name: String) -> String? { BuiltExecutable.path(name) }

    static func temporaryFolder() throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("client-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    /// Runs the binary to its end on a thread of its own, with keys in the environment and no proxy settings;
    /// its CPU time comes from `wait4`.
    static func runOffPool(_ path: String, _ arguments: [String], folder: String,
                           extra: [String: String] = [:]) async throws -> Run {
        var environment = ["SELLER_CONSOLE_AK": "ak-test", "SELLER_CONSOLE_SK": "sk-test-secret",
                           "XDG_CONFIG_HOME": folder + "/config", "XDG_STATE_HOME": folder + "/state",
                           "HOME": folder, "PATH": "/usr/bin:/bin"]
        environment.merge(extra) { $1 }
        let outcome = try await ChildProcess.runOffPool(path, arguments, environment: environment, timeout: 60)
        return Run(status: outcome.status, output: outcome.output, errors: outcome.errors, wall: outcome.seconds, cpu: outcome.cpuSeconds)
    }
}
