import MarketAPI
import MarketClient
import SellerCore
import SellerStore

/// What is known about whether an action was applied, once the outbox (and, when needed, the marketplace) was
/// asked.
public enum Reconciliation: Equatable, Sendable {
    /// Nothing to ask: never attempted, or every attempt got an answer that applied nothing.
    case notNeeded
    /// The marketplace applied it after all: recorded as done, with the record it returned.
    case applied
    /// The marketplace can never apply it (refused for good, or its key abandoned by the lookup).
    case neverApplied
    /// It cannot be learned now: still being processed, or the marketplace could not be asked (the reason).
    case unknown(String)
}

/// What `outbox discard` and the console's 放弃 came to.
public enum DiscardOutcome: Equatable, Sendable {
    /// Discarded; `basis` is why that was safe (or `.unknown` when the seller forced it).
    case discarded(basis: Reconciliation)
    /// Not discarded: the marketplace had applied it, so it is now done.
    case appliedAfterAll
    /// Not discarded: it may have been applied and nobody can say; `--force` (or the dialog's 强制放弃) drops it.
    case outcomeUnknown(String)
    /// No such action, already finished, or being sent right now.
    case notPossible
}

/// Settles actions whose last attempt may have been applied without an answer (issue 9): before one is
/// discarded, and before a new action on its target is accepted, it asks the gateway's outcome lookup by
/// idempotency key. Applied → done; never applied → safe to drop (the lookup abandoned the key, so a late copy
/// of the request can never apply it); processing or unreachable → unknown, and only an explicit force drops it.
/// The store steps are synchronous and the one network step is `ask`, so the console's store thread can run it.
public struct OutcomeReconciler: Sendable {
    /// Nil when no marketplace is configured: every doubt stays unknown.
    public let client: MarketClient?

    public init(client: MarketClient?) {
        self.client = client
    }

    /// The gateway's outcome for `item`'s key, or why it could not be learned.
    public func ask(about item: OutboxItem) async -> Result<ActionOutcome, LookupFailure> {
        guard let client else { return .failure(.noMarketplace) }
        guard item.action.kind.isGatewayAction else {
            // A replay goes to the seller's own interface and a license to the market-event upload: neither has
            // the gateway's lookup, and both receivers key a repeat on its content, so sending again is safe.
            return .failure(LookupFailure("\(item.action.kind.label) has no outcome lookup; sending it again is safe"))
        }
        do throws(ClientError) {
            return .success(try await client.actionOutcome(idempotencyKey: item.idempotencyKey,
                                                           kind: item.action.targetKind))
        } catch {
            return .failure(LookupFailure(error.description))
        }
    }

    /// Records an answer about `item`: applied → done with its record; never applied → settled with a fresh key.
    public static func record(_ answer: Result<ActionOutcome, LookupFailure>, for item: OutboxItem,
                              in store: LocalStore, at now: Timestamp) throws -> Reconciliation {
        switch answer {
        case .failure(let failure):
            return .unknown(failure.reason)
        case .success(.processing):
            return .unknown("the marketplace is still processing it")
        case .success(.applied(let record)):
            if let failed = RestartVerdict.failure(of: item.action, answer: record) {
                try store.failAppliedOutboxItem(id: item.id, error: failed.reason, failure: failed.failure,
                                                result: record, at: now)
            } else {
                try store.completeOutboxItem(id: item.id, result: record, at: now)
            }
            return .applied
        case .success(let outcome):
            guard outcome.isNeverApplied else { return .unknown("unexpected answer") }
            try store.settleOutboxItemNeverApplied(id: item.id, at: now)
            return .neverApplied
        }
    }

    // MARK: Discard

    /// What a discard needs before its decision.
    public enum DiscardStep: Equatable, Sendable {
        case notPossible
        /// Safe at once: no attempt of it may have been applied.
        case discardNow
        /// Ask the marketplace about this item first.
        case askFirst(OutboxItem)
    }

    public static func discardStep(id: Int64, in store: LocalStore, at now: Timestamp) throws -> DiscardStep {
        guard let item = try store.outboxItem(id: id), !item.state.isFinished,
              !(try store.isOutboxItemOnWire(id: id, at: now)) else { return .notPossible }
        return try store.outboxOutcomeInDoubt(id: id) ? .askFirst(item) : .discardNow
    }

    /// Ends a discard once the marketplace was asked about `item` (or `answer` is nil: nothing to ask).
    public static func finishDiscard(id: Int64, answer: (item: OutboxItem, Result<ActionOutcome, LookupFailure>)?,
                                     force: Bool, in store: LocalStore, at now: Timestamp) throws -> DiscardOutcome {
        var basis = Reconciliation.notNeeded
        if let (item, result) = answer {
            basis = try record(result, for: item, in: store, at: now)
            switch basis {
            case .applied: return .appliedAfterAll
            case .unknown(let reason) where !force: return .outcomeUnknown(reason)
            default: break
            }
        }
        return try store.discardOutboxItem(id: id, at: now) ? .discarded(basis: basis) : .notPossible
    }

