import Foundation
import Testing
import TestSupport

/// `--timeout` bounds the wall time of the commands that send actions, not only how long they wait: with the
/// marketplace silent, an action command and `outbox send` end within a second of it, and the action stays in
/// the outbox.
@Suite("command deadlines", .exclusive, .serialized, .tags(.heavy))
struct CommandDeadlineTests {
    @Test("retry --timeout 3 and outbox send --timeout 3 against a silent marketplace end within 1 s of it")
    func actionAndOutboxSendOnSilentServer() async throws {
        let binary = try #require(ClientCostTests.executable("seller-console"))
        let harness = try SimulatorHarness(orders: 200)
        let folder = try ClientCostTests.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let store = folder + "/s.db"
        let keys = ["SELLER_CONSOLE_AK": harness.accessKey, "SELLER_CONSOLE_SK": harness.secretKey]
        let synced = try await ClientCostTests.runOffPool(binary, ["sync", "--base-url", harness.baseURL, "--store",
                                                                   store], folder: folder, extra: keys)
        #expect(synced.status == 0, "\(synced.errors)")
        let listed = try await ClientCostTests.runOffPool(binary, ["list", "exceptions", "--status", "open", "--json",
                                                                   "--limit", "1", "--store", store], folder: folder)
        let output = listed.output
        #expect(listed.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any])
        let messageId = try #require(object["id"] as? String)

        let silent = try ScriptedServer { connection in connection.waitForPeerToClose() }
        defer { silent.stop() }
        let action = try await ClientCostTests.runOffPool(binary, ["retry", messageId, "--base-url", silent.baseURL,
                                                                   "--store", store, "--timeout", "3"],
                                                          folder: folder, extra: keys)
        print("figure: retry --timeout 3 on a silent marketplace: wall \(String(format: "%.2f", action.wall)) s, "
              + "exit \(action.status)")
        #expect(action.status == 7, "still pending: \(action.errors)")
        #expect(action.wall < 4, "--timeout bounds the whole command")

        let send = try await ClientCostTests.runOffPool(binary, ["outbox", "send", "--base-url", silent.baseURL,
                                                                 "--store", store, "--timeout", "3"],
                                                        folder: folder, extra: keys)
        print("figure: outbox send --timeout 3 on a silent marketplace: wall \(String(format: "%.2f", send.wall)) s, "
              + "exit \(send.status)")
        #expect(send.status == 7, "still pending: \(send.errors)")
        #expect(send.wall < 4, "--timeout bounds the whole command")
        let queued = try await ClientCostTests.runOffPool(binary, ["list", "outbox", "--json", "--store", store],
                                                          folder: folder)
        #expect(queued.status == 0)
        let items = queued.output
        #expect(items.contains(messageId), "the action stays in the outbox: \(items)")
        #expect(!items.contains("\"status\":\"done\""), "\(items)")
    }
}
