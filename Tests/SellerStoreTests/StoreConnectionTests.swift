import Dispatch
import Foundation
import SellerCore
import SellerStore
import Synchronization
import Testing
import TestSupport

/// `StoreConnection` gives a store one owner: every closure runs on the connection's own queue, never on Swift's
/// cooperative pool, and never two at once.
@Suite struct StoreConnectionTests {
    final class Counts: Sendable {
        let inside = Mutex(0)
        let mostAtOnce = Mutex(0)
        let blocked = Mutex(0)
        let order = Mutex<[Int]>([])
    }

    @Test("writes from many tasks run one at a time and land in the file")
    func closuresRunOneAtATime() async throws {
        let directory = try TemporaryDirectory("connection")
        let path = directory.file("store.db")
        let counts = Counts()
        try await StoreConnection.using(path: path) { connection in
            await withTaskGroup(of: Void.self) { group in
                for index in 0..<40 {
                    group.addTask {
                        try? await connection.write { store in
                            let now = counts.inside.withLock { count in
                                count += 1
                                return count
                            }
                            counts.mostAtOnce.withLock { $0 = max($0, now) }
                            try store.setSyncCursor(.orders, token: "t\(index)", at: Timestamp(millis: Int64(index)))
                            counts.inside.withLock { $0 -= 1 }
                        }
                    }
                }
            }
        }
        #expect(counts.mostAtOnce.withLock { $0 } == 1, "never two closures at once")
        let store = try LocalStore(path: path, readOnly: true)
        defer { try? store.close() }
        #expect(try store.syncCursor(.orders)?.hasPrefix("t") == true)
    }

    @Test("four connections blocked inside their closures leave the cooperative pool free for other tasks")
    func blockedConnectionsDoNotHoldThePool() async throws {
        let directory = try TemporaryDirectory("connection-pool")
        let counts = Counts()
        let release = DispatchSemaphore(value: 0)
        var connections: [StoreConnection] = []
        for index in 0..<4 { connections.append(try await StoreConnection.open(path: directory.file("\(index).db"))) }
        let opened = connections
        await withTaskGroup(of: Void.self) { group in
            for connection in opened {
                group.addTask {
                    _ = try? await connection.perform { _ in
                        counts.blocked.withLock { $0 += 1 }
                        // Blocks this connection's thread (bounded); on the pool, four of these would stall it.
                        _ = release.wait(timeout: .now() + 20)
                    }
                }
            }
            // More blocked closures than the pool has threads, and still this task and a new one run.
            #expect(await waitUntilAsync { counts.blocked.withLock { $0 } == 4 }, "all four block at once")
            #expect(await Task.detached { 6 * 7 }.value == 42)
            for _ in opened { release.signal() }
        }
        for connection in opened { try await connection.close() }
    }

    @Test("a failed open throws and leaves the file alone; a failed body closes the connection and rethrows")
    func errorsReachTheCaller() async throws {
        let directory = try TemporaryDirectory("connection-errors")
        let foreign = directory.file("foreign.db")
        try Data("not a store, just text".utf8).write(to: URL(fileURLWithPath: foreign))
        await #expect(throws: (any Error).self) { try await StoreConnection.open(path: foreign) }
        #expect(try Data(contentsOf: URL(fileURLWithPath: foreign)) == Data("not a store, just text".utf8))

        let path = directory.file("store.db")
        await #expect(throws: Stop.self) {
            try await StoreConnection.using(path: path) { connection in
                try await connection.perform { _ in throw Stop() }
            }
        }
        let again = try await StoreConnection.open(path: path)
        #expect(try await again.perform { try $0.count(.orders) } == 0)
        try await again.close()
    }

    struct Stop: Error {}
    struct Refused: Error {}

    @Test("BlockingExecutor.run runs its bodies in order and returns what they return or throw")
    func blockingExecutorRuns() async throws {
        let executor = BlockingExecutor(label: "blocking test")
        let counts = Counts()
        for index in 0..<5 {
            let doubled = try await executor.run { () throws -> Int in
                counts.order.withLock { $0.append(index) }
                return index * 2
            }
            #expect(doubled == index * 2)
        }
        #expect(counts.order.withLock { $0 } == [0, 1, 2, 3, 4])
        await #expect(throws: Refused.self) { try await executor.run { () throws -> Int in throw Refused() } }
    }
}
