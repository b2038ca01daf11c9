import Foundation
import MarketAPI
import MarketClient
import SellerCore
import SellerStore
import Simulator

/// A simulator on its own loopback port plus a store in its own temporary directory, for one test.
public final class SimulatorHarness: @unchecked Sendable {
    public let simulator: MarketSimulator
    public let baseURL: String
    public let directory: TemporaryDirectory
    public let accessKey: String
    public let secretKey: String

    /// `configure` runs last, for the settings a test needs beyond these (upload folder, production URL).
    public init(orders: Int, seed: UInt64 = 7, faults: Double = 0, hostile: Double = 0, stallSeconds: Double = 2,
                epoch: Timestamp? = Timestamp(koogallery: "20261123080000"), accessKey: String = "test-ak-0001",
                configure: (inout SimulatorConfiguration) -> Void = { _ in }) throws {
        directory = try TemporaryDirectory("sim")
        self.accessKey = accessKey
        secretKey = "test-sk-" + UUID().uuidString
        var configuration = SimulatorConfiguration(accessKey: accessKey, secretKey: secretKey)
        configuration.orders = orders
        configuration.seed = seed
        configuration.faultRate = faults
        configuration.hostileRate = hostile
        configuration.stallSeconds = stallSeconds
        configuration.epoch = epoch
        configuration.spoolDirectory = directory.url
        configure(&configuration)
        simulator = MarketSimulator(configuration: configuration)
        baseURL = try simulator.start()
    }

    deinit { simulator.stop() }

    public var storePath: String { directory.file("store.db") }

    public func clientConfiguration(secretKey: String? = nil, timeout: Double = 1) -> ClientConfiguration {
        var configuration = ClientConfiguration(baseURL: baseURL, accessKey: accessKey,
                                                secretKey: secretKey ?? self.secretKey)
        configuration.timeout = timeout
        configuration.maxAttempts = 12
        configuration.initialBackoff = 0.01
        configuration.maxBackoff = 0.2
        return configuration
    }

    /// Every record of the world that a client can decode, by kind.
    public func expectedRecords(_ kind: EntityKind) -> [String: SellerRecord] {
        Self.decodableRecords(kind, in: simulator.world)
    }

    /// The records of a seeded world a client can decode, without serving it: fixtures that only need the
    /// data build the world alone, with no HTTP server.
    public static func decodableRecords(_ kind: EntityKind, in world: World) -> [String: SellerRecord] {
        var records: [String: SellerRecord] = [:]
        for index in 0..<world.count(of: kind) {
            if let spoil = world.hostileKind(of: kind, at: index), !spoil.isDecodable { continue }
            if let record = world.record(kind, at: index) { records[record.id] = record }
        }
        return records
    }

    /// Differences between the store and the world's decodable records, as readable lines (empty when equal).
    public func differences(store: LocalStore) throws -> [String] {
        var problems: [String] = []
        for kind in EntityKind.allCases {
            let expected = expectedRecords(kind)
            var seen = 0
            try store.forEachID(kind) { id in
                seen += 1
                guard let want = expected[id] else {
                    problems.append("\(kind.commandName) \(id): in the store but not expected")
                    return
                }
                let have = try store.record(kind, id: id)
                if have != want { problems.append("\(kind.commandName) \(id): fields differ") }
            }
            if seen != expected.count { problems.append("\(kind.commandName): store has \(seen), world has \(expected.count)") }
            if problems.count > 20 { break }
        }
        return problems
    }
}
