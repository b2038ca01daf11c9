/// What a connection learned about the shared texts, by text, kept until the connection rolls back: a
/// rolled-back transaction takes back the texts it added, and their ids come back for other texts. Past
/// `capacity` entries it starts over. The writer's ids (`SharedTexts`) and a reader's term matches
/// (`SharedTextMatches`) are kept in one each. Not thread-safe: it belongs to its `LocalStore`.
struct SharedTextCache<Value> {
    let capacity: Int
    private var values: [SharedTexts.Key: Value] = [:]
    private var rollbacksSeen = 0
    /// How many times it has started over (forgotten every value); a keeper of state outside it, such as
    /// `SharedTextMatches`' table, starts over with it.
    private(set) var generation = 0

    init(capacity: Int) {
        self.capacity = capacity
    }

    /// The value kept for `text`, unless `db` rolled back since (`Database.rollbacks`), which forgets them all.
    mutating func value(for text: String, in db: Database) -> Value? {
        if db.rollbacks != rollbacksSeen {
            removeAll()
            rollbacksSeen = db.rollbacks
        }
        return values[SharedTexts.Key(text: text)]
    }

    mutating func keep(_ value: Value, for text: String) {
        let key = SharedTexts.Key(text: text)
        if values.count >= capacity && values[key] == nil { removeAll() }
        values[key] = value
    }

    /// Forgets every value.
    private mutating func removeAll() {
        values.removeAll(keepingCapacity: true)
        generation += 1
    }
}
