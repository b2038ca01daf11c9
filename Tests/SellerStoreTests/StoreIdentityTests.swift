import Foundation
import SellerCore
import SellerStore
import Testing
import TestSupport

/// A file that is not a seller-console store is refused before anything is written and stays byte-identical; a
/// store of an earlier build (application_id 0, our migrations) is adopted.
@Suite("store identity")
struct StoreIdentityTests {
    static let storeID: UInt32 = 0x5345_4C43

    /// Another application's database: a table with a row, rollback journal (or WAL when asked), `id` stamped.
    static func foreignDatabase(_ path: String, applicationID: Int32 = 0, wal: Bool = false) throws {
        let db = try Database(path: path, configuration: Database.Configuration(walMode: wal))
        try db.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")
        try db.execute("INSERT INTO notes (body) VALUES ('keep me')")
        if applicationID != 0 { try db.execute("PRAGMA application_id = \(applicationID)") }
        try db.close()
    }

    /// Opens `path` both ways and expects `expected` each time, with the file's bytes unchanged and no companion.
    static func expectRefused(_ path: String, _ expected: StoreOpenError) {
        let before = FileFacts.bytes(path)
        let modeBefore = FileFacts.mode(path)
        for readOnly in [false, true] {
            #expect(throws: expected) { try LocalStore(path: path, readOnly: readOnly) }
            #expect(FileFacts.bytes(path) == before, "the file must stay byte-identical")
            #expect(FileFacts.mode(path) == modeBefore, "a refused file keeps its mode")
            #expect(!FileFacts.hasCompanions(path), "no -wal, -shm or -journal may be left beside it")
        }
    }

    @Test("another application's SQLite database is refused and stays byte-identical")
    func foreignDatabaseIsRefused() throws {
        let directory = try TemporaryDirectory("identity-foreign")
        let path = directory.file("other.db")
        try Self.foreignDatabase(path)
        chmod(path, 0o644)
        Self.expectRefused(path, .foreignDatabase(path: path, applicationID: 0))
        let error = StoreOpenError.foreignDatabase(path: path, applicationID: 0)
        #expect(error.description.contains("is not a seller-console store"))
        #expect(error.description.contains("left untouched"))
    }

