import Foundation
import Localization
import SellerCore

/// A resolved profile: where the marketplace is, the keys, and where the store lives (docs/ARCHITECTURE.md §9). The secret
/// key is redacted in `description`, `debugDescription` and reflection (`dump`, a debugger's `po`), like the
/// signer's: a profile printed while debugging or caught in an error never shows it.
public struct Profile: CustomStringConvertible, CustomDebugStringConvertible, CustomReflectable {
    public var name: String
    public var site: Site
    public var baseURL: String
    public var accessKey: String
    public var secretKey: String
    public var storePath: String
    public var theme: String?
    public var refreshSeconds: Int?
    /// The relay's settings: the seller's production interface, and the key it verifies and replays with.
    public var relay = RelaySettings()

    public var description: String {
        "Profile(name: \(name), site: \(site.rawValue), baseURL: \(baseURL), accessKey: \(accessKey), "
            + "secretKey: <redacted>, storePath: \(storePath), theme: \(theme ?? "nil"), "
            + "refreshSeconds: \(refreshSeconds.map(String.init) ?? "nil"), relay: \(relay))"
    }

    public var debugDescription: String { description }

    public var customMirror: Mirror {
        Mirror(self, children: ["name": name, "site": site, "baseURL": baseURL, "accessKey": accessKey,
                                "secretKey": "<redacted>", "storePath": storePath, "theme": theme as Any,
                                "refreshSeconds": refreshSeconds as Any, "relay": relay],
               displayStyle: .struct)
    }
}

/// Why a profile could not be resolved. Never mentions a secret's value. `invalidConfiguration` marks a
/// config or credentials file that is wrong (an unknown site or key, a bad value, a malformed line), which
/// stops every command with exit 2, as a bad flag does; the others (no keys yet) let the console open offline.
public struct ProfileError: Error, CustomStringConvertible {
    /// The reason in both languages, for the command line and the console's offline notice.
    public var message: Phrase
    public var invalidConfiguration = false

    public init(_ message: Phrase, invalidConfiguration: Bool = false) {
        self.message = message
        self.invalidConfiguration = invalidConfiguration
    }

    /// A reason that has only one wording yet (the same text in both languages); prefer a `ProfileText` phrase.
    public init(description: String, invalidConfiguration: Bool = false) {
        self.init(Phrase(verbatim: description), invalidConfiguration: invalidConfiguration)
    }

    /// The English side: logs and callers that do not know the language.
    public var description: String { message.en }
}

/// Resolves a profile from `$XDG_CONFIG_HOME/seller-console/config` and `…/credentials` (which must be 0600,
/// like ssh keys), overridden by `SELLER_CONSOLE_AK` / `SELLER_CONSOLE_SK` and `--base-url`, so a command runs
/// with no config file at all.
public enum ProfileResolver {
    public static func configDirectory(_ environment: [String: String]) -> String {
        XDG.directory("XDG_CONFIG_HOME", fallback: ".config", environment) + "/seller-console"
    }

    public static func defaultStorePath(profile: String, _ environment: [String: String]) -> String {
        XDG.directory("XDG_DATA_HOME", fallback: ".local/share", environment) + "/seller-console/\(profile).db"
    }

    public static func resolve(name: String?, baseURL: String?, storePath: String?,
                        environment: [String: String] = ProcessInfo.processInfo.environment) throws -> Profile {
        let (profileName, directory, config, settings) = try section(name, environment)
        let site = settings.site
        guard let url = baseURL ?? config["base_url"] ?? site.defaultBaseURL else {
            throw ProfileError(ProfileText.noBaseURL(profileName))
        }
        let credentials = try credentialsSection(profileName, directory: directory)
        let accessKey = environment["SELLER_CONSOLE_AK"] ?? credentials["ak"]
        let secretKey = environment["SELLER_CONSOLE_SK"] ?? credentials["sk"]
        guard let accessKey, !accessKey.isEmpty, let secretKey, !secretKey.isEmpty else {
            throw ProfileError(ProfileText.noKeys(profileName, credentials: directory + "/credentials"))
        }
        var profile = Profile(name: profileName, site: site, baseURL: url, accessKey: accessKey, secretKey: secretKey,
                              storePath: storePath ?? defaultStorePath(profile: profileName, environment),
                              theme: settings.theme, refreshSeconds: settings.refreshSeconds)
        profile.relay = relaySettings(settings, credentials: credentials, environment)
        return profile
    }

