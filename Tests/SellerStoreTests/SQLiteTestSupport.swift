import Foundation
import SellerStore
import TestSupport

/// A database file in its own temporary directory; the directory (and the file) go away with the value.
final class TestDatabase {
    let directory: TemporaryDirectory
    let path: String
    let db: Database

    init(_ label: String = "sqlite", configuration: Database.Configuration = Database.Configuration()) throws {
        directory = try TemporaryDirectory(label)
        path = directory.file("store.sqlite")
        db = try Database(path: path, configuration: configuration)
    }
}

/// Records the SQL a connection runs, through `Database.trace`.
final class SQLLog {
    private(set) var statements: [String] = []

    init(_ db: Database) {
        db.trace { [unowned self] sql in self.statements.append(sql) }
    }

    func clear() { statements.removeAll() }
}
