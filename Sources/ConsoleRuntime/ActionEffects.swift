import ConsoleUI
import Foundation
import MarketAPI
import MarketClient
import SellerCore
import SellerStore
import Sync

/// Performs the console's write effects (enqueue, 重新启动 of everything a query matches, retry and discard of
/// outbox items) on a writable store connection of its own, and answers with messages. The store checks every
/// action again at enqueue time, so a refusal here carries the store's reason. One performer per thread.
/// A discard, and a new action on a target with an earlier action of unknown outcome, first ask the marketplace
/// (`OutcomeReconciler`); that one request runs on this thread's behalf, bounded by `lookupSeconds`.
public final class ActionPerformer {
    let store: LocalStore
    let reconciler: OutcomeReconciler
    /// The longest this thread waits for one outcome lookup (the client's own time limits end it sooner).
    let lookupSeconds: Double

    /// `client`: the marketplace to ask about outcomes; nil (no keys) leaves every doubt unknown.
    public init(store: LocalStore, client: ClientConfiguration? = nil, lookupSeconds: Double = 60) {
        self.store = store
        reconciler = OutcomeReconciler(client: client.map { MarketClient(configuration: $0) })
        self.lookupSeconds = lookupSeconds
    }

    /// Opens a read-write connection to the store at `path`.
    public convenience init(storePath: String, client: ClientConfiguration? = nil) throws {
        self.init(store: try LocalStore(path: storePath, memory: .compact), client: client)
    }

    /// The answer to one write: what the store did, or why it could not.
    public func perform(_ write: StoreWrite) -> Msg {
        do {
            switch write {
            case .enqueue(let actions, let now):
                return answer(actions, try enqueueSettlingDoubts(actions, at: now))
            case .enqueueRestarts(let query, let limit, let now):
                let ids = try store.ids(matching: query, limit: limit)
                let actions = ids.map { SellerAction.restart(messageId: $0) }
                return answer(actions, try enqueueSettlingDoubts(actions, at: now))
            case .retryOutboxItem(let id, let now):
                return .outboxItemUpdated(id: id, operation: .retry, succeeded: try store.retryOutboxItem(id: id, at: now))
            case .discardOutboxItem(let id, let now, let force):
                return .outboxDiscardAnswered(id: id, try discard(id, force: force, at: now))
            case .markSeen(let record, let now):
                do {
                    try store.markSeen(record.kind, id: record.id, at: now)
                } catch {
                    return .loadFailed(tab: nil, message: StoreFailure(.write, String(describing: error)))
                }
                return .storeChanged(.records(record.kind))
            }
        } catch {
            return .actionFailed(StoreFailure(.write, String(describing: error)))
        }
    }

    /// Enqueues `actions` after settling earlier actions of unknown outcome on their targets.
    func enqueueSettlingDoubts(_ actions: [SellerAction], at now: Timestamp) throws -> [EnqueueOutcome] {
        let settling = try OutcomeReconciler.itemsToSettle(before: actions, in: store)
        var answers: [Int64: Result<ActionOutcome, LookupFailure>] = [:]
        for item in settling.values.joined() where answers[item.id] == nil { answers[item.id] = ask(about: item) }
        let refusals = try OutcomeReconciler.refusals(for: actions, settling: settling, answers: answers, in: store,
                                                      at: now)
        return try OutcomeReconciler.enqueue(actions, refusals: refusals, in: store, at: now)
    }

    func discard(_ id: Int64, force: Bool, at now: Timestamp) throws -> DiscardAnswer {
        let outcome: DiscardOutcome
        switch try OutcomeReconciler.discardStep(id: id, in: store, at: now) {
        case .notPossible:
            return .notPossible
        case .discardNow:
            outcome = try OutcomeReconciler.finishDiscard(id: id, answer: nil, force: force, in: store, at: now)
        case .askFirst(let item):
            outcome = try OutcomeReconciler.finishDiscard(id: id, answer: (item, ask(about: item)), force: force,
                                                          in: store, at: now)
        }
        switch outcome {
        case .discarded(let basis): return .discarded(forced: basis != .notNeeded && basis != .neverApplied)
        case .appliedAfterAll: return .appliedAfterAll
        case .outcomeUnknown(let reason): return .outcomeUnknown(reason)
        case .notPossible: return .notPossible
        }
    }

    /// The outcome lookup for `item`, waited for on this thread (the store is this thread's alone). Without a
    /// marketplace it answers at once, taking nothing from the concurrency pool.
    func ask(about item: OutboxItem) -> Result<ActionOutcome, LookupFailure> {
        guard reconciler.client != nil else { return .failure(.noMarketplace) }
        let reconciler = self.reconciler
        let answer = BlockingBridge.wait(seconds: lookupSeconds) { await reconciler.ask(about: item) }
        return answer ?? .failure(LookupFailure("no answer within \(Int(lookupSeconds)) s"))
    }

    func answer(_ actions: [SellerAction], _ outcomes: [EnqueueOutcome]) -> Msg {
        var queued: [OutboxItem] = []
        var refusals: [ActionRefusal] = []
        for (action, outcome) in zip(actions, outcomes) {
            switch outcome {
            case .queued(let item): queued.append(item)
            case .refused(let reason): refusals.append(ActionRefusal(targetId: action.targetId, reason: reason))
            }
        }
        return .actionsQueued(queued: queued, refusals: refusals)
    }
}
