import Foundation
import SellerCore
import SellerStore
import Testing
import TestSupport

/// The store holds instance credentials: its file, `-wal`, `-shm` and data folder are private from creation, and
/// a store found open to other users is tightened with a notice the caller can show.
@Suite("store privacy")
struct StorePrivacyTests {
    static let cursorTime = Timestamp(millis: 1_790_000_000_000)

    @Test("a new store, its WAL, shared memory and new folders are 0600/0700 from creation, not the umask's 0644")
    func newStoreIsPrivate() throws {
        let directory = try TemporaryDirectory("store-private")
        let data = directory.file("data"), folder = data + "/seller-console"
        let path = folder + "/default.db"
        let store = try LocalStore(path: path)
        // A write leaves the -wal and -shm beside the open store.
        try store.write { try store.setSyncCursor(.orders, token: "t1", at: Self.cursorTime) }
        #expect(FileFacts.mode(path) == 0o600)
        #expect(FileFacts.mode(path + "-wal") == 0o600)
        #expect(FileFacts.mode(path + "-shm") == 0o600)
        #expect(FileFacts.mode(folder) == 0o700)
        #expect(FileFacts.mode(data) == 0o700)
        #expect(store.notices.isEmpty)
        #expect(store.createdFile)
        try store.close()
    }

    @Test("a store open to others is tightened on open, with one notice per file, and its data folder too")
    func wideStoreIsTightened() throws {
        let directory = try TemporaryDirectory("store-tighten")
        let folder = directory.file("seller-console")
        let path = folder + "/default.db"
        let writer = try LocalStore(path: path)
        try writer.write { try writer.setSyncCursor(.orders, token: "t1", at: Self.cursorTime) }
        for file in [path, path + "-wal", path + "-shm"] { chmod(file, 0o644) }
        chmod(folder, 0o755)

        let reader = try LocalStore(path: path, readOnly: true)
        #expect(Set(reader.notices) == [
            .madePrivate(path: path, from: 0o644, to: 0o600),
            .madePrivate(path: path + "-wal", from: 0o644, to: 0o600),
            .madePrivate(path: path + "-shm", from: 0o644, to: 0o600),
            .madePrivate(path: folder, from: 0o755, to: 0o700),
        ])
        #expect(reader.notices.contains { $0.description ==
            "made \(path) private (mode 0644 → 0600): the store holds instance credentials" })
        for file in [path, path + "-wal", path + "-shm"] { #expect(FileFacts.mode(file) == 0o600) }
        #expect(FileFacts.mode(folder) == 0o700)
        try reader.close()
        try writer.close()

        let again = try LocalStore(path: path)
        #expect(again.notices.isEmpty, "a private store opens without a notice")
        try again.close()
    }

    @Test("only the console's own data folder is tightened: a store passed in /tmp never changes /tmp")
    func otherFoldersKeepTheirMode() throws {
        let directory = try TemporaryDirectory("store-folder")
        let folder = directory.file("shared")
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: false)
        chmod(folder, 0o755)
        let path = folder + "/store.db"
        let store = try LocalStore(path: path)
        try store.close()
        #expect(FileFacts.mode(folder) == 0o755)
        #expect(FileFacts.mode(path) == 0o600)
    }

    @Test("a notice's text spells the modes as chmod does")
    func noticeText() {
        let notice = StoreNotice.stillOpenToOthers(path: "/s.db", mode: 0o604, reason: "Operation not permitted")
        #expect(notice.description
            == "/s.db is open to other users (mode 0604) and could not be made private: Operation not permitted")
    }
}

extension StorePrivacyTests {
    @Test("a store open to others that the reader cannot change is reported, and still read")
    func notOwnerGetsANotice() throws {
        guard getuid() == 0 else { return }   // needs a file owned by someone else than the reader
        let directory = try TemporaryDirectory("store-not-owner")
        let path = directory.file("store.db")
        try LocalStore(path: path).close()
        chmod(path, 0o644)
        let notices = asUnprivilegedUser { () -> [StoreNotice]? in
            (try? LocalStore(path: path, readOnly: true, memory: .compact)).map { store in
                defer { try? store.close() }
                return store.notices
            }
        }
        #expect(notices == [.stillOpenToOthers(path: path, mode: 0o644, reason: "Operation not permitted")])
        #expect(FileFacts.mode(path) == 0o644)
    }

    @Test("a store path that is a symlink to nowhere is refused rather than created 0644 behind it")
    func danglingSymlinkIsRefused() throws {
        let directory = try TemporaryDirectory("store-dangling")
        let path = directory.file("store.db")
        #expect(symlink(directory.file("missing/target.db"), path) == 0)
        #expect(throws: StoreOpenError.self) { try LocalStore(path: path) }
        #expect(!FileFacts.exists(directory.file("missing")))
    }
}
