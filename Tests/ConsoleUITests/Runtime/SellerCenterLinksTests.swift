import ConsoleRuntime
import ConsoleUI
import Foundation
import Localization
import Profiles
import SellerCore
import TestSupport
import Testing

/// The Seller Center address builder (issue 14, item 3): the one documented route, templates, encoding, and the
/// config's `[links]` and `[console] clipboard` as read with their `file:line`.
@Suite struct SellerCenterLinksTests {
    static let exception = LinkFields(kind: .exceptions, id: "PM3XK9T", orderId: "CS1", instanceId: "i-1")

    @Test func onlyTheDocumentedRouteIsBuiltIn() {
        let cn = SellerCenterLinks(site: .cn)
        #expect(cn.url(for: Self.exception)
                == .url("https://console.huaweicloud.com/marketplace/isv/#/console/produceMsg"))
        #expect(cn.url(for: LinkFields(kind: .orders, id: "CS1")) == .unknown(.orders))
        #expect(cn.url(for: LinkFields(kind: .calls, id: "c1")) == .unknown(nil))
        for site in [Site.intl, .eu, .local] {
            #expect(SellerCenterLinks(site: site).url(for: Self.exception) == .unknown(.exceptions), "\(site)")
        }
    }

    @Test func templatesFillPlaceholdersPercentEncoded() {
        let links = SellerCenterLinks(site: .intl, templates: [
            .orders: "https://seller.example/#/orders/{orderId}?line={orderLineId}",
            .instances: "https://seller.example/i/{instanceId}/{id}",
            .exceptions: "https://seller.example/x",
        ])
        let order = LinkFields(kind: .orders, id: "CS 1/2?#&", orderId: "CS 1/2?#&", orderLineId: "行-1")
        #expect(links.url(for: order) == .url("https://seller.example/#/orders/CS%201%2F2%3F%23%26?line=%E8%A1%8C-1"))
        #expect(links.url(for: LinkFields(kind: .instances, id: "a.b_c~d", instanceId: "a.b_c~d"))
                == .url("https://seller.example/i/a.b_c~d/a.b_c~d"))
        // A template wins over the built-in route; a placeholder the record lacks gives no address.
        #expect(SellerCenterLinks(site: .cn, templates: [.exceptions: "https://seller.example/x"])
            .url(for: Self.exception) == .url("https://seller.example/x"))
        #expect(links.url(for: LinkFields(kind: .orders, id: "CS1", orderId: "CS1"))
                == .missing(page: .orders, placeholder: "orderLineId"))
    }

    @Test func templatesAreChecked() {
        #expect(SellerCenterLinks.problem(in: "https://a.example/{id}") == nil)
        #expect(SellerCenterLinks.problem(in: "http://127.0.0.1:8080/{orderId}") == nil)
        #expect(SellerCenterLinks.problem(in: "http://a.example/{id}")?.en.contains("https://") == true)
        #expect(SellerCenterLinks.problem(in: "javascript:alert(1)") != nil)
        #expect(SellerCenterLinks.problem(in: "https://a.example/ {id}") != nil)
        #expect(SellerCenterLinks.problem(in: "https://a.example/\u{1B}]52") != nil)
        #expect(SellerCenterLinks.problem(in: "https://a.example/{id") != nil)
        #expect(SellerCenterLinks.problem(in: "https://a.example/id}") != nil)
        #expect(SellerCenterLinks.problem(in: "https://a.example/{caseId}")?.en
                == "Unknown placeholder {caseId}; valid: {id} {orderId} {instanceId} {orderLineId}.")
    }

    static func config(_ text: String, in directory: TemporaryDirectory) throws -> IniFile {
        let path = directory.file("config")
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return try IniFile.load(path: path)
    }

    @Test func linksSectionsPerProfileWithFileLineWarnings() throws {
        let directory = try TemporaryDirectory("links-config")
        let file = try Self.config("""
            [links]
            orders = https://seller.example/orders/{orderId}
            tickets = https://seller.example/t/{caseId}
            [links shop2]
            orders = https://shop2.example/o/{id}
            refunds = https://shop2.example/r
            """, in: directory)
        let (shop, shopWarnings) = LinksConfiguration.links(in: file, profile: "default", site: .eu, language: .en)
        #expect(shop.templates == [.orders: "https://seller.example/orders/{orderId}"])
        #expect(shopWarnings == ["\(directory.file("config")):3: Unknown placeholder {caseId}; valid: {id} {orderId} "
                                 + "{instanceId} {orderLineId}."])
        let (shop2, warnings2) = LinksConfiguration.links(in: file, profile: "shop2", site: .eu, language: .zh)
        #expect(shop2.templates[.orders] == "https://shop2.example/o/{id}")
        #expect(warnings2.last == "\(directory.file("config")):6：[links shop2] 中没有页面 \"refunds\"，"
                + "可用：orders, instances, exceptions, supervision, tickets。")
    }

    @Test func clipboardSettingWithFileLineAndValidValues() throws {
        let directory = try TemporaryDirectory("clipboard-config")
        for (value, method) in [("osc52", ClipboardMethod.osc52), ("wl-copy", .wlCopy), ("XCLIP", .xclip),
                                ("none", .none)] {
            let file = try Self.config("[console]\nclipboard = \(value)\n", in: directory)
            let (read, warnings) = ClipboardConfiguration.method(in: file, language: .en)
            #expect(read == method && warnings.isEmpty, "\(value)")
        }
        let file = try Self.config("[console]\nbell = on\nclipboard = pbcopy\n", in: directory)
        let (method, warnings) = ClipboardConfiguration.method(in: file, language: .en)
        #expect(method == .osc52)
        #expect(warnings == ["\(directory.file("config")):3: unknown clipboard \"pbcopy\"; "
                             + "valid: osc52, wl-copy, xclip, none. Using osc52."])
        // The bell and title reader knows the key and leaves it to the clipboard's.
        #expect(ConsoleNotifications.parse(["bell": "on", "clipboard": "pbcopy"], language: .en).1.isEmpty)
    }
}
