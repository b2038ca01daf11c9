import ConsoleUI
import Foundation
import SellerStore

/// The background thread that runs the console's store reads. Requests wait in a queue; when a newer request
/// replaces an older one still waiting (the same tab's window, the detail pane), the older one is dropped
/// unread, so typing a filter fast or holding `j` never builds a backlog.
public final class ReadWorker: @unchecked Sendable {
    private let condition = NSCondition()
    private var queue: [Effect] = []
    private var stopped = false
    private let inbox: Inbox
    private let openReader: @Sendable () throws -> StoreReader
    private var thread: Thread?

    /// `openReader` runs on the worker thread, so the connection is made and used by that thread alone.
    public init(inbox: Inbox, openReader: @escaping @Sendable () throws -> StoreReader) {
        self.inbox = inbox
        self.openReader = openReader
    }

    public func start() {
        let thread = Thread { [self] in run() }
        thread.name = "store-reader"
        thread.stackSize = 4 << 20
        self.thread = thread
        thread.start()
    }

    public func submit(_ effect: Effect) {
        condition.lock()
        queue.removeAll { $0.isSuperseded(by: effect) }
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
        let reader: StoreReader
        do {
            reader = try openReader()
        } catch {
            inbox.post(.loadFailed(tab: nil, message: String(describing: error)))
            return
        }
        while let effect = next() {
            if let message = reader.perform(effect) { inbox.post(message) }
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

extension Effect {
    /// Whether `newer` makes this waiting request pointless.
    func isSuperseded(by newer: Effect) -> Bool {
        switch (self, newer) {
        case (.loadWindow(let old), .loadWindow(let new)): old.tab == new.tab
        case (.loadPage(let old), .loadWindow(let new)): old.tab == new.tab
        case (.loadCount(let old, _, _), .loadCount(let new, _, _)): old == new
        case (.loadDetail, .loadDetail): true
        case (.loadOutboxCount, .loadOutboxCount): true
        case (.loadUploads, .loadUploads): true
        case (.loadOutboxPage(let old), .loadOutboxPage(let new)): new.beforeId == nil && old.generation < new.generation
        default: false
        }
    }
}