    /// The profile's `lang =`, read without needing its keys (the console opens offline in that language too).
    /// Nil when the profile does not set one or has no section; a broken config file is still an error.
    public static func language(name: String?, environment: [String: String]) throws -> Language? {
        do {
            return try section(name, environment).settings.language
        } catch let error as ProfileError where error.invalidConfiguration {
            throw error
        } catch {
            return nil
        }
    }

    /// What the relay needs, without the marketplace keys: a seller who runs only the relay has no AK/SK yet.
    public static func resolveRelay(name: String?, storePath: String?,
                                    environment: [String: String] = ProcessInfo.processInfo.environment)
        throws -> (settings: RelaySettings, storePath: String, site: Site) {
        let (profileName, directory, _, settings) = try section(name, environment)
        let credentials = try credentialsSection(profileName, directory: directory)
        return (relaySettings(settings, credentials: credentials, environment),
                storePath ?? defaultStorePath(profile: profileName, environment), settings.site)
    }

    /// The profile's name, the config folder, and its `[profile NAME]` section, raw and checked.
    static func section(_ name: String?, _ environment: [String: String]) throws
        -> (name: String, directory: String, config: [String: String], settings: ProfileSettings) {
        let profileName = name ?? environment["SELLER_CONSOLE_PROFILE"] ?? "default"
        let directory = configDirectory(environment)
        let file = try ProfileSettings.load(path: directory + "/config")
        let config = file.section("profile \(profileName)") ?? (profileName == "default" ? [:] : nil)
        guard let config else { throw ProfileError(ProfileText.noSection(profileName, config: directory + "/config")) }
        return (profileName, directory, config, try ProfileSettings(config, section: "profile \(profileName)", in: file))
    }

    /// The profile's section of the credentials file (checked to be 0600 and to hold only known keys); empty when
    /// there is no file.
    static func credentialsSection(_ profileName: String, directory: String) throws -> [String: String] {
        let path = directory + "/credentials"
        guard FileManager.default.fileExists(atPath: path) else { return [:] }
        try CredentialsFile.checkPermissions(path: path)
        let credentials = try ProfileSettings.load(path: path)
        let section = credentials.section(profileName) ?? [:]
        try ProfileSettings.checkKeys(section, allowed: ["ak", "sk", "production_key"], section: profileName,
                                      in: credentials, showKey: false)
        return section
    }

    static func relaySettings(_ settings: ProfileSettings, credentials: [String: String],
                              _ environment: [String: String]) -> RelaySettings {
        let key = environment["SELLER_CONSOLE_PRODUCTION_KEY"] ?? credentials["production_key"]
        return RelaySettings(upstream: settings.relayUpstream, listen: settings.relayListen,
                             productionKey: key?.isEmpty == false ? key : nil)
    }
}

extension Site {
    /// The marketplace host of each site (docs/KOOGALLERY.md §5); `local` has none.
    public var defaultBaseURL: String? {
        switch self {
        case .cn: "https://mkt.myhuaweicloud.com"
        case .intl: "https://mkt-intl.myhuaweicloud.com"
        case .eu: "https://mkt.myhuaweicloud.eu"
        case .local: nil
        }
    }
}

/// XDG base directories with their documented fallbacks under `$HOME`.
enum XDG {
    static func directory(_ variable: String, fallback: String, _ environment: [String: String]) -> String {
        if let value = environment[variable], value.hasPrefix("/") { return value }
        let home = environment["HOME"] ?? NSHomeDirectory()
        return home + "/" + fallback
    }
}

/// The credentials file must be readable by its owner only.
enum CredentialsFile {
    static func checkPermissions(path: String) throws {
        var info = stat()
        guard stat(path, &info) == 0 else { throw ProfileError(ProfileText.cannotRead(path)) }
        guard info.st_mode & 0o077 == 0 else {
            throw ProfileError(ProfileText.tooOpen(path, mode: Int(info.st_mode & 0o777)))
        }
    }
}
