import Foundation
import ListContract
import SellerCore
import SellerStore
import Testing
import TestSupport

/// `list` reads a store it may not write: a 0400 file in a 0500 folder, where SQLite cannot create the `-shm` a
/// WAL reader normally needs. As root the kernel ignores those bits, so the reads run on a thread whose effective
/// user is `nobody` (see `asUnprivilegedUser`); the folder and file then belong to that user, as they would to a
/// seller reading their own store from read-only media or a locked-down folder.
@Suite("read-only store")
struct StoreReadOnlyTests {
    static let nobody: uid_t = 65_534

    /// A store of `count` orders in its own folder, closed (so no -wal or -shm remains), then made read-only.
    static func readOnlyStore(_ directory: TemporaryDirectory, count: Int) throws -> String {
        let folder = directory.file("ro")
        let path = folder + "/store.db"
        let store = try LocalStore(path: path)
        try ListFixtures.fill(store, ListFixtures.records(.orders, count: count))
        try store.close()
        try lockDown(folder: folder, files: [path])
        return path
    }

    /// Hands the files to `nobody` when running as root, then makes them 0400 in a 0500 folder.
    static func lockDown(folder: String, files: [String]) throws {
        for file in files {
            if getuid() == 0 { chown(file, nobody, gid_t(nobody)) }
            chmod(file, 0o400)
        }
        if getuid() == 0 { chown(folder, nobody, gid_t(nobody)) }
        chmod(folder, 0o500)
    }

    /// Lets the temporary folder be removed again.
    static func unlock(_ folder: String) { chmod(folder, 0o700) }

    /// What an unprivileged reader saw: whether the folder really refused it a file, and the rows it listed.
    struct Reading: Sendable {
        var folderRefusedWrites = false
        var rows: Int?
        var count: Int?
        var error: String?
    }

    static func read(_ path: String) -> Reading? {
        asUnprivilegedUser {
            var reading = Reading()
            let probe = open(path + "-probe", O_WRONLY | O_CREAT | O_EXCL, 0o600)
            reading.folderRefusedWrites = probe < 0 && errno == EACCES
            if probe >= 0 { close(probe); unlink(path + "-probe") }
            do {
                let store = try LocalStore(path: path, readOnly: true, memory: .compact)
                defer { try? store.close() }
                reading.rows = try store.page(StoreListQuery(kind: .orders, limit: 1_000)).rows.count
                reading.count = try store.count(StoreListQuery(kind: .orders, filterText: "CS1"))
            } catch {
                reading.error = String(describing: error)
            }
            return reading
        }
    }

    @Test("a 0400 store in a 0500 folder lists without creating -wal or -shm")
    func readOnlyFolder() throws {
        let directory = try TemporaryDirectory("store-readonly")
        let path = try Self.readOnlyStore(directory, count: 30)
        defer { Self.unlock(StoreFilesPath.folder(path)) }
        guard let reading = Self.read(path) else {
            Issue.record("could not run the reader without privileges; the read-only folder was not exercised")
            return
        }
        #expect(reading.folderRefusedWrites, "the folder must really be read-only for the reader")
        #expect(reading.error == nil)
        #expect(reading.rows == 30)
        #expect(reading.count == 11, "CS1 and CS10…CS19")
        #expect(!FileFacts.hasCompanions(path))
    }

    /// A store whose last writer never checkpointed (it was killed): its orders are in the `-wal` only. The copy
    /// takes the main file, the `-wal`, and the `-shm` when `withSharedMemory`, then locks the copy down.
    static func storeWithUnfinishedChanges(_ directory: TemporaryDirectory, withSharedMemory: Bool) throws -> String {
        let source = directory.file("source.db")
        let store = try LocalStore(path: source)
        // A second connection keeps the WAL from being checkpointed and removed while the copy is taken.
        let holder = try Database(path: source)
        try holder.execute("PRAGMA wal_autocheckpoint = 0")
        try ListFixtures.fill(store, ListFixtures.records(.orders, count: 3))
        let folder = directory.file("ro")
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: false)
        let path = folder + "/store.db"
        let suffixes = withSharedMemory ? ["", "-wal", "-shm"] : ["", "-wal"]
        for suffix in suffixes { try FileManager.default.copyItem(atPath: source + suffix, toPath: path + suffix) }
        try holder.close()
        try store.close()
        try lockDown(folder: folder, files: suffixes.map { path + $0 })
        return path
    }

    @Test("unfinished changes in a -wal without -shm in a read-only folder get a clear error, not stale rows")
    func unfinishedChangesNeedWriteAccess() throws {
        let directory = try TemporaryDirectory("store-readonly-wal")
        let path = try Self.storeWithUnfinishedChanges(directory, withSharedMemory: false)
        defer { Self.unlock(StoreFilesPath.folder(path)) }
        guard let reading = Self.read(path) else {
            Issue.record("could not run the reader without privileges; the read-only folder was not exercised")
            return
        }
        #expect(reading.folderRefusedWrites)
        #expect(reading.error == StoreOpenError.unfinishedChangesNeedWriteAccess(path: path).description)
        #expect(!FileFacts.exists(path + "-shm"))
    }

    @Test("unfinished changes with their -shm in a read-only folder are read, WAL included")
    func unfinishedChangesWithSharedMemoryAreRead() throws {
        let directory = try TemporaryDirectory("store-readonly-shm")
        let path = try Self.storeWithUnfinishedChanges(directory, withSharedMemory: true)
        defer { Self.unlock(StoreFilesPath.folder(path)) }
        guard let reading = Self.read(path) else {
            Issue.record("could not run the reader without privileges; the read-only folder was not exercised")
            return
        }
        #expect(reading.folderRefusedWrites)
        #expect(reading.error == nil)
        #expect(reading.rows == 3, "the rows in the -wal are read, not only the main file's")
    }
}

/// The folder of a store path, for the tests' clean-up.
enum StoreFilesPath {
    static func folder(_ path: String) -> String { (path as NSString).deletingLastPathComponent }
}
