import Foundation
import SellerCore
import SellerStore
import Testing
import TestSupport

/// Runs the real `seller-console sync` binary and kills it with SIGKILL at several moments.
@Suite("kill -9 during sync")
struct KillDuringSyncTests {
    /// The built `seller-console`, next to the test bundle in the build folder.
    static func binary() -> String? { CommandLineTests.executable("seller-console") }

    func launchSync(_ binary: String, _ harness: SimulatorHarness) throws -> Process {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = ["sync", "--base-url", harness.baseURL, "--store", harness.storePath, "--timeout", "120"]
        var environment = ProcessInfo.processInfo.environment
        environment["SELLER_CONSOLE_AK"] = harness.accessKey
        environment["SELLER_CONSOLE_SK"] = harness.secretKey
        environment["XDG_CONFIG_HOME"] = harness.directory.path + "/config"
        process.environment = environment
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        return process
    }

    @Test("killed at several points, a rerun ends with the same content and a sound file")
    func killAndResume() throws {
        let binary = try #require(Self.binary(), "seller-console is built beside the tests")
        let harness = try SimulatorHarness(orders: 20000, seed: 3)
        // Kill points spread over the sync: before the first page, mid-orders, mid-instances, near the end.
        for delay in [0.02, 0.15, 0.4, 0.8, 1.5] {
            let process = try launchSync(binary, harness)
            Thread.sleep(forTimeInterval: delay)
            if process.isRunning { kill(process.processIdentifier, SIGKILL) }
            process.waitUntilExit()
            let store = try LocalStore(path: harness.storePath)
            #expect(try store.integrityCheck() == ["ok"], "after a kill at \(delay) s")
            try store.close()
        }
        let finalRun = try launchSync(binary, harness)
        finalRun.waitUntilExit()
        #expect(finalRun.terminationStatus == 0)
        let store = try LocalStore(path: harness.storePath)
        defer { try? store.close() }
        #expect(try store.integrityCheck() == ["ok"])
        #expect(try harness.differences(store: store) == [])
    }

    @Test("a wrong secret exits non-zero, names the signature rejection, writes nothing")
    func wrongSecretExitCode() throws {
        let binary = try #require(Self.binary())
        let harness = try SimulatorHarness(orders: 20)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = ["sync", "--base-url", harness.baseURL, "--store", harness.storePath]
        var environment = ProcessInfo.processInfo.environment
        environment["SELLER_CONSOLE_AK"] = harness.accessKey
        environment["SELLER_CONSOLE_SK"] = "wrong-secret"
        environment["XDG_CONFIG_HOME"] = harness.directory.path + "/config"
        process.environment = environment
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let text = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 3)
        #expect(text.contains("signature rejected"))
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
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = ["sync", "--base-url", harness.baseURL, "--store", foreign]
        var environment = ProcessInfo.processInfo.environment
        environment["SELLER_CONSOLE_AK"] = harness.accessKey
        environment["SELLER_CONSOLE_SK"] = harness.secretKey
        environment["XDG_CONFIG_HOME"] = harness.directory.path + "/config"
        process.environment = environment
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let text = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 2, "\(text)")
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
}
