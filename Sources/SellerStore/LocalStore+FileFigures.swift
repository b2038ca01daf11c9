/// How big the store file is, as SQLite counts it: what `benchmark-sync` prints beside the bytes on disk, so a
/// change of page size or of what is indexed shows up as pages, not only as bytes.
public struct StoreFileFigures: Sendable, Equatable {
    /// Pages in the database, including those still only in the WAL.
    public var pageCount: Int
    /// Bytes per page (`LocalStore` creates 32 KiB pages).
    public var pageSize: Int
    /// Pages on the free list: space the file holds but no table or index uses.
    public var freePages: Int

    public var bytes: Int { pageCount * pageSize }
}

extension LocalStore {
    /// The page figures of this connection's database; read-only, cheap (three pragmas).
    public func fileFigures() throws -> StoreFileFigures {
        func pragma(_ name: String) throws -> Int {
            Int(try db.scalar("PRAGMA \(name)")?.int64Value ?? 0)
        }
        return StoreFileFigures(pageCount: try pragma("page_count"), pageSize: try pragma("page_size"),
                                freePages: try pragma("freelist_count"))
    }
}
