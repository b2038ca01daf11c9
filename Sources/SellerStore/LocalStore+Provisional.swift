import SellerCore

/// A command that fails before its first good answer (wrong key, clock skew, bad URL) must not leave a new, empty
/// store behind: a seller who mistyped `--store` would otherwise collect stray databases, each 0600 but still
/// a file nobody asked for.
extension LocalStore {
    /// The tables that only ever hold what a command wrote: records, sync cursors and rejects, the outbox.
    /// Schema bookkeeping (`schema_migrations`, the search indexes' own tables) does not count.
    static let dataTables = EntityKind.allCases.map(StoreTables.table) + ["sync_state", "sync_rejects", "outbox"]

    /// What this open created, for undoing it later from another connection (the console keeps it from its
    /// first open until it quits); nil when the file was already there.
    public var creation: StoreCreation? {
        createdFile ? StoreCreation(path: path, folders: createdFolders) : nil
    }

    /// Deletes a store `creation` describes if it still holds no data (opened anew to check, then closed).
    /// Returns whether it deleted it; a file that is no longer a store, or holds data, is left alone.
    @discardableResult
    public static func removeIfUnused(_ creation: StoreCreation) -> Bool {
        guard let store = try? LocalStore(path: creation.path, readOnly: true, memory: .compact) else { return false }
        let unused = (try? store.holdsNoData()) == true
        guard (try? store.close()) != nil, unused else { return false }
        StoreFiles.remove(creation.path, folders: creation.folders)
        return true
    }

    /// Whether the store holds nothing a command wrote: no record, cursor, reject or outbox item.
    public func holdsNoData() throws -> Bool {
        try db.transaction(.deferred) {
            for table in Self.dataTables {
                if try db.scalar("SELECT EXISTS (SELECT 1 FROM \(table))")?.int64Value != 0 { return false }
            }
            return true
        }
    }

    /// Closes the store, and when this open created it (`createdFile`) and it still holds no data, deletes it:
    /// the file, its `-wal`/`-shm`, and the folders this open created if they are left empty. Returns whether it
    /// deleted it. Call it, instead of `close()`, on the failure path of a command that may have created the store.
    ///
    /// Another process that opened the new store meanwhile (a console started in the same second) would lose
    /// the file under its feet; one that wrote to it makes it "used", and it stays.
    @discardableResult
    public func closeRemovingIfUnused() throws -> Bool {
        let remove = createdFile && (try? holdsNoData()) == true
        try close()
        if remove { StoreFiles.remove(path, folders: createdFolders) }
        return remove
    }
}

/// A store file created by an open, and the folders created for it (outermost first).
public struct StoreCreation: Equatable, Sendable {
    public let path: String
    let folders: [String]
}
