import Foundation
import Testing
import TestSupport

/// The built executables, run as a seller would.
@Suite("command line", .exclusive, .serialized)
struct CommandLineTests {
    static func executable(_ name: String) -> String? { BuiltExecutable.path(name) }

    /// Runs to completion and returns (status, stdout, stderr).
    static func run(_ name: String, _ arguments: [String]) throws -> (Int32, String, String) {
        let outcome = try ChildProcess.run(try #require(executable(name)), arguments)
        return (outcome.status, outcome.output, outcome.errors)
    }

    @Test("sign-request reproduces the APIG known-answer vector of docs/KOOGALLERY.md §4.8")
    func signRequestVector() throws {
        let (status, output, _) = try Self.run("seller-console", [
            "sign-request", "--ak", "HPUAEXAMPLEAK0000001", "--sk", "exampleSecretKey0123456789abcdefEXAMPLE",
            "--method", "GET",
            "--url", "https://mkt.myhuaweicloud.com/api/mkp-openapi-public/global/v1/order/query?orderId=CS2211181819B4LVS&orderLineId=CS2211181819B4LVS-000001",
            "--header", "Content-Type: application/json", "--date", "20261123T080000Z",
        ])
        #expect(status == 0)
        #expect(output.contains("Authorization: SDK-HMAC-SHA256 Access=HPUAEXAMPLEAK0000001, "
            + "SignedHeaders=content-type;host;x-sdk-date, "
            + "Signature=1f2be53ebdf88cae03a407b009cd9b16c8e27fff03be0f9abad80c1ae89cfd0c"))
        #expect(output.contains("/api/mkp-openapi-public/global/v1/order/query/\n"))
        #expect(!output.contains("exampleSecretKey"))
    }

    @Test("every command answers --help; unknown options are refused")
    func help() throws {
        for command in ["sync", "sign-request", "demo", "benchmark-sync"] {
            let (status, output, _) = try Self.run("seller-console", [command, "--help"])
            #expect(status == 0 && output.contains("usage:"), "\(command)")
        }
        #expect(try Self.run("koosim", ["--help"]).0 == 0)
        let (status, _, errors) = try Self.run("seller-console", ["sync", "--bogus", "1"])
        #expect(status == 2 && errors.contains("unknown argument --bogus"))
        #expect(try Self.run("koosim", ["--port", "0"]).0 == 2)
    }

    @Test("koosim prints its loopback URL and stops cleanly on SIGTERM and SIGINT", arguments: [SIGTERM, SIGINT])
    func koosimLifecycle(signal: Int32) throws {
        // The signal goes the moment the URL is printed, ten times: a signal in that moment was once lost.
        for _ in 0..<10 {
            let koosim = try ChildProcess(try #require(Self.executable("koosim")),
                                          ["--port", "0", "--ak", "a", "--sk", "s", "--orders", "10"])
            #expect(waitUntil(timeout: 30) { koosim.outputSoFar.hasSuffix("\n") || !koosim.isRunning })
            let url = koosim.outputSoFar.trimmingCharacters(in: .whitespacesAndNewlines)
            #expect(url.hasPrefix("http://127.0.0.1:"))
            #expect(koosim.send(signal))
            let outcome = try koosim.wait(timeout: 30)
            #expect(outcome.signal == nil && outcome.status == 0)
        }
    }
}

/// Profiles and credentials as docs/ARCHITECTURE.md §9 describes, through the real binary.
@Suite("profiles and credentials", .exclusive, .serialized)
struct ProfileTests {
    func writeConfig(_ directory: TemporaryDirectory, baseURL: String, ak: String, sk: String,
                     mode: Int) throws -> String {
        let folder = directory.path + "/config/seller-console"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try "[profile shop]\nsite = local\nbase_url = \(baseURL)\n".write(toFile: folder + "/config", atomically: true,
                                                                         encoding: .utf8)
        try "[shop]\nak = \(ak)\nsk = \(sk)\n".write(toFile: folder + "/credentials", atomically: true, encoding: .utf8)
        chmod(folder + "/credentials", mode_t(mode))
        return directory.path + "/config"
    }

    func sync(configHome: String, store: String) throws -> (Int32, String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try #require(CommandLineTests.executable("seller-console")))
        process.arguments = ["sync", "--profile", "shop", "--store", store]
        var environment = ProcessInfo.processInfo.environment
        environment["XDG_CONFIG_HOME"] = configHome
        environment.removeValue(forKey: "SELLER_CONSOLE_AK")
        environment.removeValue(forKey: "SELLER_CONSOLE_SK")
        process.environment = environment
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let text = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return (process.terminationStatus, text)
    }

    @Test("a credentials file readable by others is refused with the chmod to run; 0600 syncs")
    func credentialsMode() throws {
        let harness = try SimulatorHarness(orders: 30)
        let home = try writeConfig(harness.directory, baseURL: harness.baseURL, ak: harness.accessKey,
                                   sk: harness.secretKey, mode: 0o644)
        let (refused, message) = try sync(configHome: home, store: harness.storePath)
        #expect(refused == 2)
        #expect(message.contains("chmod 600"))
        #expect(!message.contains(harness.secretKey))
        chmod(home + "/seller-console/credentials", 0o600)
        let (status, _) = try sync(configHome: home, store: harness.storePath)
        #expect(status == 0)
    }

    @Test("a missing profile or missing keys are explained")
    func missingProfile() throws {
        let directory = try TemporaryDirectory("profile")
        let (status, message) = try sync(configHome: directory.path + "/none", store: directory.file("s.db"))
        #expect(status == 2)
        #expect(message.contains("[profile shop]"))
    }
}
