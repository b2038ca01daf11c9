import Foundation
import SellerCore
import Testing
import TestSupport

/// `seller-console info` as a person and a script read it: resolved paths, file modes and key sources, and
/// never a key.
@Suite struct InfoCommandTests {
    static let secret = "SK-info-secret-31"

    @Test("info names every path and where each key comes from, in both languages and as JSON, never a key")
    func infoShowsWhereEverythingIs() throws {
        let directory = try TemporaryDirectory("info")
        let folder = directory.file("config/seller-console")
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try "[profile default]\nsite = local\nbase_url = http://127.0.0.1:9\n"
            .write(toFile: folder + "/config", atomically: true, encoding: .utf8)
        try "[default]\nak = AK-info\nsk = \(Self.secret)\nproduction_key = PK-secret-9\n"
            .write(toFile: folder + "/credentials", atomically: true, encoding: .utf8)
        chmod(folder + "/credentials", 0o600)
        let overrides: [String: String?] = [
            "XDG_CONFIG_HOME": directory.file("config"), "XDG_DATA_HOME": directory.file("data"),
            "XDG_STATE_HOME": directory.file("state"), "HOME": directory.path, "SELLER_CONSOLE_AK": nil,
            "SELLER_CONSOLE_SK": nil, "SELLER_CONSOLE_PROFILE": nil, "SELLER_CONSOLE_PRODUCTION_KEY": nil,
        ]
        let binary = try #require(BuiltExecutable.path("seller-console"))
        let text = try ChildProcess.run(binary, ["info", "--lang", "en"], overrides: overrides, timeout: 60)
        #expect(text.status == 0, "\(text.errors)")
        for expected in ["site            local → http://127.0.0.1:9", folder + "/credentials (mode 0600)",
                         "AK from credentials, SK from credentials, production key from credentials",
                         directory.file("data") + "/seller-console/default.db (not created yet)",
                         directory.file("state") + "/seller-console/console.log",
                         "built-in themes dark default high-contrast light mono"] {
            #expect(text.output.contains(expected), "missing \(expected): \(text.output)")
        }
        let chinese = try ChildProcess.run(binary, ["info", "--lang", "zh"], overrides: overrides, timeout: 60)
        for expected in ["站点            local → http://127.0.0.1:9", folder + "/credentials（权限 0600）",
                         "AK 来自凭据文件，SK 来自凭据文件，生产密钥 来自凭据文件", "（尚未创建）", "语言            zh（来自 --lang）"] {
            #expect(chinese.output.contains(expected), "missing \(expected): \(chinese.output)")
        }
        let json = try ChildProcess.run(binary, ["info", "--json"], overrides: overrides, timeout: 60)
        #expect(json.status == 0)
        let document = try JSONParser.parse(Array(json.outputData))
        #expect(document["keys"]?["secretKey"]?.stringValue == "credentials")
        #expect(document["credentials"]?["mode"]?.stringValue == "0600")
        #expect(document["site"]?.stringValue == "local")
        for output in [text.output + text.errors, chinese.output + chinese.errors, json.output + json.errors] {
            #expect(!output.contains(Self.secret) && !output.contains("PK-secret-9") && !output.contains("AK-info"))
        }
    }
}