    @Test("a database stamped with another application id is refused from its header alone")
    func stampedForeignDatabaseIsRefused() throws {
        let directory = try TemporaryDirectory("identity-stamped")
        let path = directory.file("fossil.db")
        try Self.foreignDatabase(path, applicationID: 0x0F05_5112)
        Self.expectRefused(path, .foreignDatabase(path: path, applicationID: 0x0F05_5112))
        #expect(StoreOpenError.foreignDatabase(path: path, applicationID: 0x0F05_5112).description
            .contains("application_id 0x0F055112"))
    }

    @Test("another application's WAL database is refused without creating its -wal or -shm")
    func foreignWALDatabaseIsRefused() throws {
        let directory = try TemporaryDirectory("identity-wal")
        let path = directory.file("wal.db")
        try Self.foreignDatabase(path, wal: true)
        #expect(!FileFacts.hasCompanions(path), "a closed WAL database has no companions")
        Self.expectRefused(path, .foreignDatabase(path: path, applicationID: 0))
    }

    @Test("a file that is not a database, a folder and a FIFO are refused at once and left alone")
    func nonDatabasesAreRefused() throws {
        let directory = try TemporaryDirectory("identity-files")
        let text = directory.file("notes.txt")
        try Data("these are my notes, not a database\n".utf8).write(to: URL(fileURLWithPath: text))
        Self.expectRefused(text, .notADatabase(path: text))
        let short = directory.file("short")
        try Data("SQLite format 3".utf8).write(to: URL(fileURLWithPath: short))
        Self.expectRefused(short, .notADatabase(path: short))

        let folder = directory.file("folder")
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: false)
        #expect(throws: StoreOpenError.notARegularFile(path: folder)) { try LocalStore(path: folder) }
        let fifo = directory.file("fifo")
        #expect(mkfifo(fifo, 0o600) == 0)
        #expect(throws: StoreOpenError.notARegularFile(path: fifo)) { try LocalStore(path: fifo, readOnly: true) }
    }

    @Test("a new store carries the application id in its file header from its first write")
    func newStoreIsStamped() throws {
        let directory = try TemporaryDirectory("identity-new")
        let path = directory.file("store.db")
        let store = try LocalStore(path: path)
        // Still open, so nothing was checkpointed yet: the id went into the main file before the switch to WAL.
        #expect(FileFacts.headerApplicationID(path) == Self.storeID)
        try store.close()
    }

    @Test("an empty file is taken as a new store, but is not the open's own to remove")
    func emptyFileBecomesAStore() throws {
        let directory = try TemporaryDirectory("identity-empty")
        let path = directory.file("store.db")
        #expect(FileManager.default.createFile(atPath: path, contents: nil))
        let store = try LocalStore(path: path)
        #expect(!store.createdFile)
        #expect(try store.count(.orders) == 0)
        try store.close()
        #expect(FileFacts.headerApplicationID(path) == Self.storeID)
    }

    @Test("a store of an earlier build (application_id 0, our migrations) is adopted with its records")
    func earlierStoreIsAdopted() throws {
        let directory = try TemporaryDirectory("identity-legacy")
        let path = directory.file("store.db")
        let original = try LocalStore(path: path)
        try ListFixtures.fill(original, ListFixtures.records(.orders, count: 5))
        try original.close()
        // Undo the stamp, as a store written before application ids looks.
        let raw = try Database(path: path)
        try raw.execute("PRAGMA application_id = 0")
        try raw.close()
        #expect(FileFacts.headerApplicationID(path) == 0)

        let reader = try LocalStore(path: path, readOnly: true)
        #expect(try reader.count(.orders) == 5, "a read-only open reads an earlier store without stamping it")
        try reader.close()
        #expect(FileFacts.headerApplicationID(path) == 0)

        let adopted = try LocalStore(path: path)
        #expect(try adopted.count(.orders) == 5)
        try adopted.close()
        #expect(FileFacts.headerApplicationID(path) == Self.storeID)
    }

    @Test("an SQLite file with application_id 0 but tables of its own is not taken for an earlier store")
    func unstampedForeignSchemaIsRefused() throws {
        let directory = try TemporaryDirectory("identity-lookalike")
        let path = directory.file("lookalike.db")
        let db = try Database(path: path, configuration: Database.Configuration(walMode: false))
        // Same bookkeeping table name, none of our migrations.
        try db.execute("CREATE TABLE schema_migrations (id TEXT PRIMARY KEY, applied_at TEXT)")
        try db.execute("INSERT INTO schema_migrations (id, applied_at) VALUES ('001_init', 'x')")
        try db.close()
        Self.expectRefused(path, .foreignDatabase(path: path, applicationID: 0))
    }
}

extension StoreIdentityTests {
    @Test("the read-only look goes through an SQLite URI: ?, #, % and spaces in the path stay part of it")
    func oddPathsAreInspected() throws {
        let directory = try TemporaryDirectory("identity-uri")
        let folder = directory.file("a?b#c %41 d")
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: false)
        let foreign = folder + "/other.db"
        try Self.foreignDatabase(foreign)
        Self.expectRefused(foreign, .foreignDatabase(path: foreign, applicationID: 0))
        let path = folder + "/store.db"
        let original = try LocalStore(path: path)
        try original.close()
        let raw = try Database(path: path)
        try raw.execute("PRAGMA application_id = 0")
        try raw.close()
        let adopted = try LocalStore(path: path)
        try adopted.close()
        #expect(FileFacts.headerApplicationID(path) == Self.storeID)
    }
}
