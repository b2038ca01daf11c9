import Foundation
import SellerCore
import SellerStore
import Synchronization

extension OutboxSender {
    /// Runs the sender until `isDone` (asked about the store every `checkSeconds` on a connection of its own)
    /// says the work the caller waits for is finished, or `timeout` seconds pass. Returns whether it finished.
    /// Other due actions in the outbox are sent along the way: it is the seller's one outbox.
    public func run(until isDone: @escaping @Sendable (LocalStore) throws -> Bool, timeout: Double,
                    checkSeconds: Double = 0.05) async -> Bool {
        let stop = Atomic(false)
        let sender = Task { await self.run(until: { stop.load(ordering: .relaxed) }) }
        defer { stop.store(true, ordering: .relaxed) }
        var finished = false
        if let monitor = try? await StoreConnection.open(path: storePath, readOnly: true, memory: .compact) {
            let deadline = Date().addingTimeInterval(timeout)
            while Date() < deadline && !Task.isCancelled {
                if (try? await monitor.perform(isDone)) == true {
                    finished = true
                    break
                }
                try? await Task.sleep(nanoseconds: UInt64(checkSeconds * 1_000_000_000))
            }
            try? await monitor.close()
        }
        stop.store(true, ordering: .relaxed)
        // Past the timeout an attempt in flight is abandoned at once (its claim is given back and it stays in the
        // outbox), so the caller's timeout bounds its wall time.
        if !finished { sender.cancel() }
        await sender.value
        return finished
    }

    /// Whether every one of `ids` has left the sender's hands (done, failed or discarded).
    public static func allSettled(_ ids: [Int64], in store: LocalStore) throws -> Bool {
        try ids.allSatisfy { id in
            guard let item = try store.outboxItem(id: id) else { return true }
            return !item.state.isInFlight
        }
    }

    /// Whether nothing in the outbox is left to send without the seller (no queued, sending or waiting action).
    public static func nothingInFlight(in store: LocalStore) throws -> Bool {
        let counts = try store.outboxCounts()
        return OutboxState.allCases.filter(\.isInFlight).allSatisfy { (counts[$0] ?? 0) == 0 }
    }
}
