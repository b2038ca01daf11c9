extension Database {
    /// How a connection is opened. The defaults are the store's writer: read-write, WAL, 5 s busy timeout.
    public struct Configuration: Sendable, Equatable {
        /// Opens with `SQLITE_OPEN_READONLY`, for a second reader connection next to the writer. A read-only
        /// connection cannot switch the journal mode, so it only verifies that the file is already in WAL.
        public var readOnly: Bool

        /// How long a statement waits for a lock held by another connection before failing with
        /// `SQLITE_BUSY`, in milliseconds.
        public var busyTimeoutMilliseconds: Int32

        /// Requires WAL (set it on a writer, verify it on a reader). Ignored for `":memory:"`, which has no WAL.
        public var walMode: Bool

        /// Page size for a database file that does not exist yet; ignored for an existing one, whose page size
        /// is fixed (and cannot change at all once it is in WAL mode).
        public var pageSize: Int32?

        /// Opens the file as one nobody changes (the `immutable=1` URI parameter): read-only, no locks, no `-shm`,
        /// and any WAL ignored. The only way to read a WAL database in a folder where `-shm` cannot be created,
        /// and exact as long as the `-wal` is absent or empty. Implies `readOnly`; skips the WAL check.
        ///
        /// > immutable=1: The immutable query parameter is a boolean that signals to SQLite that the underlying
        /// > database file is held on read-only media and cannot be modified, even by another process with
        /// > elevated privileges.
        public var immutable: Bool

        /// Stamped with `PRAGMA application_id` on a read-write open when the database's id is 0, before the
        /// switch to WAL: a new file then carries it in its header from its first write.
        public var applicationID: Int32?

        public init(readOnly: Bool = false, busyTimeoutMilliseconds: Int32 = 5000, walMode: Bool = true,
                    pageSize: Int32? = nil, immutable: Bool = false, applicationID: Int32? = nil) {
            self.readOnly = readOnly || immutable
            self.busyTimeoutMilliseconds = busyTimeoutMilliseconds
            self.walMode = walMode
            self.pageSize = pageSize
            self.immutable = immutable
            self.applicationID = applicationID
        }

        /// A read-only connection for concurrent reads of a WAL database that a writer keeps open.
        public static var reader: Configuration { Configuration(readOnly: true) }
    }
}
