import ConsoleRuntime
import ConsoleUI
import Foundation
import ListContract
import Profiles
import SellerCore

// `list --json`'s `url` member (issue 14): the record's Seller Center page for the profile's site, the same
// address the console's `o` opens and its detail shows; null when no page is known.
extension ListCommand {
    /// The profile's routes; what is wrong in `[links]` goes to stderr, never into the JSON.
    static func sellerCenter(profile: String?,
                             environment: [String: String] = ProcessInfo.processInfo.environment) -> SellerCenterLinks {
        let name = profile ?? environment["SELLER_CONSOLE_PROFILE"] ?? "default"
        let site = ProfileResolver.site(name: name, environment: environment) ?? .cn
        let (links, warnings) = LinksConfiguration.read(profile: name, site: site, environment: environment,
                                                        language: CommandLanguage.current)
        for warning in warnings { Console.error(warning) }
        return links
    }

    /// A row's JSON members with `url` added last (members are only ever added, never changed).
    static func json(_ row: ListRow, links: SellerCenterLinks?) -> [JSONMember] {
        let url = links?.url(for: LinkFields(row: row)).url
        return ListFormat.json(row) + [JSONMember("url", url.map(JSONValue.string) ?? .null)]
    }
}
