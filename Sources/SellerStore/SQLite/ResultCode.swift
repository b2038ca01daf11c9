import CSQLite

/// An SQLite result code, primary or extended. The connection enables extended codes, so a failed UNIQUE insert
/// reports `constraintUnique` (2067) rather than the bare `constraint` (19); `primary` and `~=` recover the family.
///
/// > The primary result code is the least significant 8 bits of the extended result code.
///
/// The extended constants are spelled out here because their C macros (`(SQLITE_CONSTRAINT | (8<<8))`) do not
/// import into Swift.
public struct ResultCode: RawRepresentable, Hashable, Sendable {
    public let rawValue: Int32

    public init(rawValue: Int32) { self.rawValue = rawValue }

    /// The primary code of this code's family (`constraintUnique.primary == .constraint`).
    public var primary: ResultCode { ResultCode(rawValue: rawValue & 0xFF) }

    /// Whether this is a primary code (no extended bits).
    public var isPrimary: Bool { rawValue & 0xFF == rawValue }

    /// Lets `case .constraint:` match every extended constraint code, while an extended pattern such as
    /// `case .constraintUnique:` matches only itself.
    public static func ~= (pattern: ResultCode, code: ResultCode) -> Bool {
        pattern.isPrimary ? code.primary == pattern : code == pattern
    }

    private static func extended(_ primary: Int32, _ n: Int32) -> ResultCode {
        ResultCode(rawValue: primary | (n << 8))
    }

    // MARK: - Primary codes

    public static let ok = ResultCode(rawValue: SQLITE_OK)
    public static let error = ResultCode(rawValue: SQLITE_ERROR)
    public static let `internal` = ResultCode(rawValue: SQLITE_INTERNAL)
    public static let permission = ResultCode(rawValue: SQLITE_PERM)
    public static let abort = ResultCode(rawValue: SQLITE_ABORT)
    public static let busy = ResultCode(rawValue: SQLITE_BUSY)
    public static let locked = ResultCode(rawValue: SQLITE_LOCKED)
    public static let noMemory = ResultCode(rawValue: SQLITE_NOMEM)
    public static let readOnly = ResultCode(rawValue: SQLITE_READONLY)
    public static let interrupt = ResultCode(rawValue: SQLITE_INTERRUPT)
    public static let ioError = ResultCode(rawValue: SQLITE_IOERR)
    public static let corrupt = ResultCode(rawValue: SQLITE_CORRUPT)
    public static let notFound = ResultCode(rawValue: SQLITE_NOTFOUND)
    public static let full = ResultCode(rawValue: SQLITE_FULL)
    public static let cantOpen = ResultCode(rawValue: SQLITE_CANTOPEN)
    public static let `protocol` = ResultCode(rawValue: SQLITE_PROTOCOL)
    public static let schema = ResultCode(rawValue: SQLITE_SCHEMA)
    public static let tooBig = ResultCode(rawValue: SQLITE_TOOBIG)
    public static let constraint = ResultCode(rawValue: SQLITE_CONSTRAINT)
    public static let mismatch = ResultCode(rawValue: SQLITE_MISMATCH)
    public static let misuse = ResultCode(rawValue: SQLITE_MISUSE)
    public static let noLargeFileSupport = ResultCode(rawValue: SQLITE_NOLFS)
    public static let authorization = ResultCode(rawValue: SQLITE_AUTH)
    public static let range = ResultCode(rawValue: SQLITE_RANGE)
    public static let notADatabase = ResultCode(rawValue: SQLITE_NOTADB)
    public static let row = ResultCode(rawValue: SQLITE_ROW)
    public static let done = ResultCode(rawValue: SQLITE_DONE)

    // MARK: - Extended codes the store is likely to meet

    public static let constraintCheck = extended(SQLITE_CONSTRAINT, 1)
    public static let constraintForeignKey = extended(SQLITE_CONSTRAINT, 3)
    public static let constraintNotNull = extended(SQLITE_CONSTRAINT, 5)
    public static let constraintPrimaryKey = extended(SQLITE_CONSTRAINT, 6)
    public static let constraintTrigger = extended(SQLITE_CONSTRAINT, 7)
    public static let constraintUnique = extended(SQLITE_CONSTRAINT, 8)
    public static let constraintRowID = extended(SQLITE_CONSTRAINT, 10)
    public static let constraintDataType = extended(SQLITE_CONSTRAINT, 12)
    public static let busyRecovery = extended(SQLITE_BUSY, 1)
    public static let busySnapshot = extended(SQLITE_BUSY, 2)
    public static let busyTimeout = extended(SQLITE_BUSY, 3)
    public static let lockedSharedCache = extended(SQLITE_LOCKED, 1)
    public static let readOnlyRecovery = extended(SQLITE_READONLY, 1)
    public static let readOnlyCantLock = extended(SQLITE_READONLY, 2)
    public static let readOnlyRollback = extended(SQLITE_READONLY, 3)
    public static let readOnlyDatabaseMoved = extended(SQLITE_READONLY, 4)
    public static let readOnlyCantInit = extended(SQLITE_READONLY, 5)
    public static let readOnlyDirectory = extended(SQLITE_READONLY, 6)
    public static let abortRollback = extended(SQLITE_ABORT, 2)
    public static let cantOpenIsDirectory = extended(SQLITE_CANTOPEN, 2)
    public static let cantOpenFullPath = extended(SQLITE_CANTOPEN, 3)
    public static let corruptIndex = extended(SQLITE_CORRUPT, 3)
    public static let ioErrorRead = extended(SQLITE_IOERR, 1)
    public static let ioErrorShortRead = extended(SQLITE_IOERR, 2)
    public static let ioErrorWrite = extended(SQLITE_IOERR, 3)
    public static let ioErrorFsync = extended(SQLITE_IOERR, 4)
    public static let ioErrorNoMemory = extended(SQLITE_IOERR, 12)
    public static let ioErrorLock = extended(SQLITE_IOERR, 15)
    public static let ioErrorShmOpen = extended(SQLITE_IOERR, 18)
}

