import SellerStore
import Testing

@Suite struct SQLiteFTSTests {
    @Test func trigramTableFindsChineseAndLatinSubstrings() throws {
        let test = try TestDatabase("sqlite-fts")
        let db = test.db
        try db.execute("""
            CREATE TABLE listings (id INTEGER PRIMARY KEY, title TEXT NOT NULL);
            CREATE VIRTUAL TABLE listings_fts USING fts5(title, content='listings', content_rowid='id',
                                                         tokenize='trigram');
            """)
        let titles = ["华为云 企业级数据库服务", "云服务器 弹性计算 ECS", "Lamp stack image 1-click", "对象存储 OBS 标准版"]
        try db.transaction {
            let insert = try db.cachedStatement("INSERT INTO listings (title) VALUES (?)")
            let index = try db.cachedStatement("INSERT INTO listings_fts (rowid, title) VALUES (?, ?)")
            for title in titles {
                try insert.execute([.text(title)])
                try index.execute([.integer(db.lastInsertRowID), .text(title)])
            }
        }
        let search = try db.prepare("""
            SELECT l.title FROM listings_fts f JOIN listings l ON l.id = f.rowid
            WHERE listings_fts MATCH ? ORDER BY l.id
            """)
        #expect(try search.rows(["\"数据库\""]) { $0.text(0) } == ["华为云 企业级数据库服务"])
        #expect(try search.rows(["\"云服务\""]) { $0.text(0) } == ["云服务器 弹性计算 ECS"])
        #expect(try search.rows(["\"LAMP\""]) { $0.text(0) } == ["Lamp stack image 1-click"])
        #expect(try search.rows(["\"不存在\""]) { $0.text(0) } == [])
        // The trigram tokenizer also serves LIKE substring queries of three or more characters.
        let like = try db.rows("SELECT rowid FROM listings_fts WHERE title LIKE ? ORDER BY rowid", ["%存储 O%"]) {
            $0.int(0)
        }
        #expect(like == [4])
        #expect(try db.integrityCheck() == ["ok"])
    }
}
