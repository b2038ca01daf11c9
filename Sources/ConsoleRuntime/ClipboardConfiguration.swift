import ConsoleUI
import Foundation
import Localization
import Profiles

/// The config's `[console] clipboard = osc52|wl-copy|xclip|none` (issue 14). A value it does not know keeps the
/// default and says so with its `file:line` and the valid values: never a reason not to open.
public enum ClipboardConfiguration {
    public static let key = "clipboard"

    public static func method(in file: IniFile, language: Language) -> (ClipboardMethod, [String]) {
        guard let text = file.section("console")?[key] else { return (.osc52, []) }
        if let method = ClipboardMethod(rawValue: text.lowercased()) { return (method, []) }
        let valid = ClipboardMethod.allCases.map(\.rawValue).joined(separator: ", ")
        let place = file.place(section: "console", key: key)
        let warning = Phrase(zh: "\(place)：clipboard 的值 \"\(text)\" 无效，可用：\(valid)；仍使用 osc52。",
                             en: "\(place): unknown clipboard \"\(text)\"; valid: \(valid). Using osc52.")
        return (.osc52, [warning(language)])
    }

    /// Reads the config file of `environment`; a missing or unreadable one gives the default (the key overrides
    /// already report a broken file).
    public static func read(environment: [String: String], language: Language) -> (ClipboardMethod, [String]) {
        guard let file = ConfigFile.load(environment) else { return (.osc52, []) }
        return method(in: file, language: language)
    }
}

/// The config file the console's own sections live in, when it exists and parses.
enum ConfigFile {
    static func load(_ environment: [String: String]) -> IniFile? {
        let path = ProfileResolver.configDirectory(environment) + "/config"
        guard FileManager.default.fileExists(atPath: path) else { return nil }
        return try? IniFile.load(path: path)
    }
}

extension ConsoleConfiguration {
    /// Reads `[console] clipboard =` and the profile's Seller Center routes (its site, the config's `[links]`)
    /// into the configuration; what was wrong is shown once the screen is up, in the configuration's language.
    public mutating func readClipboardAndLinks(profile: String?, environment: [String: String]) {
        let name = profile ?? environment["SELLER_CONSOLE_PROFILE"] ?? "default"
        let site = ProfileResolver.site(name: name, environment: environment) ?? .cn
        let (method, clipboardWarnings) = ClipboardConfiguration.read(environment: environment, language: language)
        let (links, linkWarnings) = LinksConfiguration.read(profile: name, site: site, environment: environment,
                                                            language: language)
        clipboard = method
        sellerCenter = links
        startupWarnings += clipboardWarnings + linkWarnings
    }
}
