import Crypto
import Foundation
import SellerCore
import SellerStore
import Simulator
import Testing
import TestSupport

/// `seller-console replay` and `deliver-license` as a seller runs them.
@Suite(.exclusive, .serialized)
struct ReplayCommandTests {
    static func run(_ arguments: [String], home: TemporaryDirectory) throws -> (Int32, String, String) {
        let outcome = try ChildProcess.run(try #require(BuiltExecutable.path("seller-console")), arguments,
                                           overrides: ["XDG_CONFIG_HOME": home.file("config"),
                                                       "XDG_DATA_HOME": home.file("data"),
                                                       "SELLER_CONSOLE_AK": "test-ak", "SELLER_CONSOLE_SK": "test-sk"])
        return (outcome.status, outcome.output, outcome.errors)
    }

    @Test func usageErrorsExit2() throws {
        let home = try TemporaryDirectory("replay-cli")
        #expect(try Self.run(["replay"], home: home).0 == 2)
        #expect(try Self.run(["deliver-license", "evt-1"], home: home).0 == 2)
        #expect(try Self.run(["deliver-license", "evt-1", "--file", "a", "--text", "b"], home: home).0 == 2)
        #expect(try Self.run(["deliver-license", "--text", "b"], home: home).0 == 2)
    }

    @Test func aReplayRunThroughTheBinaryRecoversAndSaysSo() throws {
        let home = try TemporaryDirectory("replay-cli-run")
        let storePath = home.file("store.db")
        let store = try LocalStore(path: storePath)
        let isv = SampleProductionInterface(configuration: SampleISVConfiguration(accessKey: ReplayAgainstISVTests.key))
        _ = try isv.start()
        defer { isv.stop() }
        let upstream = try #require(isv.url)
        let call = ReplayAgainstISVTests.failedCreate(
            index: 0, at: ReplayAgainstISVTests.nowMillis() - 10 * ReplayAgainstISVTests.dayMillis)
        try store.recordArrival(call.arrival)
        let answer = try #require(call.answer)
        let messageId = try #require(try store.recordAnswer(callId: call.arrival.callId, answer))
        try store.close()
        let (status, output, errors) = try Self.run([
            "replay", messageId, "--store", storePath, "--upstream", upstream, "--key", ReplayAgainstISVTests.key,
            "--base-url", "http://127.0.0.1:9/", "--timeout", "30", "--lang", "en",
        ], home: home)
        #expect(status == 0, "\(output) \(errors)")
        #expect(output.contains("is recovered: nothing more is needed"), "\(output)")
        #expect(!output.contains(ReplayAgainstISVTests.key) && !errors.contains(ReplayAgainstISVTests.key))
        #expect(isv.calls.count == 1 && isv.calls.first?.resultCode == "000000")
        // Unknown ids are refused with the reason (exit 5).
        let (unknown, _, unknownErrors) = try Self.run([
            "replay", "J-NOPE", "CNOPE", "--store", storePath, "--upstream", upstream, "--key", "k",
            "--base-url", "http://127.0.0.1:9/",
        ], home: home)
        #expect(unknown == 5, "\(unknownErrors)")
    }

    @Test func aReplayOfAStillFailingCallExits6WithTheWindowSentence() throws {
        let home = try TemporaryDirectory("replay-cli-fail")
        let storePath = home.file("store.db")
        let store = try LocalStore(path: storePath)
        var configuration = SampleISVConfiguration(accessKey: ReplayAgainstISVTests.key)
        configuration.misbehaviours = [.http500]
        let isv = SampleProductionInterface(configuration: configuration)
        _ = try isv.start()
        defer { isv.stop() }
        let upstream = try #require(isv.url)
        let call = ReplayAgainstISVTests.failedCreate(
            index: 1, at: ReplayAgainstISVTests.nowMillis() - 10 * ReplayAgainstISVTests.dayMillis)
        try store.recordArrival(call.arrival)
        let answer = try #require(call.answer)
        try store.recordAnswer(callId: call.arrival.callId, answer)
        try store.close()
        let (status, output, errors) = try Self.run([
            "replay", call.arrival.callId, "--store", storePath, "--upstream", upstream,
            "--key", ReplayAgainstISVTests.key, "--base-url", "http://127.0.0.1:9/", "--timeout", "30",
        ], home: home)
        #expect(status == 6, "\(output) \(errors)")
        #expect((output + errors).contains("请在卖家中心（生产接口消息）点击重新启动"), "\(output) \(errors)")
    }

    @Test func deliverLicenseThroughTheBinaryReachesTheSimulatorOnce() throws {
        let harness = try SimulatorHarness(orders: 3)
        let store = try LocalStore(path: harness.storePath)
        _ = try LicenseDeliveryOutboxTests.journalAsyncLicense(eventId: "evt-cli", in: store)
        try store.close()
        let file = harness.directory.file("license.lic")
        let bytes = Array("LICENSE-CLI-0001\n".utf8)
        try Data(bytes).write(to: URL(fileURLWithPath: file))
        func run(_ arguments: [String]) throws -> (Int32, String, String) {
            let outcome = try ChildProcess.run(try #require(BuiltExecutable.path("seller-console")),
                                               arguments + ["--store", harness.storePath, "--base-url", harness.baseURL],
                                               overrides: ["XDG_CONFIG_HOME": harness.directory.file("config"),
                                                           "SELLER_CONSOLE_AK": harness.accessKey,
                                                           "SELLER_CONSOLE_SK": harness.secretKey])
            return (outcome.status, outcome.output, outcome.errors)
        }
        let (status, output, errors) = try run(["deliver-license", "evt-cli", "--file", file, "--timeout", "30"])
        #expect(status == 0, "\(output) \(errors)")
        #expect(harness.simulator.licenseDeliveries(eventId: "evt-cli").map(\.sha256) == [SHA256.hexDigest(bytes)])
        #expect(!output.contains(harness.secretKey) && !errors.contains(harness.secretKey))
        let (unknown, _, reason) = try run(["deliver-license", "evt-none", "--text", "K"])
        #expect(unknown == 5 && reason.contains("evt-none"), "\(reason)")
    }
}
