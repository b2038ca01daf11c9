import Foundation
import MarketClient
import SellerCore
import SellerStore
import Synchronization

/// What the sender reports as it works, for the console's lists and progress bar.
public enum OutboxEvent: Equatable, Sendable {
    /// Bytes of a delivery uploaded so far.
    case progress(id: Int64, sentBytes: Int64, totalBytes: Int64)
    /// An attempt ended; `state` is where the action is now (done, waiting or failed); `kind` is the kind of the
    /// action's record (nil when no action was claimed).
    case attempted(id: Int64, kind: EntityKind?, state: OutboxState, error: String?, failure: ActionFailure? = nil)
}

/// Drains the outbox in the background (ARCHITECTURE §7): claims due actions under a lease, sends each with its
/// idempotency key, and records the outcome, every step its own transaction. Killing the process at any point
/// loses nothing: an action is in the outbox until it is recorded done, and a resend carries the same key.
public final class OutboxSender: Sendable {
    public let storePath: String
    public let policy: SenderPolicy
    private let transport: ActionTransport
    private let replayTransport: ReplayTransport
    private let onEvent: @Sendable (OutboxEvent) -> Void
    private let wakeCount = Atomic(0)

    /// `replay` is where replays of journalled calls go and the key they are signed with (nil: replays are
    /// refused with that reason).
    public init(storePath: String, client: MarketClient, policy: SenderPolicy = SenderPolicy(),
                replay: ReplayTarget? = nil, onEvent: @escaping @Sendable (OutboxEvent) -> Void = { _ in }) {
        self.storePath = storePath
        self.policy = policy
        transport = ActionTransport(client: client)
        replayTransport = ReplayTransport(target: replay)
        self.onEvent = onEvent
    }

    /// Looks for due actions now instead of at the next poll (call after enqueueing).
    public func wake() { wakeCount.add(1, ordering: .relaxed) }

    /// Sends due actions with `policy.concurrency` workers until `shouldStop()` says so or the task is
    /// cancelled. An attempt in progress when it stops is left to its lease.
    public func run(until shouldStop: @escaping @Sendable () -> Bool) async {
        await withTaskGroup(of: Void.self) { group in
            for _ in 0..<max(1, policy.concurrency) {
                group.addTask { await self.work(until: shouldStop) }
            }
        }
    }

    private func work(until shouldStop: @Sendable () -> Bool) async {
        let store: StoreConnection
        do {
            store = try await StoreConnection.open(path: storePath, memory: .compact)
        } catch {
            onEvent(.attempted(id: 0, kind: nil, state: .failed, error: "cannot open the store: \(error)"))
            return
        }
        while !shouldStop() && !Task.isCancelled {
            let claimed: OutboxItem?
            do {
                let (now, lease) = (Self.now(), policy.leaseSeconds)
                claimed = try await store.perform { try $0.claimNextDue(at: now, leaseSeconds: lease) }
            } catch {
                // A busy or locked store: try again after a pause rather than spinning.
                claimed = nil
            }
            guard let item = claimed else {
                await idle(until: shouldStop)
                continue
            }
            await send(item, store: store)
        }
        try? await store.close()
    }

    private func send(_ item: OutboxItem, store: StoreConnection) async {
        var lastProgressWrite = Date.distantPast
        let total = item.action.uploadBytes
        let lease = policy.leaseSeconds
        let progress: (Int64) async -> Void = { sent in
            guard Date().timeIntervalSince(lastProgressWrite) >= 0.25 || sent == total else { return }
            lastProgressWrite = Date()
            let now = Self.now()
            try? await store.perform {
                try $0.recordOutboxProgress(id: item.id, sentBytes: sent, leaseUntil: now.adding(seconds: lease), at: now)
            }
            self.onEvent(.progress(id: item.id, sentBytes: sent, totalBytes: total))
        }
        let result = item.action.isReplay ? await replayTransport.attempt(item, store: store)
            : await transport.attempt(item, progress: progress)
        let refreshed = await transport.refreshedTarget(after: result, of: item)
        let now = Self.now()
        do {
            try await store.perform { store in
                if let refreshed { try store.write { _ = try store.upsert(refreshed) } }
                try self.record(result, of: item, in: store, at: now)
            }
        } catch {
            // The outcome could not be written; the lease runs out and the action is sent again with its key,
            // which the marketplace answers with the first result.
            onEvent(.attempted(id: item.id, kind: item.action.targetKind, state: .sending,
                               error: "could not record the outcome: \(error)"))
        }
    }

    /// Writes an attempt's outcome (on the connection's queue) and tells `onEvent`.
    private func record(_ result: AttemptResult, of item: OutboxItem, in store: LocalStore, at now: Timestamp) throws {
        if Task.isCancelled, case .retry = result {
            // Stopped mid-attempt (quit, Ctrl-C): the attempt is given back, and the action is due again.
            try store.releaseOutboxClaim(id: item.id, reason: "stopped before the answer", at: now)
            onEvent(.attempted(id: item.id, kind: item.action.targetKind, state: .waiting, error: "stopped"))
            return
        }
        switch result {
        case .applied(let record):
            if let failed = RestartVerdict.failure(of: item.action, answer: record) {
                try store.failAppliedOutboxItem(id: item.id, error: failed.reason, failure: failed.failure,
                                                result: record, at: now)
                onEvent(.attempted(id: item.id, kind: item.action.targetKind, state: .failed, error: failed.reason,
                                   failure: failed.failure))
                return
            }
            try store.completeOutboxItem(id: item.id, result: record, at: now)
            onEvent(.attempted(id: item.id, kind: item.action.targetKind, state: .done, error: nil))
        case .refused(let reason, _):
            try store.failOutboxItem(id: item.id, error: reason, failure: result.failure, evidence: result.evidence,
                                     at: now)
            onEvent(.attempted(id: item.id, kind: item.action.targetKind, state: .failed, error: reason,
                               failure: result.failure))
        case .retry(let reason, let retryAfter, _):
            if item.attempts >= policy.maxAttempts {
                let error = "gave up after \(item.attempts) attempts: \(reason)"
                try store.failOutboxItem(id: item.id, error: error, failure: result.failure,
                                         evidence: result.evidence, at: now)
                onEvent(.attempted(id: item.id, kind: item.action.targetKind, state: .failed, error: error,
                                   failure: result.failure))
            } else {
                let delay = policy.delay(afterAttempts: item.attempts, retryAfter: retryAfter)
                try store.scheduleOutboxRetry(id: item.id, error: reason,
                                              next: now.adding(millis: Int64(delay * 1000)),
                                              evidence: result.evidence, at: now)
                onEvent(.attempted(id: item.id, kind: item.action.targetKind, state: .waiting, error: reason))
            }
        }
    }

    /// Waits for the next poll, a wake-up or a stop, whichever comes first.
    private func idle(until shouldStop: @Sendable () -> Bool) async {
        let start = wakeCount.load(ordering: .relaxed)
        let deadline = Date().addingTimeInterval(policy.idlePollSeconds)
        while Date() < deadline, !shouldStop(), !Task.isCancelled, wakeCount.load(ordering: .relaxed) == start {
            try? await Task.sleep(nanoseconds: 20_000_000)
        }
    }

    static func now() -> Timestamp { Timestamp(millis: Int64(Date().timeIntervalSince1970 * 1000)) }
}
