import SellerStore

/// The profile's store as the relay's journal: `LocalStore` has the `CallJournal` methods
/// (`LocalStore+Journal*.swift`), and the relay's writer thread opens its own connection with a small memory
/// profile (the relay runs beside the console and must stay small).
public enum StoreJournal {
    /// The journal log's folder beside the store at `path` (`RelayConfiguration.journalLogDirectory`).
    public static func logDirectory(forStore path: String) -> String { path + ".relay-log" }

    public static func opener(path: String) -> @Sendable () throws -> CallJournal {
        { try LocalStore(path: path, memory: .compact) }
    }
}

extension LocalStore: CallJournal {
    /// One IMMEDIATE transaction; each journal write inside it is a savepoint of its own.
    public func batch(_ body: () throws -> Void) throws { try write(body) }
}
