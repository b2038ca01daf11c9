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
        /// The request being performed, and whether a newer one interrupted it (its answer is then dropped).
        var running: Request?
        var runningInterrupted = false
        /// Stops the request being performed, when the performer can (`init(…interruptible:)`).
        var interrupt: (@Sendable () -> Void)?
    }

    private let queue = Mutex(Queue())
    /// Signalled once per submit and on stop; a wake-up that finds nothing to do waits again.
    private let signal = DispatchSemaphore(value: 0)
    private let name: String
    private let inbox: Inbox
    private let supersedes: (@Sendable (_ waiting: Request, _ newer: Request) -> Bool)?
    private let interrupts: (@Sendable (_ running: Request, _ newer: Request) -> Bool)?
    private let failure: @Sendable (String) -> Msg
    private let open: Opener

    /// Opens the worker's resources on its thread: how to perform a request, and how to stop one, if it can.
    private typealias Opener = @Sendable () throws -> (perform: (Request) -> Msg, interrupt: (@Sendable () -> Void)?)

    /// `open` runs on the worker thread and returns the function that performs one request there, so a store
    /// connection is made and used by that thread alone; when it throws, `failure` says why to the screen. With
    /// `supersedes`, a waiting request that a newer one replaces (the same tab's window, the detail pane) is
    /// dropped unread, so typing a filter fast or holding `j` never builds a backlog.
    public convenience init(name: String, inbox: Inbox,
                            supersedes: (@Sendable (_ waiting: Request, _ newer: Request) -> Bool)? = nil,
                            failure: (@Sendable (String) -> Msg)? = nil,
                            open: @escaping @Sendable () throws -> (Request) -> Msg) {
        self.init(name: name, inbox: inbox, supersedes: supersedes, interrupts: nil, failure: failure,
                  performer: { (try open(), nil) })
    }

    /// Like `init(name:inbox:supersedes:failure:open:)`, and `open` also returns how to stop the request being
    /// performed: a newer request that `interrupts` it stops it, and its answer is dropped, so a filter typed on
    /// does not wait for the walk of a shorter one (`pr` before `pro`) to end. `interrupts` should hold only when
    /// the answer in flight can no longer be shown: a refresh of the same list must let a slow read finish, or
    /// refreshes a second apart would never let it. A store read stopped between two of its statements runs on
    /// (SQLite forgets an interrupt when the next statement starts alone), as before, and its answer is dropped.
    public convenience init(name: String, inbox: Inbox,
                            supersedes: @escaping @Sendable (_ waiting: Request, _ newer: Request) -> Bool,
                            interrupts: @escaping @Sendable (_ running: Request, _ newer: Request) -> Bool,
                            failure: (@Sendable (String) -> Msg)? = nil,
                            interruptible open: @escaping @Sendable () throws -> (perform: (Request) -> Msg,
                                                                                 interrupt: @Sendable () -> Void)) {
        self.init(name: name, inbox: inbox, supersedes: supersedes, interrupts: interrupts, failure: failure,
                  performer: {
                      let opened = try open()
                      return (opened.perform, opened.interrupt)
                  })
    }

    private init(name: String, inbox: Inbox, supersedes: (@Sendable (_ waiting: Request, _ newer: Request) -> Bool)?,
                 interrupts: (@Sendable (_ running: Request, _ newer: Request) -> Bool)?,
                 failure: (@Sendable (String) -> Msg)?, performer open: @escaping Opener) {
        self.name = name
        self.inbox = inbox
        self.supersedes = supersedes
        self.interrupts = interrupts
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
            if let interrupts, let running = queue.running, !queue.runningInterrupted, let interrupt = queue.interrupt,
               interrupts(running, request) {
                queue.runningInterrupted = true
                interrupt()
            }
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
            let opened = try open()
            perform = opened.perform
            queue.withLock { $0.interrupt = opened.interrupt }
        } catch {
            inbox.post(failure(String(describing: error)))
            return
        }
        while let request = next() {
            let answer = perform(request)
            let interrupted = queue.withLock { queue in
                defer { queue.running = nil }
                return queue.runningInterrupted
            }
            if !interrupted { inbox.post(answer) }
        }
    }

    /// The oldest waiting request, waiting for one, marked as running; nil once stopped.
    private func next() -> Request? {
        while true {
            let taken: Request?? = queue.withLock { queue in
                if queue.stopped { return .some(nil) }
                guard !queue.waiting.isEmpty else { return nil }
                let request = queue.waiting.removeFirst()
                queue.running = request
                queue.runningInterrupted = false
                return .some(request)
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
                     interrupts: { $0.isAbandoned(by: $1) },
                     failure: { .loadFailed(tab: nil, message: StoreFailure(.open, $0)) }) {
            let store = try LocalStore(path: path, readOnly: true, memory: .compact)
            let interrupter = store.interrupter
            return (StoreReader(store: store).perform, { interrupter.interrupt() })
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
