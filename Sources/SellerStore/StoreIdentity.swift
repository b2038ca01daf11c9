import Foundation

/// How `LocalStore` tells its own files from anyone else's, before it writes a byte.
///
/// Every store carries `PRAGMA application_id` 0x53454C43 (ASCII "SELC", SEller Console) in its header. A new
/// store gets it in its very first write, before the switch to WAL, so it is in the main file's header from then
/// on and a plain read of the first 100 bytes recognises it. A store of an earlier build (id 0) is recognised by
/// its `schema_migrations` table holding the store's first migration, and adopted (stamped) on a read-write open.
enum StoreIdentity {
    static let applicationID: Int32 = 0x5345_4C43

    /// What is at the store path.
    enum Finding: Equatable {
        /// No file: a new store.
        case absent
        /// An empty file, or an SQLite database with no schema and no ids: nothing to damage, used as a new store.
        case empty
        /// A store stamped with the store's application id.
        case stamped
        /// A store of an earlier build: our migrations, application id 0.
        case unstamped
    }

    /// SQLite's header (https://www.sqlite.org/fileformat.html): 16 bytes of magic, application id at offset 68.
    static let headerLength = 100
    static let magic = Array("SQLite format 3\0".utf8)
    static let applicationIDOffset = 68

    /// Reads the header, and for an unstamped SQLite file its schema through a connection that cannot write.
    /// Throws `StoreOpenError` for anything that is not (or may not become) a store; writes nothing.
    static func inspect(_ path: String) throws -> Finding {
        let header: [UInt8]
        switch try readHeader(path) {
        case nil: return .absent
        case let bytes?: header = bytes
        }
        if header.isEmpty { return .empty }
        guard header.count == headerLength, Array(header.prefix(magic.count)) == magic else {
            throw StoreOpenError.notADatabase(path: path)
        }
        let id = header[applicationIDOffset..<applicationIDOffset + 4].reduce(UInt32(0)) { $0 << 8 | UInt32($1) }
        let stampedID = Int32(bitPattern: id)
        if stampedID == applicationID { return .stamped }
        guard stampedID == 0 else { throw StoreOpenError.foreignDatabase(path: path, applicationID: stampedID) }
        return try inspectSchema(path)
    }

    /// The first 100 bytes of the file (fewer if it is shorter, none if empty), or nil when there is no file.
    private static func readHeader(_ path: String) throws(StoreOpenError) -> [UInt8]? {
        // O_NONBLOCK: opening a FIFO must not wait for a writer before fstat can tell it is not a file.
        let fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard fd >= 0 else {
            if errno == ENOENT { return nil }
            throw .cannotAccess(path: path, reason: StoreFiles.reason(errno))
        }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw .cannotAccess(path: path, reason: StoreFiles.reason(errno)) }
        guard info.st_mode & S_IFMT == S_IFREG else { throw .notARegularFile(path: path) }
        var bytes = [UInt8](repeating: 0, count: headerLength)
        var count = 0
        while count < headerLength {
            let got = bytes.withUnsafeMutableBytes { buffer in
                read(fd, buffer.baseAddress.map { $0 + count }, headerLength - count)
            }
            if got < 0 && errno == EINTR { continue }
            guard got >= 0 else { throw .cannotAccess(path: path, reason: StoreFiles.reason(errno)) }
            if got == 0 { break }
            count += got
        }
        return Array(bytes.prefix(count))
    }

    /// An SQLite file with application id 0: the store of an earlier build, an empty database, or someone else's.
    ///
    /// Opened read-only; without WAL content as `immutable`, so SQLite creates no `-wal`/`-shm` beside another
    /// application's file (a plain read-only open of a WAL database does). The id is read again here because a
    /// store may hold it in its WAL only (stamped by an adoption whose checkpoint a crash prevented).
    private static func inspectSchema(_ path: String) throws -> Finding {
        let immutable = !StoreFiles.hasContent(path + "-wal")
        let db = try Database(path: path, configuration: Database.Configuration(
            readOnly: true, walMode: false, immutable: immutable))
        defer { try? db.close() }
        let id = try db.scalar("PRAGMA application_id")?.int64Value ?? 0
        if id == Int64(applicationID) { return .stamped }
        guard id == 0 else {
            throw StoreOpenError.foreignDatabase(path: path, applicationID: Int32(truncatingIfNeeded: id))
        }
        let objects = try db.scalar("SELECT count(*) FROM sqlite_master")?.int64Value ?? 0
        let userVersion = try db.scalar("PRAGMA user_version")?.int64Value ?? 0
        if objects == 0 && userVersion == 0 { return .empty }
        if let first = Schema.migrations.first?.id, try Migrator([]).appliedIDs(db).contains(first) {
            return .unstamped
        }
        throw StoreOpenError.foreignDatabase(path: path, applicationID: 0)
    }

    /// Eight upper-case hex digits (`0x53454C43`), as lists of SQLite application ids spell them.
    static func hex(_ id: Int32) -> String {
        let digits = String(UInt32(bitPattern: id), radix: 16, uppercase: true)
        return "0x" + String(repeating: "0", count: max(0, 8 - digits.count)) + digits
    }
}
