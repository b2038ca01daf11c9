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

    static func make(orders: Int, seed: UInt64 = 7, extra: [SellerRecord] = [],
                     in directory: TemporaryDirectory) throws -> String {
        let harness = try SimulatorHarness(orders: orders, seed: seed)
        let path = directory.file("console.db")
        let store = try LocalStore(path: path)
        try store.write {
            for kind in EntityKind.allCases {
                for record in harness.expectedRecords(kind).values { _ = try store.upsert(record) }
            }
            for record in extra { _ = try store.upsert(record) }
        }
        try store.close()
        return path
    }
}
