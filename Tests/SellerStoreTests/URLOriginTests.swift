@testable import SellerStore
import Testing

/// The store splits an app URL in Swift when it writes an instance and in SQL when the migration converts the
/// instances it has (`URLOrigin`): both must find the same origin, and origin and rest must give the URL back.
@Suite struct URLOriginTests {
    static let urls = [
        "https://sign.isv-example.com/login?tenant=10815c", "https://sign.isv-example.com", "http://h:8080/",
        "https://租户.example/控制台", "ftp://a/b/c", "app.example.com/admin", "", "://", "://x/y", "https:///path",
        "https://h?x=/y", "https://" + String(repeating: "a", count: 250) + "/p",
        "https://" + String(repeating: "é", count: 260) + "/p", "https://h/😀://x/y", "mailto:a@b",
    ]

    @Test(arguments: urls)
    func swiftAndSQLSplitAlikeAndJoinBack(url: String) throws {
        let db = try Database(path: ":memory:")
        let sql = try db.scalar("SELECT \(URLOrigin.sql(of: "?1"))", [.text(url)])?.textValue
        let split = URLOrigin.split(url)
        #expect(sql == split?.origin)
        #expect(URLOrigin.joined(origin: split?.origin, rest: split?.rest ?? url) == url)
        if let origin = split?.origin, let scheme = origin.firstRange(of: "://") {
            #expect(!origin[scheme.upperBound...].contains("/"), "the origin ends before the path")
        }
    }
}
