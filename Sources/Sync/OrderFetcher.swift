import Foundation
import MarketClient
import SellerCore
import SellerStore

/// Fetches the orders the journal first saw (issue 12, Build §5): a call names an order the store did not have,
/// the store derives a thin copy and queues the order in `order_fetches`; this asks the published open API
/// `order/query` for the real one (buyer, lines, amounts) and stores it over the derived copy. It runs in the
/// background of `relay` and `demo`, so it never hurries: a due batch, then a pause.
///
/// A failure waits by the project's `Backoff`: a refusal (`MKT.*`, a signature the marketplace rejects, an answer
/// it cannot read) will not change soon, so it waits long; a transport error or a busy server waits briefly.
///
/// ```swift
/// let fetcher = OrderFetcher(client: MarketClient(configuration: profileClient), store: store)
/// let task = Task { await fetcher.run() }   // until cancelled
/// ```
public struct OrderFetcher: Sendable {
    /// How often and how hard the fetcher works.
    public struct Policy: Sendable {
        /// Seconds between two looks at the queue.
        public var pollSeconds = 2.0
        /// Orders fetched per look, one after another.
        public var batch = 20
        /// After a transport error, a 5xx or rate limiting.
        public var transientBackoff = Backoff(initial: 5, maximum: 600, maxRetryAfter: 3600)
        /// After a refusal: an unknown order (`MKT.0150`), a rejected key (`MKT.0101`), an unreadable answer.
        public var refusalBackoff = Backoff(initial: 600, maximum: 6 * 3600, maxRetryAfter: 6 * 3600)

        public init() {}
    }

    /// What one look at the queue did.
    public struct Round: Sendable, Equatable {
        public var fetched: [String] = []
        public var failed: [String] = []
    }

    let client: MarketClient
    let store: StoreConnection
    let policy: Policy
    let clock: @Sendable () -> Timestamp

    public init(client: MarketClient, store: StoreConnection, policy: Policy = Policy(),
                clock: @escaping @Sendable () -> Timestamp = OrderFetcher.wallClock) {
        self.client = client
        self.store = store
        self.policy = policy
        self.clock = clock
    }

    public static let wallClock: @Sendable () -> Timestamp = {
        Timestamp(millis: Int64((Date().timeIntervalSince1970 * 1000).rounded()))
    }

    /// Fetches due orders until the task is cancelled; returns promptly on cancel (the request in flight is
    /// abandoned by the client, the pause ends at once). A store error skips the round, never ends the loop.
    public func run() async {
        var attempts: [String: Int] = [:]
        while !Task.isCancelled {
            _ = try? await fetchDue(attempts: &attempts)
            try? await Task.sleep(for: .seconds(policy.pollSeconds))
        }
    }

    /// One look at the queue: fetches each due order, stores it, and marks it fetched, or records the failure
    /// with its next attempt. `attempts` counts this fetcher's failures per order, for the backoff.
    public func fetchDue(attempts: inout [String: Int]) async throws -> Round {
        let (now, limit) = (clock(), policy.batch)
        let due = try await store.perform { try $0.dueOrderFetches(at: now, limit: limit) }
        var round = Round()
        for orderId in due {
            if Task.isCancelled { break }
            let order: Order
            do throws(ClientError) {
                order = try await client.queryOrder(orderId: orderId, now: clock())
            } catch {
                if error == .cancelled { break }
                let count = (attempts[orderId] ?? 0) + 1
                attempts[orderId] = count
                let retryAt = clock().adding(millis: Int64(Self.delay(after: error, attempts: count, policy) * 1000))
                try await store.perform { try $0.orderFetchFailed(orderId: orderId, error: error.description,
                                                                  retryAt: retryAt) }
                round.failed.append(orderId)
                continue
            }
            let now = clock()
            try await store.write { store in
                _ = try store.upsert(.order(order))
                try store.orderFetched(orderId: orderId, at: now)
            }
            attempts[orderId] = nil
            round.fetched.append(orderId)
        }
        return round
    }

    /// Seconds until the next attempt after `attempts` failures, the last being `error`.
    static func delay(after error: ClientError, attempts: Int, _ policy: Policy) -> Double {
        switch error {
        case .transport, .cancelled:
            policy.transientBackoff.delay(afterAttempts: attempts, retryAfter: nil)
        case .server(_, _, _, let retryAfter), .rateLimited(let retryAfter):
            policy.transientBackoff.delay(afterAttempts: attempts, retryAfter: retryAfter)
        case .authentication, .rejected, .redirected, .decoding, .invalidBaseURL:
            policy.refusalBackoff.delay(afterAttempts: attempts, retryAfter: nil)
        }
    }
}
