import Foundation
import SellerCore
import SellerStore
import Simulator
import Testing
import TestSupport

/// `seller-console order query` against the simulator's open API route: the order printed and stored, a refusal
/// shown with its `MKT.*` code in words, and the secret key nowhere in the output.
@Suite("order query", .exclusive, .serialized)
struct OrderQueryCommandTests {
    static func run(_ harness: SimulatorHarness, _ arguments: [String], language: String = "en") throws
        -> ChildProcess.Outcome {
        var environment = ProcessInfo.processInfo.environment
        environment["SELLER_CONSOLE_AK"] = harness.accessKey
        environment["SELLER_CONSOLE_SK"] = harness.secretKey
        environment["XDG_CONFIG_HOME"] = harness.directory.file("config")
        return try ChildProcess.run(
            try #require(BuiltExecutable.path("seller-console")),
            ["order", "query"] + arguments + ["--base-url", harness.baseURL, "--store", harness.storePath,
                                              "--timeout", "20", "--lang", language],
            environment: environment)
    }

    @Test("an order is fetched, printed as text and JSON, and kept in the store")
    func fetchesAndStores() throws {
        let harness = try SimulatorHarness(orders: 20)
        let record = try #require(harness.simulator.world.record(.orders, at: 3))
        guard case .order(let order) = record else { Issue.record("not an order"); return }
        let text = try Self.run(harness, [order.orderId])
        #expect(text.status == 0, "\(text.errors)")
        #expect(text.output.contains("order \(order.orderId)"))
        #expect(text.output.contains(order.buyer.customerName))
        let chinese = try Self.run(harness, [order.orderId, "--no-store"], language: "zh")
        #expect(chinese.output.hasPrefix("订单 \(order.orderId) · \(order.status.label)（"), "\(chinese.output)")
        #expect(chinese.output.contains("  买家 \(order.buyer.customerName)（"), "\(chinese.output)")
        #expect(text.output.contains("  buyer \(order.buyer.customerName) ("), "\(text.output)")
        #expect(!text.output.contains(harness.secretKey) && !text.errors.contains(harness.secretKey))
        let json = try Self.run(harness, [order.orderId, "--json", "--line", order.lines[0].orderLineId])
        #expect(json.status == 0)
        #expect(json.output.hasPrefix("{") && json.output.contains("\"orderId\":\"\(order.orderId)\""))
        let store = try LocalStore(path: harness.storePath)
        #expect(try store.order(id: order.orderId)?.buyer.customerName == order.buyer.customerName)
    }

    @Test("an unknown order is a refusal in words, exit 1; a bad command line exits 2")
    func refusal() throws {
        let harness = try SimulatorHarness(orders: 5)
        let missing = try Self.run(harness, ["CS-NO-SUCH-ORDER"])
        #expect(missing.status == 1)
        #expect(missing.errors.contains("MKT.0101 (invalid parameter)"), "\(missing.errors)")
        let usage = try ChildProcess.run(try #require(BuiltExecutable.path("seller-console")),
                                                ["order", "fetch", "X"])
        #expect(usage.status == 2 && usage.errors.contains("usage: seller-console order query"))
    }
}
