import ConsoleUI
import Foundation

/// A background thread that performs effects one at a time, in order, and posts the answers to the inbox:
/// store writes on one worker (its own connection), file listing and hashing on another, so neither the curses
/// thread nor the store reads ever wait for a gigabyte file to be hashed.
public final class EffectWorker: @unchecked Sendable {
    private let condition = NSCondition()
    private var queue: [Effect] = []
    private var stopped = false
    private let name: String
    private let inbox: Inbox
    private let open: @Sendable () throws -> (Effect) -> Msg?
    private var thread: Thread?

    /// `open` runs on the worker thread and returns the function that performs one effect there.
    public init(name: String, inbox: Inbox, open: @escaping @Sendable () throws -> (Effect) -> Msg?) {
        self.name = name
        self.inbox = inbox
        self.open = open
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
            inbox.post(.actionFailed("\(name): \(error)"))
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
