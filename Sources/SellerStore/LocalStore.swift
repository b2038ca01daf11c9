import Foundation
import SellerCore

/// The local store of one profile: a SQLite file in WAL mode holding every synced record, the sync cursors and
/// the outbox. Raw SQL never leaves this module; callers see domain values.
///
/// Not thread-safe: one instance belongs to one thread or task at a time (the sync, or the console's reader).
/// Open a second instance on the same file for concurrent reading; WAL lets it read while the other writes.
public final class LocalStore {
    let db: Database
    public let path: String
    /// What the open did to the files or found wrong with them (modes tightened), for the caller to show.
    public let notices: [StoreNotice]
    /// Whether this open created the store file (there was none at `path`): see `closeRemovingIfUnused()`.
    public let createdFile: Bool
    /// The folders this open created on the way to the file, outermost first.
    let createdFolders: [String]
    /// The kinds this connection is bulk loading (`LocalStore+BulkLoad.swift`), whose rows it does not index one
    /// by one.
    var deferredSearch: Set<EntityKind> = []
    /// Tables a migration adds that a read-only connection has seen (`hasMigratedTable`): tables are never dropped.
    var tablesSeen: Set<String> = []
    /// How far a list's walk of its sort index may go before the trigram index finds its page instead
    /// (`walkBudget`; tests lower it to reach the switch with a small store).
    var listWalkBudget = LocalStore.walkBudget
    /// The ids of the shared texts this connection has looked up or written (`SharedTexts`).
    var sharedTexts = SharedTexts()
    var sharedTextMatches = SharedTextMatches()

    /// How much memory a connection may use for its page cache and memory-mapped reads.
    public enum MemoryProfile: Sendable {
        /// A bulk sync: a 24 MB page cache and 256 MB of memory-mapped reads keep the B-trees hot while a
        /// million rows go through several indexes and a trigram index.
        case bulk
        /// A connection inside the console, which must stay within its memory budget (ARCHITECTURE §11): a small
        /// page cache and no memory map (mapped pages count towards the resident set).
        case compact

        var pragmas: String {
            switch self {
            case .bulk: "PRAGMA cache_size = -24000; PRAGMA mmap_size = 268435456; PRAGMA temp_store = MEMORY"
            case .compact: "PRAGMA cache_size = -4000; PRAGMA mmap_size = 0; PRAGMA temp_store = MEMORY"
            }
        }
    }

    /// Opens the store at `path`; read-write creates it (and its folders) when missing.
    ///
    /// Before anything is written, the file is checked to be a seller-console store (`StoreIdentity`): anything
    /// else throws `StoreOpenError` and stays byte-identical. New files are 0600 in 0700 folders; found ones
    /// open to other users are tightened (`notices`). A read-only open also works in a read-only folder.
    public init(path: String, readOnly: Bool = false, memory: MemoryProfile = .bulk) throws {
        self.path = path
        let finding = try StoreIdentity.inspect(path)
        if readOnly {
            guard finding != .absent else {
                throw StoreOpenError.cannotAccess(path: path, reason: StoreFiles.reason(ENOENT))
            }
            createdFolders = []
            createdFile = false
            notices = StoreFiles.makePrivate(path)
            db = try Self.openReader(path)
            // A reader cannot migrate: a store it cannot read around is refused with words, not failed on its
            // first query.
            guard try Migrator(Schema.migrations).appliedIDs(db).contains(Schema.readersNeed.id) else {
                try? db.close()
                throw StoreOpenError.olderStore(path: path)
            }
        } else {
            createdFolders = finding == .absent ? try StoreFiles.createFolders(for: path) : []
            createdFile = finding == .absent ? try StoreFiles.createFile(path) : false
            // Someone else created the file between the look and the creation: look again. Still absent means
            // a symlink to nowhere, through which SQLite would create a file with its default mode 0644.
            if finding == .absent && !createdFile, try StoreIdentity.inspect(path) == .absent {
                throw StoreOpenError.cannotAccess(path: path, reason: "a symbolic link to a file that does not exist")
            }
            notices = StoreFiles.makePrivate(path)
            do {
                // 32 KiB pages: a synced page of a thousand records takes an eighth of the write(2) calls of
                // 4 KiB pages (measured: about 13,500 → 18,000 orders/s with the store on disk).
                db = try Database(path: path, configuration: Database.Configuration(
                    pageSize: 32768, applicationID: StoreIdentity.applicationID))
            } catch {
                if createdFile { StoreFiles.remove(path, folders: createdFolders) }
                throw error
            }
        }
        do {
            try db.execute(memory.pragmas)
            if !readOnly {
                try db.registerCompactIDFunction()
                _ = try Migrator(Schema.migrations).migrate(db)
            }
        } catch {
            // A store this open created and could not set up is no store: leave nothing behind.
            if createdFile {
                try? db.close()
                StoreFiles.remove(path, folders: createdFolders)
            }
            throw error
        }
    }

