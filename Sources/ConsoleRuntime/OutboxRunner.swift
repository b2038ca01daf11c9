import ConsoleUI
import Foundation
import Localization
import MarketClient
import SellerCore
import Sync
import Synchronization

/// The console's outbox sender (ARCHITECTURE §7): drains the outbox in the background for as long as the console
/// runs, on its own store connections, and tells the screen when an attempt ends so lists, badges and the
/// queue refresh. It says when an upload starts; its progress is read back from the store by the console's
/// once-a-second poll while uploads run.
public final class OutboxRunner: Sendable {
    private let sender: OutboxSender
    private let stopping = Atomic(false)
    private let task = Mutex<Task<Void, Never>?>(nil)

    /// `language` words a failed action's toast (the console's).
    public init(storePath: String, client: ClientConfiguration, replay: ReplayTarget? = nil, inbox: Inbox,
                log: ConsoleLog? = nil, language: Language = .zh) {
        let uploading = Mutex<Set<Int64>>([])
        sender = OutboxSender(storePath: storePath, client: MarketClient(configuration: client),
                              replay: replay) { event in
            switch event {
            case .progress(let id, _, _):
                // The first progress of an upload: the screen starts reading the progress back.
                if uploading.withLock({ $0.insert(id).inserted }) { inbox.post(.storeChanged(.outbox(recordKind: nil))) }
            case .attempted(let id, let kind, let state, let error, let failure):
                uploading.withLock { _ = $0.remove(id) }
                if let error, state != .done { log?.write("outbox #\(id): \(state.rawValue): \(error)") }
                inbox.post(.storeChanged(.outbox(recordKind: kind)))
                if state == .failed, id > 0 {
                    let reason = OutboxErrorText.reason(failure, stored: error)?.text(language)
                    inbox.post(.outboxActionFailed(id: id, reason: reason ?? ""))
                }
            }
        }
    }

    public func start() {
        task.withLock { running in
            guard running == nil else { return }
            running = Task.detached { [self] in
                await sender.run(until: { self.stopping.load(ordering: .relaxed) })
            }
        }
    }

    /// The sender's side of `.sender` effects.
    public func perform(_ request: SenderRequest) {
        switch request {
        case .wake: wake()
        }
    }

    /// Looks for due actions now (after the seller queued or retried one).
    public func wake() { sender.wake() }

    /// Stops on quit: an attempt in flight is cancelled and stays in the outbox, due again with its key.
    public func stopAndWait() async {
        stopping.store(true, ordering: .relaxed)
        let running = task.withLock { $0 }
        running?.cancel()
        await running?.value
    }
}
