import Foundation
import Testing
@testable import Simulator

/// koosim's flags for the action routes.
@Suite("koosim action flags")
struct KoosimActionFlagsTests {
    let required = ["--ak", "ak", "--sk", "sk"]

    @Test func productionAndUploadFlags() throws {
        let configuration = try KoosimCommand.parse(required + [
            "--production-url", "https://isv.example.com/produce", "--production-key", "pk-1",
            "--upload-dir", "/tmp/koosim-uploads-test",
        ])
        #expect(configuration.productionURL?.absoluteString == "https://isv.example.com/produce")
        #expect(configuration.productionKey == "pk-1")
        #expect(configuration.uploadDirectory?.path == "/tmp/koosim-uploads-test")
        let defaults = try KoosimCommand.parse(required)
        #expect(defaults.productionURL == nil && defaults.productionKey == nil && defaults.uploadDirectory == nil)
        #expect(defaults.productionTimeoutSeconds == 20)
        #expect(throws: KoosimCommand.UsageError.self) {
            try KoosimCommand.parse(required + ["--production-url", "ftp://example.com/x"])
        }
        #expect(throws: KoosimCommand.UsageError.self) { try KoosimCommand.parse(required + ["--production-url", "nohost"]) }
        for flag in ["--production-url", "--production-key", "--upload-dir"] {
            #expect(KoosimCommand.usage.contains(flag))
        }
    }

    @Test("the simulator's own upload folder goes away on stop; a given one stays")
    func uploadDirectoryOwnership() throws {
        var configuration = SimulatorConfiguration(accessKey: "ak", secretKey: "sk")
        configuration.orders = 10
        let owned = MarketSimulator(configuration: configuration)
        try FileManager.default.createDirectory(at: owned.uploadDirectory, withIntermediateDirectories: true)
        owned.stop()
        #expect(!FileManager.default.fileExists(atPath: owned.uploadDirectory.path))

        let mine = URL(fileURLWithPath: NSTemporaryDirectory(), isDirectory: true)
            .appendingPathComponent("koosim-user-uploads-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: mine, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: mine) }
        configuration.uploadDirectory = mine
        let given = MarketSimulator(configuration: configuration)
        given.stop()
        #expect(FileManager.default.fileExists(atPath: mine.path))
    }
}
