/// Why `LocalStore` refused to open a path. Every case is raised before anything is written, so the file at the
/// path is left exactly as it was found.
public enum StoreOpenError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The path names a folder, FIFO, device or socket: a store is always a regular file (reading a FIFO would
    /// block, and `/dev/zero` would never end).
    case notARegularFile(path: String)
    /// The file is not an SQLite database at all.
    case notADatabase(path: String)
    /// An SQLite database that is not a seller-console store: another application's (its `application_id`), or
    /// one without the store's schema. Writing to it would damage someone else's data.
    case foreignDatabase(path: String, applicationID: Int32)
    /// A read-only open found unfinished changes in the `-wal` file but no `-shm`, and could not create it (the
    /// folder is read-only). Reading the main file alone would show stale data, so it is refused.
    case unfinishedChangesNeedWriteAccess(path: String)
    /// The file or its folder cannot be read or created; `reason` is the system's (`strerror`).
    case cannotAccess(path: String, reason: String)
    /// A read-only open found a store an older build wrote, which only a writer can bring up to date.
    case olderStore(path: String)

    public var description: String {
        switch self {
        case .notARegularFile(let path):
            "\(path) is not a regular file, so it cannot be a seller-console store"
        case .notADatabase(let path):
            "\(path) is not a seller-console store (not an SQLite database); it was left untouched"
        case .foreignDatabase(let path, let applicationID):
            "\(path) is not a seller-console store (an SQLite database of another application, application_id "
                + "\(StoreIdentity.hex(applicationID))); it was left untouched: choose another store path"
        case .unfinishedChangesNeedWriteAccess(let path):
            "\(path) has unfinished changes in its -wal file, which can only be read with write access to its "
                + "folder: open it once as its owner (for example with `seller-console sync`)"
        case .cannotAccess(let path, let reason):
            "cannot open the store \(path): \(reason)"
        case .olderStore(let path):
            "\(path) was written by an older seller-console and must be brought up to date before it can be read: "
                + "open it once with a command that writes (for example `seller-console sync`)"
        }
    }
}

extension StoreOpenError {
    /// Whether the path names something that is not a store at all (a usage error: the wrong `--store`), rather
    /// than a store that cannot be reached now.
    public var isWrongFile: Bool {
        switch self {
        case .notARegularFile, .notADatabase, .foreignDatabase: true
        case .unfinishedChangesNeedWriteAccess, .cannotAccess, .olderStore: false
        }
    }
}
