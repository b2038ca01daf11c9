import Foundation
import MarketClient
import ListContract
import SellerStore
import Sync
import Testing
import TestSupport

/// The command line's language through the real binary: `--lang` beats the profile's `lang =`, which beats
/// LC_ALL/LC_MESSAGES/LANG; human output follows it and JSON never does.
@Suite("command line language", .exclusive, .serialized)
struct CommandLanguageTests {
    /// A config folder of its own, with every locale variable and key removed, so only what a test sets decides.
    struct Home {
        let directory: TemporaryDirectory

        init(lang: String? = nil) throws {
            directory = try TemporaryDirectory("lang")
            let folder = directory.file("config/seller-console")
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            let config = "[profile default]\nsite = local\nbase_url = http://127.0.0.1:9\n"
                + (lang.map { "lang = \($0)\n" } ?? "")
            try config.write(toFile: folder + "/config", atomically: true, encoding: .utf8)
        }

        func run(_ arguments: [String], locale: [String: String] = [:]) throws -> ChildProcess.Outcome {
            var overrides: [String: String?] = [
                "XDG_CONFIG_HOME": directory.file("config"), "XDG_DATA_HOME": directory.file("data"),
                "XDG_STATE_HOME": directory.file("state"), "HOME": directory.path, "SELLER_CONSOLE_AK": nil,
                "SELLER_CONSOLE_SK": nil, "SELLER_CONSOLE_PROFILE": nil, "LC_ALL": nil, "LC_MESSAGES": nil,
                "LANG": nil,
            ]
            for (name, value) in locale { overrides[name] = value }
            return try ChildProcess.run(try #require(BuiltExecutable.path("seller-console")), arguments,
                                        overrides: overrides, timeout: 60)
        }
    }

    @Test("--lang takes zh or en (any case, a locale name too); anything else is exit 2 naming the valid values")
    func flagValues() throws {
        let home = try Home()
        for bad in [["--lang", "fr"], ["info", "--lang=de"], ["info", "--lang"]] {
            let outcome = try home.run(bad)
            #expect(outcome.status == 2, "\(bad)")
            #expect(outcome.errors.contains("zh, en"), "\(bad): \(outcome.errors)")
            #expect(outcome.output.isEmpty)
        }
        for good in [["--lang", "EN", "info"], ["info", "--lang=en_US.UTF-8"]] {
            let outcome = try home.run(good)
            #expect(outcome.status == 0, "\(good): \(outcome.errors)")
            #expect(outcome.output.contains("language        en (from --lang)"), "\(good): \(outcome.output)")
        }
    }

    @Test("the locale decides without a flag or lang =: LANG=en_US gives English, C.UTF-8 or nothing Chinese")
    func localeDefault() throws {
        let home = try Home()
        let english = try home.run(["info"], locale: ["LANG": "en_US.UTF-8"])
        #expect(english.output.contains("language        en (from LANG)"), "\(english.output)")
        #expect(english.output.contains("keys            AK not set, SK not set, production key not set"))
        let precedence = try home.run(["info"], locale: ["LANG": "zh_CN.UTF-8", "LC_ALL": "en_GB.UTF-8"])
        #expect(precedence.output.contains("language        en (from LC_ALL)"), "\(precedence.output)")
        let server = try home.run(["info"], locale: ["LANG": "C.UTF-8"])
        #expect(server.output.contains("语言            zh（来自 LANG）"), "\(server.output)")
        let none = try home.run(["info"])
        #expect(none.output.contains("语言            zh（默认）"), "\(none.output)")
        #expect(none.output.contains("密钥            AK 未设置，SK 未设置，生产密钥 未设置"), "\(none.output)")
    }

    @Test("the profile's lang = beats the locale, and --lang beats the profile")
    func profileAndFlag() throws {
        let home = try Home(lang: "en")
        let profile = try home.run(["info"], locale: ["LANG": "zh_CN.UTF-8"])
        #expect(profile.output.contains("language        en (from the profile's lang =)"), "\(profile.output)")
        let flag = try home.run(["info", "--lang", "zh"], locale: ["LANG": "en_US.UTF-8"])
        #expect(flag.output.contains("语言            zh（来自 --lang）"), "\(flag.output)")
        #expect(flag.output.contains("站点            local → http://127.0.0.1:9"), "\(flag.output)")
        let broken = try Home(lang: "fr").run(["info"], locale: ["LANG": "en_US.UTF-8"])
        #expect(broken.status == 0, "info reports a broken config, it never fails")
        #expect(broken.output.contains("unknown lang \"fr\"; valid: zh, en"), "\(broken.output)")
        let refused = try Home(lang: "fr").run(["sync"], locale: ["LANG": "zh_CN.UTF-8"])
        #expect(refused.status == 2)
        #expect(refused.errors.contains("未知的 lang \"fr\"；可用的值：zh, en"), "\(refused.errors)")
    }

