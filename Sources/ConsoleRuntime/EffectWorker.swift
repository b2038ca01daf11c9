import ConsoleUI
import Foundation
import SellerStore

/// A background thread that performs effects one at a time, in order, and posts the answers to the inbox:
/// store reads on one worker, store writes on another (each its own connection), file listing and hashing on a
/// third, so neither the curses thread nor the store reads ever wait for a gigabyte file to be hashed.
public final class EffectWorker: @unchecked Sendable {
    private let condition = NSCondition()
    private var queue: [Effect] = []
    private var stopped = false
    private let name: String
    private let inbox: Inbox
    private let dropsSuperseded: Bool
    private let open: @Sendable () throws -> (Effect) -> Msg?
    private var thread: Thread?

    /// `open` runs on the worker thread and returns the function that performs one effect there, so a store
    /// connection is made and used by that thread alone. With `dropsSuperseded`, a waiting request that a newer
    /// one replaces (the same tab's window, the detail pane) is dropped unread, so typing a filter fast or holding
    /// `j` never builds a backlog.
    public init(name: String, inbox: Inbox, dropsSuperseded: Bool = false,
                open: @escaping @Sendable () throws -> (Effect) -> Msg?) {
        self.name = name
        self.inbox = inbox
        self.dropsSuperseded = dropsSuperseded
        self.open = open
    }

    /// The worker of the console's store reads.
    public static func storeReader(path: String, inbox: Inbox) -> EffectWorker {
        EffectWorker(name: "store-reader", inbox: inbox, dropsSuperseded: true) {
            StoreReader(store: try LocalStore(path: path, readOnly: true, memory: .compact)).perform
        }
    }

    public func start() {
        let thread = Thread { [self] in run() }
        thread.name = name
        thread.stackSize = 4 << 20
        self.thread = thread
        thread.start()
    }

    public func submit(_ effect: Effect) {
        condition.lock()
        if dropsSuperseded { queue.removeAll { $0.isSuperseded(by: effect) } }
        queue.append(effect)
        condition.signal()
        condition.unlock()
    }

    public func stop() {
        condition.lock()
        stopped = true
        condition.signal()
        condition.unlock()
    }

    private func run() {
        let perform: (Effect) -> Msg?
        do {
            perform = try open()
        } catch {
            inbox.post(dropsSuperseded ? .loadFailed(tab: nil, message: String(describing: error))
                                       : .actionFailed("\(name): \(error)"))
            return
        }
        while let effect = next() {
            if let message = perform(effect) { inbox.post(message) }
        }
    }

    private func next() -> Effect? {
        condition.lock()
        defer { condition.unlock() }
        while queue.isEmpty && !stopped { condition.wait() }
        if stopped { return nil }
        return queue.removeFirst()
    }
}
