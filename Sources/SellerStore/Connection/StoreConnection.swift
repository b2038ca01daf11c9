import SellerCore

/// One store connection with one owner, for async code (the `DatabaseQueue` idea): the `LocalStore` lives inside
/// this actor, whose executor is a dispatch queue of its own, so every SQLite call runs there, one at a time, and
/// never on Swift's cooperative pool. Callers await `perform` and `write` with a closure that gets the store.
///
/// Synchronous code that owns a thread (the console's effect workers, CLI code that is not async) keeps using
/// `LocalStore` directly.
public actor StoreConnection {
    private let executor: BlockingExecutor
    private let store: LocalStore
    /// What the open did to the files or found wrong with them (`LocalStore.notices`).
    public nonisolated let notices: [StoreNotice]
    public nonisolated let path: String

    public nonisolated var unownedExecutor: UnownedSerialExecutor { executor.asUnownedSerialExecutor() }

    private init(store: sending LocalStore, executor: BlockingExecutor) {
        self.store = store
        self.executor = executor
        notices = store.notices
        path = store.path
    }

    /// Opens the store at `path` on a queue of its own (`LocalStore.init` explains the arguments): the open,
    /// which may create or migrate the file, already runs off the cooperative pool.
    public static func open(path: String, readOnly: Bool = false, memory: LocalStore.MemoryProfile = .bulk)
        async throws -> StoreConnection {
        let executor = BlockingExecutor(label: "store \(readOnly ? "reader" : "writer")")
        return try await executor.run { () throws -> StoreConnection in
            StoreConnection(store: try LocalStore(path: path, readOnly: readOnly, memory: memory), executor: executor)
        }
    }

    /// Opens a connection, lends it to `body`, and closes it whatever `body` did (a failed close is dropped,
    /// as `defer { try? store.close() }` would).
    public static func using<T>(path: String, readOnly: Bool = false, memory: LocalStore.MemoryProfile = .bulk,
                                _ body: (StoreConnection) async throws -> T) async throws -> T {
        let connection = try await open(path: path, readOnly: readOnly, memory: memory)
        do {
            let value = try await body(connection)
            try? await connection.close()
            return value
        } catch {
            try? await connection.close()
            throw error
        }
    }

    /// Runs `body` with the store, on this connection's queue. Each store method makes its own transaction;
    /// use `write` when several must land together.
    public func perform<T: Sendable>(_ body: (LocalStore) throws -> T) throws -> T {
        try body(store)
    }

    /// Runs `body` in one IMMEDIATE transaction (`LocalStore.write`), on this connection's queue.
    public func write<T: Sendable>(_ body: (LocalStore) throws -> T) throws -> T {
        try store.write { try body(store) }
    }

    /// Closes the connection; nothing may use it afterwards.
    public func close() throws {
        try store.close()
    }

    /// `LocalStore.closeRemovingIfUnused()`: closes, and removes the file when this open created it and it holds
    /// nothing.
    @discardableResult
    public func closeRemovingIfUnused() throws -> Bool {
        try store.closeRemovingIfUnused()
    }
}