    /// A read-only connection. Reading a WAL database needs its `-shm`, which SQLite cannot create in a folder
    /// it cannot write; when there are no unfinished changes in the `-wal`, the main file alone is the whole
    /// store, so it is then read as immutable. A folder this reader cannot write is one nobody else writes in
    /// practice; a writer with more rights that checkpointed during the read could make that read fail.
    static func openReader(_ path: String) throws -> Database {
        let failure: SQLiteError
        do {
            return try Database(path: path, configuration: .reader)
        } catch {
            failure = error
        }
        guard ResultCode.readOnly ~= failure.code || ResultCode.cantOpen ~= failure.code else { throw failure }
        guard !StoreFiles.hasContent(path + "-wal") else {
            if !StoreFiles.exists(path + "-shm") { throw StoreOpenError.unfinishedChangesNeedWriteAccess(path: path) }
            throw failure
        }
        return try Database(path: path, configuration: Database.Configuration(immutable: true))
    }

    public func close() throws { try db.close() }

    /// What another thread may use to stop this store's read in flight (`Interrupter`).
    public var interrupter: Interrupter { db.interrupter }

    /// Deletes a closed store's files: the database and its WAL and shared-memory companions.
    public static func removeFiles(at path: String) { StoreFiles.remove(path) }

    /// `PRAGMA integrity_check`: `["ok"]` for a sound file.
    public func integrityCheck() throws -> [String] { try db.integrityCheck() }

    public func journalMode() throws -> String { try db.journalMode() }

    /// How many records of `kind` the store holds.
    public func count(_ kind: EntityKind) throws -> Int {
        try db.scalar("SELECT count(*) FROM \(StoreTables.table(kind))").flatMap { value -> Int? in
            if case .integer(let count) = value { return Int(count) }
            return nil
        } ?? 0
    }

    /// Every id of `kind`, in id order, for comparisons and exports; streams rather than loading records.
    public func forEachID(_ kind: EntityKind, _ body: (String) throws -> Void) throws {
        let key = StoreTables.key(kind)
        let statement = try db.prepare("SELECT \(key) FROM \(StoreTables.table(kind)) ORDER BY \(key)")
        try statement.forEach { row in try body(row.text(0)) }
    }

    /// Runs `body` in one IMMEDIATE transaction: all of it lands or none of it does.
    public func write<T>(_ body: () throws -> T) throws -> T { try db.transaction(.immediate, body) }
}

/// Table and key names per kind, in one place.
enum StoreTables {
    static func table(_ kind: EntityKind) -> String {
        switch kind {
        case .orders: "orders"
        case .instances: "instances"
        case .exceptions: "produce_messages"
        case .supervision: "supervision_tasks"
        case .tickets: "tickets"
        case .calls: "calls"
        }
    }

    static func key(_ kind: EntityKind) -> String {
        switch kind {
        case .orders: "order_id"
        case .instances: "instance_id"
        case .exceptions: "message_id"
        case .supervision: "task_id"
        case .tickets: "case_id"
        case .calls: "call_id"
        }
    }

    static func search(_ kind: EntityKind) -> String { table(kind) + "_search" }

    /// Whether the kind's table has `from_journal` (records the journal may derive from calls).
    static func derivedFromCalls(_ kind: EntityKind) -> Bool { kind == .orders || kind == .instances }
}

extension Timestamp {
    var sqlValue: SQLiteValue { .integer(millis) }
}

extension Optional where Wrapped == Timestamp {
    var sqlValue: SQLiteValue { self.map { .integer($0.millis) } ?? .null }
}

extension Row {
    func timestamp(_ index: Int) -> Timestamp { Timestamp(millis: int64(index)) }
    func optionalTimestamp(_ index: Int) -> Timestamp? { optionalInt64(index).map { Timestamp(millis: $0) } }

    /// An enum column; an unknown spelling (written by a newer build) falls back to `fallback`.
    func enumValue<E: RawRepresentable>(_ index: Int, _ fallback: E) -> E where E.RawValue == String {
        E(rawValue: text(index)) ?? fallback
    }
}
