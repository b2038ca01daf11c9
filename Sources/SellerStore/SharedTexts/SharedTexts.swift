/// Issue 15: texts that many records repeat word for word are stored once in `shared_texts`, and the records keep
/// the row's id (`…_ref` columns, `Schema.sharedTexts`): product names and ids (425 names and 17 ids at 100,000
/// orders, each written into an order, its lines and its instances), every kind's customer names and instances'
/// app memos (`Schema.sharedNames`; 3,840 names at 100,000 simulated orders), the origins of instances' app URLs
/// (`URLOrigin`), the exception texts of call attempts and the actions of supervision events. As ids they are a
/// byte or two each. A text's row is never changed or deleted, so an id, once read, means the same text for as
/// long as the store lives, in every process that opens it. Only texts that repeat by nature are shared: a unique
/// one would cost its text and an index entry (orders' extension parameters, which a buyer may fill with a domain
/// or an account of its own, stay in the order's row).
///
/// The writer's ids of the texts it has seen are kept here (`SharedTextCache`, forgotten after a rollback), so a
/// sync looks each text up once. Not thread-safe: it belongs to its `LocalStore`.
struct SharedTexts {
    /// Texts kept at most, about 1.6 MB; past it the cache starts over (a store's products are a few hundred,
    /// its buyers a few thousand).
    static let capacity = 16_384

    private var ids = SharedTextCache<Int64>(capacity: capacity)

    /// A text as SQLite compares it, byte for byte. Swift's `String` equality is canonical equivalence, so "é"
    /// and "e\u{301}" would share one id and one of them would read back as the other; its hashing also
    /// normalizes, which is slow on Chinese text.
    struct Key: Hashable {
        let text: String

        func hash(into hasher: inout Hasher) {
            var bytes = text
            bytes.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
        }

        static func == (lhs: Key, rhs: Key) -> Bool { lhs.text.hasSameBytes(as: rhs.text) }
    }

    /// The id of `text`'s row, adding the row when the store has none.
    mutating func id(of text: String, in db: Database) throws -> Int64 {
        if let id = ids.value(for: text, in: db) { return id }
        let select = try db.cachedStatement("SELECT id FROM shared_texts WHERE text = ?")
        var found = try select.first([.text(text)]) { $0.int64(0) }
        if found == nil {
            // OR IGNORE: another process may add the same text between the look and the insert.
            try db.cachedStatement("INSERT OR IGNORE INTO shared_texts(text) VALUES (?)").execute([.text(text)])
            found = try select.first([.text(text)]) { $0.int64(0) }
        }
        guard let id = found else {
            throw SQLiteError(code: .internal, message: "a shared text could not be stored")
        }
        ids.keep(id, for: text)
        return id
    }

    /// SQL for the text whose id is in the column `ref`.
    static func text(_ ref: String) -> String { "(SELECT text FROM shared_texts WHERE id = \(ref))" }

    /// SQL checking that `ref` is one of the texts a term matches, bound as the term's number in the reader's
    /// table of kept matches (`SharedTextMatches`): one primary-key lookup a row.
    static func matched(_ ref: String) -> String {
        "EXISTS (SELECT 1 FROM \(SharedTextMatches.table) WHERE term = ? AND id = \(ref))"
    }

    /// The term number that matches no text, for a term whose matches were not looked up.
    static let noTerm: Int64 = 0

    /// SQL checking the text of `ref` is exactly the bound value.
    static func equals(_ ref: String) -> String { "\(ref) = (SELECT id FROM shared_texts WHERE text = ?)" }
}

extension String {
    /// Equal as SQLite compares texts, byte for byte, where `==` is canonical equivalence: what the store leaves
    /// out because it repeats another value must repeat it exactly, or it would read back as the other.
    func hasSameBytes(as other: String) -> Bool { utf8.elementsEqual(other.utf8) }
}

extension LocalStore {
    /// The id under which `text` is shared (`SharedTexts`), for the record being written.
    func sharedTextID(_ text: String) throws -> SQLiteValue {
        .integer(try sharedTexts.id(of: text, in: db))
    }

    /// `url` as the row keeps it: the id of its shared origin, or NULL, and the rest (`URLOrigin`).
    func sharedOrigin(_ url: String?) throws -> (origin: SQLiteValue, rest: SQLiteValue) {
        guard let url else { return (.null, .null) }
        guard let (origin, rest) = URLOrigin.split(url) else { return (.null, .text(url)) }
        return (try sharedTextID(origin), .text(rest))
    }
}