    /// The whole discard, for callers in an async context (the CLI): the store steps run on the connection's
    /// queue, the lookup on the client's thread.
    public func discard(id: Int64, force: Bool, in store: StoreConnection, at now: @Sendable () -> Timestamp)
        async throws -> DiscardOutcome {
        switch try await store.perform({ try Self.discardStep(id: id, in: $0, at: now()) }) {
        case .notPossible: return .notPossible
        case .discardNow:
            return try await store.perform { try Self.finishDiscard(id: id, answer: nil, force: force, in: $0, at: now()) }
        case .askFirst(let item):
            let result = await ask(about: item)
            return try await store.perform {
                try Self.finishDiscard(id: id, answer: (item, result), force: force, in: $0, at: now())
            }
        }
    }

    // MARK: A new action on the same target

    /// The failed actions on each action's target whose outcome must be learned before it is accepted, by the
    /// action's position (targets without doubts are absent: they cost no request).
    public static func itemsToSettle(before actions: [SellerAction], in store: LocalStore) throws -> [Int: [OutboxItem]] {
        var found: [Int: [OutboxItem]] = [:]
        for (index, action) in actions.enumerated() {
            let items = try store.inDoubtOutboxItems(target: action.targetKind, id: action.targetId)
            if !items.isEmpty { found[index] = items }
        }
        return found
    }

    /// Records the answers about the items of `settling` (keyed by item id) and says, by position, why an action
    /// must not be queued: an earlier action on its target has an unknown outcome, or the marketplace already
    /// applied this very action (the retry a seller makes after a discard that the lookup turned into done).
    public static func refusals(for actions: [SellerAction], settling: [Int: [OutboxItem]],
                                answers: [Int64: Result<ActionOutcome, LookupFailure>], in store: LocalStore,
                                at now: Timestamp) throws -> [Int: String] {
        var refusals: [Int: String] = [:]
        for (index, items) in settling {
            for item in items {
                let answer = answers[item.id] ?? .failure(LookupFailure("not asked"))
                let label = "outbox #\(item.id) (\(item.action.kind.label))"
                switch try record(answer, for: item, in: store, at: now) {
                case .unknown(let reason):
                    refusals[index] = refusals[index] ?? "\(label) may already have been applied: its last attempt got "
                        + "no answer and the marketplace cannot tell now (\(reason)); try again later, or discard "
                        + "#\(item.id) first"
                case .applied where item.action == actions[index]:
                    refusals[index] = refusals[index]
                        ?? "\(label) was applied after all (now marked done); the same action is not sent twice"
                default:
                    break
                }
            }
        }
        return refusals
    }

    /// Enqueues the actions `refusals` lets through, in one transaction; the outcomes in the order of `actions`.
    public static func enqueue(_ actions: [SellerAction], refusals: [Int: String], in store: LocalStore,
                               at now: Timestamp) throws -> [EnqueueOutcome] {
        let accepted = actions.indices.filter { refusals[$0] == nil }
        var queued = try store.enqueue(accepted.map { actions[$0] }, at: now).makeIterator()
        return actions.indices.map { index in
            refusals[index].map { .refused(reason: $0) } ?? queued.next() ?? .refused(reason: "not written")
        }
    }

    /// Settles the doubts on the targets of `actions`, then enqueues those not refused, for callers in an async
    /// context (the CLI): the store steps run on the connection's queue, the lookups on the client's thread.
    public func enqueue(_ actions: [SellerAction], in store: StoreConnection, at now: @Sendable () -> Timestamp)
        async throws -> [EnqueueOutcome] {
        let settling = try await store.perform { try Self.itemsToSettle(before: actions, in: $0) }
        var answers: [Int64: Result<ActionOutcome, LookupFailure>] = [:]
        for item in settling.values.joined() where answers[item.id] == nil { answers[item.id] = await ask(about: item) }
        let asked = answers
        return try await store.perform { store in
            let refusals = try Self.refusals(for: actions, settling: settling, answers: asked, in: store, at: now())
            return try Self.enqueue(actions, refusals: refusals, in: store, at: now())
        }
    }
}

/// Why an outcome lookup could not be made (the words of the client's error; never a secret).
public struct LookupFailure: Error, Equatable, Sendable {
    public var reason: String

    public init(_ reason: String) {
        self.reason = reason
    }

    /// Nothing to ask: no marketplace (keys, base URL) is configured.
    public static let noMarketplace = LookupFailure("no marketplace is configured")
}
