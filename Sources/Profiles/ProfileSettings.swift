import Localization
import SellerCore

/// The settings of one `[profile NAME]` section, checked as strictly as command-line flags: an unknown `site`
/// (a typo must never mean production), an unknown key or a `refresh_seconds` that is not a whole number in
/// range is an error naming `file:line` and the valid values, never a silent default.
struct ProfileSettings {
    static let keys = ["site", "base_url", "theme", "lang", "refresh_seconds", "relay_upstream", "relay_listen"]
    /// Seconds between background syncs: 0 turns them off; below 5 would only hammer the marketplace.
    static let refreshRange = 5...86_400

    var site: Site = .cn
    var theme: String?
    /// The console's and the command line's language (`zh` or `en`); nil leaves it to `--lang` and the locale.
    var language: Language?
    var refreshSeconds: Int?
    /// The seller's production interface behind the relay, and where the relay listens (issue 12).
    var relayUpstream: String?
    var relayListen: String?

    init(_ config: [String: String], section: String, in file: IniFile) throws(ProfileError) {
        try Self.checkKeys(config, allowed: Self.keys, section: section, in: file)
        if let text = config["site"] {
            guard let site = Site(rawValue: text) else {
                throw Self.invalid(file, section, "site", ProfileText.unknownSite(text))
            }
            self.site = site
        }
        theme = config["theme"]
        if let text = config["lang"] {
            guard let language = Language(tag: text) else {
                throw Self.invalid(file, section, "lang", ProfileText.unknownLanguage(text))
            }
            self.language = language
        }
        relayUpstream = config["relay_upstream"]
        relayListen = config["relay_listen"]
        if let text = config["refresh_seconds"] {
            guard let seconds = Int(text), seconds == 0 || Self.refreshRange.contains(seconds) else {
                throw Self.invalid(file, section, "refresh_seconds",
                                   ProfileText.badRefresh(text, range: Self.refreshRange))
            }
            refreshSeconds = seconds
        }
    }

    /// Every key of `section` must be one of `allowed`; the first unknown one (in file order) is reported, by
    /// its line only when `showKey` is false (a mangled credentials line may hold the secret in its "key").
    static func checkKeys(_ config: [String: String], allowed: [String], section: String, in file: IniFile,
                          showKey: Bool = true) throws(ProfileError) {
        let unknown = config.keys.filter { !allowed.contains($0) }
            .sorted { (file.lines[section]?[$0] ?? 0) < (file.lines[section]?[$1] ?? 0) }
        guard let key = unknown.first else { return }
        throw invalid(file, section, key, ProfileText.unknownKey(showKey ? key : nil, section: section, valid: allowed))
    }

    /// Loads a config or credentials file; a malformed line is an invalid configuration too.
    static func load(path: String) throws(ProfileError) -> IniFile {
        do {
            return try IniFile.load(path: path)
        } catch let error as IniFile.ParseError {
            throw ProfileError(error.message, invalidConfiguration: true)
        } catch {
            throw ProfileError(Phrase(verbatim: "\(error)"), invalidConfiguration: true)
        }
    }

    private static func invalid(_ file: IniFile, _ section: String, _ key: String, _ text: Phrase) -> ProfileError {
        let location = file.location(section: section, key: key)
        return ProfileError(Phrase(zh: location + "：" + text.zh, en: location + ": " + text.en),
                            invalidConfiguration: true)
    }
}
