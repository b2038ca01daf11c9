import Foundation
import SellerCore
import SellerStore
import Simulator
import Testing
import TestSupport

/// `list --json`'s `url` member (issue 14, item 3) through the real binary: the profile's Seller Center address
/// of each row, the same the console opens; null when no page is known. Other members are unchanged.
@Suite("list --json url", .exclusive, .serialized)
struct ListURLCommandTests {
    static let produceMsg = "https://console.huaweicloud.com/marketplace/isv/#/console/produceMsg"

    /// A store of the seeded world's records (no HTTP) and a config folder of its own.
    final class Home: @unchecked Sendable {
        let directory: TemporaryDirectory
        let storePath: String

        init() throws {
            directory = try TemporaryDirectory("list-url")
            storePath = directory.file("store.db")
            let epoch = try #require(Timestamp(koogallery: "20261123080000"))
            let world = World(seed: 7, orders: 30, epoch: epoch)
            let store = try LocalStore(path: storePath)
            try store.write {
                for kind in EntityKind.synced {
                    for record in SimulatorHarness.decodableRecords(kind, in: world).values {
                        _ = try store.upsert(record)
                    }
                }
            }
            try store.close()
            try FileManager.default.createDirectory(atPath: directory.path + "/config/seller-console",
                                                    withIntermediateDirectories: true)
        }

        func list(_ kind: String, config: String) throws -> (status: Int32, objects: [JSONValue], errors: String) {
            try config.write(toFile: directory.path + "/config/seller-console/config", atomically: true,
                             encoding: .utf8)
            var environment = ProcessInfo.processInfo.environment
            environment.removeValue(forKey: "SELLER_CONSOLE_PROFILE")
            environment["XDG_CONFIG_HOME"] = directory.path + "/config"
            let result = try ChildProcess.run(try #require(BuiltExecutable.path("seller-console")),
                                              ["list", kind, "--json", "--store", storePath],
                                              environment: environment, timeout: 60)
            return (result.status, try ListCommandTests.objects(result.output), result.errors)
        }
    }

    @Test("url is the template's address, the documented 生产接口消息 page, or null")
    func urlMember() throws {
        let home = try Home()
        let config = "[profile default]\nsite = cn\n[links]\norders = https://seller.example/o/{orderId}\n"
        let orders = try home.list("orders", config: config)
        #expect(orders.status == 0, "\(orders.errors)")
        #expect(!orders.objects.isEmpty)
        for object in orders.objects {
            let id = try #require(object["id"]?.stringValue)
            #expect(object["url"]?.stringValue == "https://seller.example/o/" + id)
        }
        let exceptions = try home.list("exceptions", config: config)
        #expect(!exceptions.objects.isEmpty
                && exceptions.objects.allSatisfy { $0["url"]?.stringValue == Self.produceMsg })
        let tasks = try home.list("supervision", config: config)
        #expect(!tasks.objects.isEmpty && tasks.objects.allSatisfy { $0["url"] == .null })
        // Only a member is added: the rest of each object is what it was, with url last.
        guard case .object(let members)? = orders.objects.first else { Issue.record("not an object"); return }
        #expect(members.first?.key == "kind" && members.last?.key == "url")
    }

    @Test("the intl site has no built-in page; a bad [links] line is reported on stderr with file:line")
    func intlAndBadLines() throws {
        let home = try Home()
        let config = "[profile default]\nsite = intl\n[links]\nrefunds = https://x.example/{id}\n"
        let exceptions = try home.list("exceptions", config: config)
        #expect(exceptions.status == 0)
        #expect(exceptions.objects.allSatisfy { $0["url"] == .null })
        #expect(exceptions.errors.contains("config:4") && exceptions.errors.contains("refunds"), "\(exceptions.errors)")
    }
}