extension ResultCode: CustomStringConvertible {
    /// "SQLITE_CONSTRAINT_UNIQUE (2067)". The name comes from the table below when known, else from the
    /// primary family, so a code this file does not list still reads sensibly.
    public var description: String { "\(name) (\(rawValue))" }

    /// The C name of the code, e.g. `SQLITE_CONSTRAINT_UNIQUE`; unknown extended codes fall back to
    /// `SQLITE_CONSTRAINT+<n>` from their primary family.
    public var name: String {
        if let known = Self.names[rawValue] { return known }
        if !isPrimary, let family = Self.names[primary.rawValue] { return "\(family)+\(rawValue >> 8)" }
        return "SQLITE_UNKNOWN"
    }

    private static let names: [Int32: String] = [
        SQLITE_OK: "SQLITE_OK", SQLITE_ERROR: "SQLITE_ERROR", SQLITE_INTERNAL: "SQLITE_INTERNAL",
        SQLITE_PERM: "SQLITE_PERM", SQLITE_ABORT: "SQLITE_ABORT", SQLITE_BUSY: "SQLITE_BUSY",
        SQLITE_LOCKED: "SQLITE_LOCKED", SQLITE_NOMEM: "SQLITE_NOMEM", SQLITE_READONLY: "SQLITE_READONLY",
        SQLITE_INTERRUPT: "SQLITE_INTERRUPT", SQLITE_IOERR: "SQLITE_IOERR", SQLITE_CORRUPT: "SQLITE_CORRUPT",
        SQLITE_NOTFOUND: "SQLITE_NOTFOUND", SQLITE_FULL: "SQLITE_FULL", SQLITE_CANTOPEN: "SQLITE_CANTOPEN",
        SQLITE_PROTOCOL: "SQLITE_PROTOCOL", SQLITE_EMPTY: "SQLITE_EMPTY", SQLITE_SCHEMA: "SQLITE_SCHEMA",
        SQLITE_TOOBIG: "SQLITE_TOOBIG", SQLITE_CONSTRAINT: "SQLITE_CONSTRAINT", SQLITE_MISMATCH: "SQLITE_MISMATCH",
        SQLITE_MISUSE: "SQLITE_MISUSE", SQLITE_NOLFS: "SQLITE_NOLFS", SQLITE_AUTH: "SQLITE_AUTH",
        SQLITE_FORMAT: "SQLITE_FORMAT", SQLITE_RANGE: "SQLITE_RANGE", SQLITE_NOTADB: "SQLITE_NOTADB",
        SQLITE_NOTICE: "SQLITE_NOTICE", SQLITE_WARNING: "SQLITE_WARNING", SQLITE_ROW: "SQLITE_ROW",
        SQLITE_DONE: "SQLITE_DONE",
        constraintCheck.rawValue: "SQLITE_CONSTRAINT_CHECK",
        constraintForeignKey.rawValue: "SQLITE_CONSTRAINT_FOREIGNKEY",
        constraintNotNull.rawValue: "SQLITE_CONSTRAINT_NOTNULL",
        constraintPrimaryKey.rawValue: "SQLITE_CONSTRAINT_PRIMARYKEY",
        constraintTrigger.rawValue: "SQLITE_CONSTRAINT_TRIGGER",
        constraintUnique.rawValue: "SQLITE_CONSTRAINT_UNIQUE",
        constraintRowID.rawValue: "SQLITE_CONSTRAINT_ROWID",
        constraintDataType.rawValue: "SQLITE_CONSTRAINT_DATATYPE",
        busyRecovery.rawValue: "SQLITE_BUSY_RECOVERY", busySnapshot.rawValue: "SQLITE_BUSY_SNAPSHOT",
        busyTimeout.rawValue: "SQLITE_BUSY_TIMEOUT", lockedSharedCache.rawValue: "SQLITE_LOCKED_SHAREDCACHE",
        readOnlyRecovery.rawValue: "SQLITE_READONLY_RECOVERY", readOnlyCantLock.rawValue: "SQLITE_READONLY_CANTLOCK",
        readOnlyRollback.rawValue: "SQLITE_READONLY_ROLLBACK",
        readOnlyDatabaseMoved.rawValue: "SQLITE_READONLY_DBMOVED",
        readOnlyCantInit.rawValue: "SQLITE_READONLY_CANTINIT",
        readOnlyDirectory.rawValue: "SQLITE_READONLY_DIRECTORY", abortRollback.rawValue: "SQLITE_ABORT_ROLLBACK",
        cantOpenIsDirectory.rawValue: "SQLITE_CANTOPEN_ISDIR", cantOpenFullPath.rawValue: "SQLITE_CANTOPEN_FULLPATH",
        corruptIndex.rawValue: "SQLITE_CORRUPT_INDEX", ioErrorRead.rawValue: "SQLITE_IOERR_READ",
        ioErrorShortRead.rawValue: "SQLITE_IOERR_SHORT_READ", ioErrorWrite.rawValue: "SQLITE_IOERR_WRITE",
        ioErrorFsync.rawValue: "SQLITE_IOERR_FSYNC", ioErrorNoMemory.rawValue: "SQLITE_IOERR_NOMEM",
        ioErrorLock.rawValue: "SQLITE_IOERR_LOCK", ioErrorShmOpen.rawValue: "SQLITE_IOERR_SHMOPEN",
    ]
}
