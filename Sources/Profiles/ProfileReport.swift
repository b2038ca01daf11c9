import Foundation
import Localization
import SellerCore

/// What `seller-console info` shows of a profile: where each file is and what state it is in, where each key
/// comes from, never a key itself. Unlike `ProfileResolver.resolve` it never fails: a broken config or a
/// credentials file others can read is a finding to show, not a reason to stop.
public struct ProfileReport: Sendable, Equatable {
    /// Where a key comes from: the environment, the credentials file, or nowhere.
    public enum KeySource: String, Sendable, Equatable {
        case environment, credentials, none
    }

    /// A file's state as the tool sees it.
    public enum FileState: Sendable, Equatable {
        case missing
        /// Present; `mode` is its permission bits (`0o600`).
        case present(mode: Int)
        /// Present but unusable, with why (too open, unreadable, malformed), in both languages.
        case problem(Phrase)
    }

    public var profile: String
    public var site: String
    /// The marketplace the profile talks to; nil when the site has none and no `base_url` is set.
    public var baseURL: String?
    public var configPath: String
    public var config: FileState
    public var credentialsPath: String
    public var credentials: FileState
    public var accessKey: KeySource
    public var secretKey: KeySource
    public var productionKey: KeySource
    public var storePath: String
    public var theme: String?
    public var relayUpstream: String?
    /// The profile's `lang =`; nil when it sets none or the config cannot be read (`info` then names the
    /// `--lang` flag or the locale variable that decided instead).
    public var language: Language?
}

extension ProfileResolver {
    /// The report of profile `name` (or `SELLER_CONSOLE_PROFILE`, or `default`), with the store at `storePath`
    /// when given.
    public static func inspect(name: String?, storePath: String?,
                               environment: [String: String] = ProcessInfo.processInfo.environment) -> ProfileReport {
        let profileName = name ?? environment["SELLER_CONSOLE_PROFILE"] ?? "default"
        let directory = configDirectory(environment)
        var report = ProfileReport(
            profile: profileName, site: Site.cn.rawValue, baseURL: Site.cn.defaultBaseURL,
            configPath: directory + "/config", config: fileState(directory + "/config"),
            credentialsPath: directory + "/credentials", credentials: fileState(directory + "/credentials"),
            accessKey: .none, secretKey: .none, productionKey: .none,
            storePath: storePath ?? defaultStorePath(profile: profileName, environment), theme: nil, relayUpstream: nil,
            language: nil)
        do {
            let (_, _, config, settings) = try section(name, environment)
            report.site = settings.site.rawValue
            report.baseURL = config["base_url"] ?? settings.site.defaultBaseURL
            report.theme = settings.theme
            report.relayUpstream = settings.relayUpstream
            report.language = settings.language
        } catch {
            report.config = .problem(Self.reason(error))
        }
        var credentials: [String: String] = [:]
        if case .present = report.credentials {
            do {
                credentials = try credentialsSection(profileName, directory: directory)
            } catch {
                report.credentials = .problem(Self.reason(error))
            }
        }
        func source(_ variable: String, _ key: String) -> ProfileReport.KeySource {
            if environment[variable]?.isEmpty == false { return .environment }
            return credentials[key]?.isEmpty == false ? .credentials : .none
        }
        report.accessKey = source("SELLER_CONSOLE_AK", "ak")
        report.secretKey = source("SELLER_CONSOLE_SK", "sk")
        report.productionKey = source("SELLER_CONSOLE_PRODUCTION_KEY", "production_key")
        return report
    }

    /// A profile error's words in both languages; anything else as the system said it.
    static func reason(_ error: any Error) -> Phrase {
        (error as? ProfileError)?.message ?? Phrase(verbatim: "\(error)")
    }

    static func fileState(_ path: String) -> ProfileReport.FileState {
        var info = stat()
        guard stat(path, &info) == 0 else { return .missing }
        return .present(mode: Int(info.st_mode & 0o777))
    }
}
