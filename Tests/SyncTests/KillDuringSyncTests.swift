import Foundation
import SellerCore
import SellerStore
import Testing
import TestSupport

/// Runs the real `seller-console sync` binary and kills it with SIGKILL at several moments of observed progress.
@Suite("kill -9 during sync", .exclusive, .serialized)
struct KillDuringSyncTests {
    static func binary() -> String? { BuiltExecutable.path("seller-console") }

    static func environment(_ harness: SimulatorHarness, secretKey: String? = nil) -> [String: String?] {
        ["SELLER_CONSOLE_AK": harness.accessKey, "SELLER_CONSOLE_SK": secretKey ?? harness.secretKey,
         "XDG_CONFIG_HOME": harness.directory.path + "/config"]
    }

    func launchSync(_ binary: String, _ harness: SimulatorHarness) throws -> ChildProcess {
        try ChildProcess(binary, ["sync", "--base-url", harness.baseURL, "--store", harness.storePath,
                                  "--timeout", "120"], overrides: Self.environment(harness))
    }

    /// Records in the store, read through a connection of its own (nil while the file is not a store yet).
    static func storedRecords(_ path: String) -> Int? {
        guard let store = try? LocalStore(path: path, readOnly: true, memory: .compact) else { return nil }
        defer { try? store.close() }
        var total = 0
        for kind in EntityKind.allCases {
            guard let count = try? store.count(kind) else { return nil }
            total += count
        }
        return total
    }

    @Test("killed at several points of observed progress, a rerun ends with the same content and a sound file",
          .tags(.heavy))
    func killAndResume() throws {
        let binary = try #require(Self.binary(), "seller-console is built beside the tests")
        let harness = try SimulatorHarness(orders: 5000, seed: 3)
        let total = EntityKind.allCases.reduce(0) { $0 + harness.expectedRecords($1).count }
        // Kill points as shares of the whole sync: just after the first page, early, middle, late, near the end.
        // Each kill waits for the store to show that much progress (and more than when that run started).
        for share in [0.0, 0.15, 0.4, 0.65, 0.85] {
            let before = Self.storedRecords(harness.storePath) ?? 0
            let target = max(Int(Double(total) * share), before + 1)
            let process = try launchSync(binary, harness)
            var seen = before
            let reached = waitUntil(timeout: 120, pollEvery: 0.005) {
                seen = Self.storedRecords(harness.storePath) ?? seen
                return seen >= target || !process.isRunning
            }
            let killed = process.send(SIGKILL)
            let outcome = try process.wait(timeout: 30)
            let after = Self.storedRecords(harness.storePath) ?? 0
            #expect(reached && seen >= target, "at \(share): progress reached \(seen) of \(target)")
            // Mid-sync: the sync was still running when the signal came (it died of it rather than exiting),
            // had stored a page in this run, and had not stored everything.
            #expect(killed && outcome.signal == SIGKILL, "at \(share): ended with \(outcome.status) before the kill")
            #expect(after > before, "at \(share): the kill came before this run's first page")
            #expect(after < total, "at \(share): the kill came after the sync had finished (\(after) of \(total))")
            let store = try LocalStore(path: harness.storePath)
            #expect(try store.integrityCheck() == ["ok"], "after a kill at \(share)")
            try store.close()
        }
        let finalRun = try launchSync(binary, harness).wait(timeout: 120)
        #expect(finalRun.status == 0, "\(finalRun.errors)")
        let store = try LocalStore(path: harness.storePath)
        defer { try? store.close() }
        #expect(try store.integrityCheck() == ["ok"])
        #expect(try harness.differences(store: store) == [])
        // A bulk load a kill interrupted was carried on and finished: every index is back and searchable.
        for kind in EntityKind.allCases { #expect(try !store.isBulkLoading(kind), "\(kind)") }
        #expect(try store.indexNames() == LocalStoreFixtures.freshIndexNames(harness.directory))
        try store.checkSearchIndexes()
    }

    @Test("a wrong secret exits non-zero, names the signature rejection, writes nothing")
    func wrongSecretExitCode() throws {
        let binary = try #require(Self.binary())
        let harness = try SimulatorHarness(orders: 20)
        let result = try ChildProcess.run(binary, ["sync", "--base-url", harness.baseURL, "--store", harness.storePath],
                                          overrides: Self.environment(harness, secretKey: "wrong-secret"))
        let text = result.errors
        #expect(result.status == 3)
        #expect(text.contains("Signature rejected") || text.contains("拒绝了签名"), "\(text)")
        #expect(!text.contains("wrong-secret"))
        // The store did not exist before, and no good answer came: none is left behind.
        for suffix in ["", "-wal", "-shm"] {
            #expect(!FileManager.default.fileExists(atPath: harness.storePath + suffix), "store\(suffix) left behind")
        }
    }

    @Test("sync into another application's SQLite database refuses it with exit 2 and leaves it byte-identical")
    func foreignDatabaseUntouched() throws {
        let binary = try #require(Self.binary())
        let harness = try SimulatorHarness(orders: 20)
        let foreign = harness.directory.file("other.db")
        let database = try LocalStoreFixtures.foreignDatabase(at: foreign)
        let before = try Data(contentsOf: URL(fileURLWithPath: foreign))
        let result = try ChildProcess.run(binary, ["sync", "--base-url", harness.baseURL, "--store", foreign,
                                                   "--lang", "en"],
                                          overrides: Self.environment(harness))
        let text = result.errors
        #expect(result.status == 2, "\(text)")
        #expect(text.contains("is not a seller-console store"), "\(text)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: foreign)) == before, "\(database) changed")
        #expect(!FileManager.default.fileExists(atPath: foreign + "-wal"))
    }
}

/// Databases that are not seller-console stores, made with the store's own SQLite wrapper.
enum LocalStoreFixtures {
    /// Another application's database: one table, one row, rollback journal; returns what it holds.
    static func foreignDatabase(at path: String) throws -> String {
        let database = try Database(path: path, configuration: Database.Configuration(walMode: false))
        try database.execute("CREATE TABLE notes(id INTEGER PRIMARY KEY, text TEXT)")
        try database.execute("INSERT INTO notes(text) VALUES ('keep me')")
        try database.close()
        return "notes(keep me)"
    }

    /// The indexes of a new, empty store made in `directory`: what a store must have once no bulk load is left.
    static func freshIndexNames(_ directory: TemporaryDirectory) throws -> [String] {
        let store = try LocalStore(path: directory.file("fresh-\(UUID().uuidString).db"))
        defer { try? store.close() }
        return try store.indexNames()
    }
}
