import ConsoleUI
import Foundation
import SellerCore
import SellerStore

/// Performs the console's write effects (enqueue, 重新启动 of everything a query matches, retry and discard of
/// outbox items) on a writable store connection of its own, and answers with messages. The store checks every
/// action again at enqueue time, so a refusal here carries the store's reason. One performer per thread.
public final class ActionPerformer {
    let store: LocalStore

    public init(store: LocalStore) {
        self.store = store
    }

    /// Opens a read-write connection to the store at `path`.
    public convenience init(storePath: String) throws {
        self.init(store: try LocalStore(path: storePath, memory: .compact))
    }

    /// The answer to one effect; nil for effects that are not writes.
    public func perform(_ effect: Effect) -> Msg? {
        do {
            switch effect {
            case .enqueue(let actions, let now):
                return answer(actions, try store.enqueue(actions, at: now))
            case .enqueueRestarts(let query, let limit, let now):
                let ids = try store.ids(matching: query, limit: limit)
                let actions = ids.map { SellerAction.restart(messageId: $0) }
                return answer(actions, try store.enqueue(actions, at: now))
            case .retryOutboxItem(let id, let now):
                return .outboxItemUpdated(id: id, operation: .retry, succeeded: try store.retryOutboxItem(id: id, at: now))
            case .discardOutboxItem(let id, let now):
                return .outboxItemUpdated(id: id, operation: .discard,
                                          succeeded: try store.discardOutboxItem(id: id, at: now))
            default:
                return nil
            }
        } catch {
            return .actionFailed(String(describing: error))
        }
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

extension Effect {
    /// Whether the effect writes to the store (performed by `ActionPerformer`).
    var isStoreWrite: Bool {
        switch self {
        case .enqueue, .enqueueRestarts, .retryOutboxItem, .discardOutboxItem: true
        default: false
        }
    }

    /// Whether the effect reads the file system (performed by `FileInspector`).
    var isFileInspection: Bool {
        switch self {
        case .listDirectory, .measureFile: true
        default: false
        }
    }
}