    @Test("a seller's first errors are whole sentences in each language: no keys, no store")
    func commonErrors() throws {
        let home = try Home()
        let zh = try home.run(["sync", "--lang", "zh"])
        #expect(zh.status == 2)
        #expect(zh.errors.contains("配置 default 没有访问密钥：请设置 SELLER_CONSOLE_AK 和 SELLER_CONSOLE_SK"), "\(zh.errors)")
        let en = try home.run(["sync", "--lang", "en"])
        #expect(en.errors.contains("no access key for profile default: set SELLER_CONSOLE_AK"), "\(en.errors)")
        for english in [en.errors, try home.run(["info", "--lang", "en"]).output] {
            #expect(english.unicodeScalars.allSatisfy { !Self.isHan($0) }, "no Chinese in English output: \(english)")
        }
        let missing = home.directory.file("none.db")
        let zhList = try home.run(["list", "orders", "--store", missing, "--lang", "zh"])
        #expect(zhList.status == 4)
        #expect(zhList.errors.contains("\(missing) 没有本地库；请先运行 `seller-console sync`"), "\(zhList.errors)")
        let enList = try home.run(["list", "orders", "--store", missing, "--lang", "en"])
        #expect(enList.errors.contains("no store at \(missing); run `seller-console sync` first"), "\(enList.errors)")
    }

    /// A CJK ideograph: English output has none unless the marketplace's own data carries it.
    static func isHan(_ scalar: Unicode.Scalar) -> Bool { (0x4E00...0x9FFF).contains(scalar.value) }

    /// A simulator and a store synced from it.
    static func synced(orders: Int) async throws -> SimulatorHarness {
        let harness = try SimulatorHarness(orders: orders, seed: 7)
        _ = try await StoreConnection.using(path: harness.storePath) { store in
            try await SyncEngine(client: MarketClient(configuration: harness.clientConfiguration()), store: store).run()
        }
        return harness
    }

    @Test("list's table follows the language (headers, status words, the count line); its JSON Lines do not")
    func listInBothLanguages() async throws {
        let harness = try await Self.synced(orders: 40)
        let home = try Home()
        let store = ["--store", harness.storePath]
        let zh = try home.run(["list", "orders", "--limit", "5", "--lang", "zh"] + store)
        let en = try home.run(["list", "orders", "--limit", "5", "--lang", "en"] + store)
        #expect(zh.status == 0 && en.status == 0, "\(zh.errors) \(en.errors)")
        #expect(zh.output.hasPrefix("订单号"), "\(zh.output)")
        #expect(zh.output.contains("共 5 行（还有更多匹配：请调高 --limit）"), "\(zh.output)")
        #expect(en.output.hasPrefix("ORDER ID"), "\(en.output)")
        #expect(en.output.hasSuffix("\n5 rows (more match: raise --limit)\n"), "\(en.output)")
        let zhWords = ["待支付", "处理中", "已取消", "已完成"]
        let enWords = ["Pending payment", "Processing", "Cancelled", "Completed"]
        #expect(zhWords.contains { zh.output.contains($0) } && !enWords.contains { zh.output.contains($0) })
        #expect(enWords.contains { en.output.contains($0) } && !zhWords.contains { en.output.contains($0) })

        for arguments in [["list", "orders", "--json"] + store, ["list", "exceptions", "--json"] + store,
                          ["export", "orders", "--format", "jsonl"] + store, ["info", "--json"]] {
            let zhJSON = try home.run(arguments + ["--lang", "zh"])
            let enJSON = try home.run(arguments + ["--lang", "en"], locale: ["LANG": "en_US.UTF-8"])
            #expect(zhJSON.status == 0, "\(arguments): \(zhJSON.errors)")
            #expect(!zhJSON.output.isEmpty)
            #expect(zhJSON.outputData == enJSON.outputData, "\(arguments): JSON changed with the language")
        }
    }

    @Test("an action's report line and the outbox table follow the language; the outbox's JSON Lines do not")
    func actionsInBothLanguages() async throws {
        let harness = try await Self.synced(orders: 200)
        let store = try LocalStore(path: harness.storePath, readOnly: true)
        let tickets = try store.ids(matching: StoreListQuery(kind: .tickets, statuses: [.ticket(.pendingAccept)]),
                                    limit: 2)
        try store.close()
        try #require(tickets.count == 2, "the simulator has tickets to accept")
        let home = try Home()
        let options = ["--store", harness.storePath, "--base-url", harness.baseURL, "--no-wait"]
        let zh = try home.run(["ticket", "accept", tickets[0]] + options + ["--lang", "zh"])
        #expect(zh.status == 0, "\(zh.errors)")
        #expect(zh.output == "⧗ 排队中  受理 \(tickets[0])  #1，尝试 0 次  → 待受理\n", "\(zh.output)")
        let en = try home.run(["ticket", "accept", tickets[1]] + options + ["--lang", "en"])
        #expect(en.output == "⧗ queued  accept the ticket \(tickets[1])  #2, 0 attempt(s)  → To accept\n",
                "\(en.output)")

        let list = ["list", "outbox", "--store", harness.storePath]
        let zhTable = try home.run(list + ["--lang", "zh"]).output
        #expect(zhTable.hasPrefix("#ID  操作") && zhTable.contains("受理") && zhTable.contains("排队中"), "\(zhTable)")
        #expect(zhTable.hasSuffix("\n共 2 行\n"))
        let enTable = try home.run(list + ["--lang", "en"]).output
        #expect(enTable.contains("ACTION") && enTable.contains("accept the ticket") && enTable.contains("Queued"),
                "\(enTable)")
        #expect(try home.run(list + ["--json", "--lang", "zh"]).outputData
                == home.run(list + ["--json", "--lang", "en"]).outputData)
    }
}
