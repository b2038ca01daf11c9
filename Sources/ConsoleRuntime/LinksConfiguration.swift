import ConsoleUI
import Localization
import Profiles
import SellerCore

/// The config's Seller Center templates (issue 14): `[links]` for every profile and `[links NAME]` for one,
/// whose keys win. A key that is not a page or a template that cannot be used is reported with its `file:line`
/// and left out, so `o` says the page is unknown rather than opening a wrong address.
public enum LinksConfiguration {
    public static func links(in file: IniFile, profile: String, site: Site,
                             language: Language) -> (SellerCenterLinks, [String]) {
        var links = SellerCenterLinks(site: site)
        var warnings: [String] = []
        for section in ["links", "links \(profile)"] {
            guard let values = file.section(section) else { continue }
            let keys = values.keys.sorted { (file.line(section: section, key: $0) ?? 0)
                < (file.line(section: section, key: $1) ?? 0) }
            for key in keys {
                let place = file.place(section: section, key: key)
                guard let page = SellerCenterPage(rawValue: key) else {
                    let valid = SellerCenterPage.allCases.map(\.rawValue).joined(separator: ", ")
                    let warning = Phrase(zh: "\(place)：[\(section)] 中没有页面 \"\(key)\"，可用：\(valid)。",
                                         en: "\(place): [\(section)] has no page \"\(key)\"; valid: \(valid).")
                    warnings.append(warning(language))
                    continue
                }
                let template = values[key] ?? ""
                if let problem = SellerCenterLinks.problem(in: template) {
                    warnings.append("\(place): " + problem(language))
                    continue
                }
                links.templates[page] = template
            }
        }
        return (links, warnings)
    }

    /// Reads the config file of `environment`; with none (or a broken one) only the built-in routes remain.
    public static func read(profile: String, site: Site, environment: [String: String],
                            language: Language) -> (SellerCenterLinks, [String]) {
        guard let file = ConfigFile.load(environment) else { return (SellerCenterLinks(site: site), []) }
        return links(in: file, profile: profile, site: site, language: language)
    }
}
