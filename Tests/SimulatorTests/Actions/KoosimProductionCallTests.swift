import Foundation
import MarketAPI
import MarketClient
import SellerCore
import Testing
import TestSupport

/// `koosim --production-url` as a seller runs it: the real binary calls a real interface (`koosim isv`) for
/// 重新启动 and leaves nothing behind in the user's folders.
@Suite("koosim calls a production interface", .exclusive)
struct KoosimProductionCallTests {
    @Test("a restart calls the interface through the project's client and leaves the data folder as it was",
          .tags(.heavy))
    func restartLeavesNoDataFolder() async throws {
        let koosim = try #require(BuiltExecutable.path("koosim"))
        let home = try TemporaryDirectory("koosim-production")
        let data = home.file("data")
        try FileManager.default.createDirectory(atPath: data, withIntermediateDirectories: true)
        let isv = try ChildProcess(koosim, ["isv", "--port", "0", "--key", "production-key-9", "--interface", "saas-v2"])
        defer { _ = isv.send(SIGTERM); _ = try? isv.wait(timeout: 30) }
        let isvURL = try #require(Self.firstLine(of: isv))
        let market = try ChildProcess(koosim, [
            "--ak", "ak", "--sk", "sk", "--port", "0", "--orders", "60", "--production-url", isvURL + "produce",
            "--production-key", "production-key-9",
        ], overrides: ["HOME": home.path, "XDG_DATA_HOME": data])
        defer { _ = market.send(SIGTERM); _ = try? market.wait(timeout: 30) }
        let marketURL = try #require(Self.firstLine(of: market))

        var configuration = ClientConfiguration(baseURL: marketURL, accessKey: "ak", secretKey: "sk")
        configuration.maxAttempts = 1
        let client = MarketClient(configuration: configuration)
        let page = try await client.listPage(.exceptions, ListQuery(limit: 100))
        var restarted: ProduceMessage?
        for case .exception(let message) in page.records where restarted == nil {
            if (try? await client.submitAction(.restart(messageId: message.messageId),
                                               idempotencyKey: UUID().uuidString)) != nil {
                restarted = message
            }
        }
        let message = try #require(restarted, "one of \(page.records.count) messages accepts 重新启动")
        let after = try await client.listPage(.exceptions, ListQuery(limit: 100))
        let attempt = after.records.compactMap { record -> CallAttempt? in
            guard case .exception(let current) = record, current.messageId == message.messageId else { return nil }
            return current.attempts.last
        }.first
        #expect(attempt?.httpStatus != nil, "the interface answered the restart's call: \(String(describing: attempt))")

        #expect(market.send(SIGTERM))
        let outcome = try market.wait(timeout: 30)
        #expect(outcome.status == 0, "\(outcome.errors)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: data).isEmpty,
                "nothing of koosim's may appear under XDG_DATA_HOME")
    }

    /// The URL a koosim server prints as its first line, once it listens.
    static func firstLine(of child: ChildProcess) -> String? {
        _ = waitUntil(timeout: 30) { child.outputSoFar.contains("\n") || !child.isRunning }
        let line = child.outputSoFar.split(separator: "\n").first.map(String.init)
        return line.map { $0.hasSuffix("/") ? $0 : $0 + "/" }
    }
}
