@testable import SellerStore

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
}
