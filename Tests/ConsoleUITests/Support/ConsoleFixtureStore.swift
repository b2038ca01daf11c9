import ConsoleUI
import Foundation
import SellerCore
import SellerStore
import Simulator
import TestSupport

/// A store filled straight from the simulator's seeded world (no HTTP), for console tests: the same
/// `orders` and seed always give the same records.
enum ConsoleFixtureStore {
    /// Each tab with the id of its `PresentationFixtures` record (mixed-width and hostile text).
    static let fixtureRecords: [(tab: ConsoleTab, id: String)] = [
        (.orders, PresentationFixtures.orderId), (.instances, PresentationFixtures.instanceId),
        (.exceptions, PresentationFixtures.messageId), (.supervision, PresentationFixtures.taskId),
        (.tickets, PresentationFixtures.caseId),
    ]

    /// The world's epoch, as `SimulatorHarness` uses it, so a fixture has the same records as a synced store.
    static let epoch = Timestamp(koogallery: "20261123080000") ?? Timestamp(millis: 0)

    /// A store in `directory` holding the seeded world's decodable records and `extra`. Built once per test
    /// process for each set of arguments and copied, so suites that build the same store for every test pay
    /// for one build.
    static func make(orders: Int, seed: UInt64 = 7, extra: [SellerRecord] = [],
                     in directory: TemporaryDirectory) throws -> String {
        let path = directory.file("console.db")
        let key = "console-\(orders)-\(seed)-\(String(reflecting: extra))"
        try FixtureTemplates.copy(key, to: path) { template in
            let world = World(seed: seed, orders: orders, epoch: epoch)
            let store = try LocalStore(path: template)
            try store.write {
                for kind in EntityKind.allCases {
                    for record in SimulatorHarness.decodableRecords(kind, in: world).values {
                        _ = try store.upsert(record)
                    }
                }
                for record in extra { _ = try store.upsert(record) }
            }
            try store.close()
        }
        return path
    }
}
