import ConsoleUI
import Foundation
import MarketClient
import SellerStore
import Synchronization

/// A background thread that performs one executor's requests one at a time, in order, and posts the answers to
/// the inbox: store reads on one worker, store writes on another (each its own connection), file listing and
/// hashing on a third, so neither the curses thread nor the store reads ever wait for a gigabyte file to be hashed.
public final class EffectWorker<Request: Sendable>: Sendable {
    private struct Queue {
        var waiting: [Request] = []
        var stopped = false
    }

    private let queue = Mutex(Queue())
    /// Signalled once per submit and on stop; a wake-up that finds nothing to do waits again.
    private let signal = DispatchSemaphore(value: 0)
    private let name: String
    private let inbox: Inbox
    private let supersedes: (@Sendable (_ waiting: Request, _ newer: Request) -> Bool)?
    private let failure: @Sendable (String) -> Msg
    private let open: @Sendable () throws -> (Request) -> Msg

    /// `open` runs on the worker thread and returns the function that performs one request there, so a store
    /// connection is made and used by that thread alone; when it throws, `failure` says why to the screen. With
    /// `supersedes`, a waiting request that a newer one replaces (the same tab's window, the detail pane) is
    /// dropped unread, so typing a filter fast or holding `j` never builds a backlog.
    public init(name: String, inbox: Inbox,
                supersedes: (@Sendable (_ waiting: Request, _ newer: Request) -> Bool)? = nil,
                failure: (@Sendable (String) -> Msg)? = nil,
                open: @escaping @Sendable () throws -> (Request) -> Msg) {
        self.name = name
        self.inbox = inbox
        self.supersedes = supersedes
        self.failure = failure ?? { .actionFailed(StoreFailure(.open, "\(name): \($0)")) }
        self.open = open
    }

    public func start() {
        let thread = Thread { [self] in run() }
        thread.name = name
        thread.stackSize = 4 << 20
        thread.start()
    }

    public func submit(_ request: Request) {
        queue.withLock { queue in
            if let supersedes { queue.waiting.removeAll { supersedes($0, request) } }
            queue.waiting.append(request)
        }
        signal.signal()
    }

    public func stop() {
        queue.withLock { $0.stopped = true }
        signal.signal()
    }

    private func run() {
        let perform: (Request) -> Msg
        do {
            perform = try open()
        } catch {
            inbox.post(failure(String(describing: error)))
            return
        }
        while let request = next() {
            inbox.post(perform(request))
        }
    }

    /// The oldest waiting request, waiting for one; nil once stopped.
    private func next() -> Request? {
        while true {
            let taken: Request?? = queue.withLock { queue in
                if queue.stopped { return .some(nil) }
                return queue.waiting.isEmpty ? nil : .some(queue.waiting.removeFirst())
            }
            if let taken { return taken }
            signal.wait()
        }
    }
}

extension EffectWorker where Request == StoreRead {
    /// The worker of the console's store reads, on a read-only connection of its own.
    public static func storeReader(path: String, inbox: Inbox) -> EffectWorker<StoreRead> {
        EffectWorker(name: "store-reader", inbox: inbox, supersedes: { $0.isSuperseded(by: $1) },
                     failure: { .loadFailed(tab: nil, message: StoreFailure(.open, $0)) }) {
            StoreReader(store: try LocalStore(path: path, readOnly: true, memory: .compact)).perform
        }
    }
}

extension EffectWorker where Request == StoreWrite {
    /// The worker of the console's store writes, on a read-write connection of its own.
    public static func storeWriter(path: String, client: ClientConfiguration?, inbox: Inbox) -> EffectWorker<StoreWrite> {
        EffectWorker(name: "store-writer", inbox: inbox) {
            try ActionPerformer(storePath: path, client: client).perform
        }
    }
}

extension EffectWorker where Request == FileRequest {
    /// The worker of the deliver form's directory listings and file hashing.
    public static func fileInspector(inbox: Inbox) -> EffectWorker<FileRequest> {
        EffectWorker(name: "file-inspector", inbox: inbox) { FileInspector().perform }
    }
}
