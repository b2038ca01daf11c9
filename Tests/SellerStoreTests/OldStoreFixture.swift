@testable import SellerStore
import TestSupport

/// A store as an older build left it: every migration before `migration` applied, none after, opened as a bare
/// database so a test can write rows in the old shape before `LocalStore` migrates them.
enum OldStoreFixture {
    static func database(at path: String, before migration: Migration) throws -> Database {
        let old = try Database(path: path, configuration: Database.Configuration(
            pageSize: 32768, applicationID: StoreIdentity.applicationID))
        // The functions a migration calls, as `LocalStore` registers them.
        try old.registerCompactIDFunction()
        _ = try Migrator(Array(Schema.migrations.prefix { $0.id != migration.id })).migrate(old)
        return old
    }

    /// `database` in a new temporary directory, with the path `LocalStore` opens it by.
    static func inDirectory(_ label: String, before migration: Migration) throws
        -> (directory: TemporaryDirectory, path: String, database: Database) {
        let directory = try TemporaryDirectory(label)
        let path = directory.file("store.db")
        return (directory, path, try database(at: path, before: migration))
    }
}
