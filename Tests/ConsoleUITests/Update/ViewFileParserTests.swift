import ConsoleRuntime
import ConsoleUI
import Foundation
import ListContract
import TestSupport
import Testing

/// The two files of issue 14's item 7: the config's `[view NAME]` sections and the per-profile state file.
@Suite struct ViewFileParserTests {
    static func section(_ name: String, line: Int, _ entries: [(String, String)]) -> ViewSection {
        ViewSection(name: name, line: line, entries: entries.enumerated().map {
            ConfigEntry(key: $1.0, value: $1.1, line: line + 1 + $0)
        })
    }

    @Test func goodSectionsBecomeViews() {
        let (views, warnings) = SavedViewParser.parse([
            Self.section("退订", line: 3, [("tab", "订单"), ("filter", "退订 amount:>100"), ("status", "all"),
                                          ("sort", "createTime"), ("desc", "no")]),
            Self.section("calls", line: 10, [("tab", "calls")]),
        ], file: "/c/config")
        #expect(warnings.isEmpty)
        #expect(views == [
            SavedView(name: "退订", tab: .orders, view: TabView(filter: "退订 amount:>100", status: "all",
                                                               sort: .createTime, descending: false)),
            SavedView(name: "calls", tab: .calls, view: TabView()),
        ])
    }

    @Test func aBadSectionIsAWarningNamingFileAndLineAndTheRestLoad() {
        let (views, warnings) = SavedViewParser.parse([
            Self.section("no tab", line: 1, [("filter", "x")]),
            Self.section("outbox", line: 4, [("tab", "outbox")]),
            Self.section("bad status", line: 7, [("tab", "orders"), ("status", "nope")]),
            Self.section("bad sort", line: 11, [("tab", "tickets"), ("sort", "latency")]),
            Self.section("bad desc", line: 15, [("tab", "orders"), ("desc", "maybe")]),
            Self.section("typo", line: 19, [("tab", "orders"), ("filtre", "x")]),
            Self.section("ok", line: 23, [("tab", "instances")]),
            Self.section("ok", line: 26, [("tab", "orders")]),
        ], file: "/c/config")
        #expect(views.map(\.name) == ["ok"] && views.first?.tab == .instances)
        #expect(warnings.map(\.en) == [
            "/c/config:1: view \"no tab\" was not loaded: it has no tab = line.",
            "/c/config:5: view \"outbox\" was not loaded: \"outbox\" is not a list tab (valid: orders, instances, "
                + "exceptions, supervision, tickets, calls).",
            "/c/config:9: view \"bad status\" was not loaded: this tab has no status \"nope\" (valid: "
                + QuickFilter.presets(for: .orders).map(\.name).joined(separator: ", ") + ").",
            "/c/config:13: view \"bad sort\" was not loaded: this tab cannot sort by \"latency\" (valid: "
                + "updatedAt, createTime, status, customerName).",
            "/c/config:17: view \"bad desc\" was not loaded: desc must be yes or no, not \"maybe\".",
            "/c/config:21: view \"typo\" was not loaded: unknown key \"filtre\" (valid: tab, filter, status, sort, desc).",
            "/c/config:26: view \"ok\" is defined twice; the first one is used.",
        ])
        #expect(warnings.first?.zh == "/c/config:1：视图「no tab」未载入：缺少 tab = 设置。")
    }

    @Test func onlyViewSectionsAreViews() {
        #expect(ViewSection.viewName(ofSection: "view 退订") == "退订")
        #expect(ViewSection.viewName(ofSection: "View  a b ") == "a b")
        #expect(ViewSection.viewName(ofSection: "view ") == nil)
        #expect(ViewSection.viewName(ofSection: "keys") == nil)
        #expect(ViewSection.viewName(ofSection: "viewer x") == nil)
    }

    static let memory = ViewMemory(profile: "shop", activeTab: .tickets, tabs: [
        .orders: TabView(filter: "华为 created:7d", status: "all", sort: .customerName, descending: false),
        .tickets: TabView(filter: "", status: "open", sort: .updatedAt, descending: true),
    ])

    @Test func theStateFileRoundTrips() {
        let text = Self.memory.text
        #expect(text.hasPrefix(ViewMemory.formatLine + "\nprofile = shop\ntab = tickets\n"))
        #expect(ViewMemory.parse(text, profile: "shop") == .success(Self.memory))
    }

    @Test func aBrokenOrForeignStateFileIsRefusedWhole() {
        #expect(ViewMemory.parse("", profile: "shop") == .failure(.malformed(line: 1)))
        #expect(ViewMemory.parse("{\"tab\": 1}", profile: "shop") == .failure(.malformed(line: 1)))
        #expect(ViewMemory.parse(ViewMemory.formatLine + "\ntab = orders\n", profile: "shop")
                    == .failure(.malformed(line: 3)))
        #expect(ViewMemory.parse(ViewMemory.formatLine + "\nprofile = shop\ngarbage\n", profile: "shop")
                    == .failure(.malformed(line: 3)))
        #expect(ViewMemory.parse(Self.memory.text, profile: "other") == .failure(.foreign(profile: "shop")))
    }

    @Test func valuesThisBuildDoesNotKnowAreSkippedOneByOne() {
        let text = ViewMemory.formatLine + "\nprofile = shop\ntab = nowhere\norders.status = gone\n"
            + "orders.sort = latency\norders.filter = a\nplanets.filter = b\norders.colour = red\n"
        guard case .success(let memory) = ViewMemory.parse(text, profile: "shop") else {
            Issue.record("refused")
            return
        }
        #expect(memory.activeTab == .overview)
        #expect(memory.tabs == [.orders: TabView(filter: "a")])
    }

    @Test func theFileIgnoresWhatIsNotAStateFileWithAWarning() throws {
        let directory = try TemporaryDirectory("view-memory-file")
        let file = ViewMemoryFile(path: directory.file("shop.state"), profile: "shop")
        #expect(file.load() == .none)
        try "not a state file".write(toFile: file.path, atomically: true, encoding: .utf8)
        guard case .ignored(let warning) = file.load() else {
            Issue.record("a broken file was used")
            return
        }
        #expect(warning.en.contains(file.path) && warning.en.contains("line 1"))
        try file.save(Self.memory)
        #expect(file.load() == .memory(Self.memory))
        #expect(ViewMemoryFile(path: file.path, profile: "other").load()
                    == .ignored(ViewText.foreignMemory(file.path, "shop")))
        #expect(!FileManager.default.fileExists(atPath: file.path + ".partial"))
        #expect(ViewMemoryFile.defaultPath(profile: "a/b", environment: ["XDG_STATE_HOME": "/s"])
                    == "/s/seller-console/a_b.state")
    }
}
