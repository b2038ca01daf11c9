import Foundation
import Localization
import Profiles
import SellerCore
import Testing
import TestSupport

/// Profiles hold the marketplace's secret key and come from files a person edits: the key must never show when
/// a profile is printed or dumped, and a mistake in the file must be an error naming its line, never a default.
@Suite struct ProfileTests {
    static let secret = "SK-profile-secret-5e21"

    /// A config folder with `config` and a 0600 `credentials`, and the environment that points at it.
    static func environment(config: String, in directory: TemporaryDirectory) throws -> [String: String] {
        let folder = directory.file("config/seller-console")
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try config.write(toFile: folder + "/config", atomically: true, encoding: .utf8)
        let credentials = folder + "/credentials"
        try "[default]\nak = AK-visible\nsk = \(secret)\n".write(toFile: credentials, atomically: true, encoding: .utf8)
        chmod(credentials, 0o600)
        return ["XDG_CONFIG_HOME": directory.file("config"), "XDG_DATA_HOME": directory.file("data"),
                "HOME": directory.path]
    }

    @Test("description, debugDescription, dump and Mirror of a resolved profile redact the secret key")
    func redacted() throws {
        let directory = try TemporaryDirectory("profile")
        let environment = try Self.environment(config: "[profile default]\nsite = local\nbase_url = http://127.0.0.1:9\n",
                                               in: directory)
        let profile = try ProfileResolver.resolve(name: nil, baseURL: nil, storePath: nil, environment: environment)
        #expect(profile.secretKey == Self.secret)
        var dumped = ""
        dump(profile, to: &dumped)
        let mirrored = String(describing: Mirror(reflecting: profile).children.map(\.value))
        for text in [String(describing: profile), String(reflecting: profile), "\(profile)", dumped, mirrored] {
            #expect(!text.contains(Self.secret), "\(text)")
            #expect(text.contains("<redacted>"), "\(text)")
        }
        #expect(String(describing: profile).contains("AK-visible"))
    }

    @Test("a mistake in the config file names its file:line and the valid values", arguments: [
        ("[profile default]\nsite = cnn\n", ":2: unknown site \"cnn\"; valid: cn"),
        ("[profile default]\nsite = cn\nbase_ulr = https://x.example\n", ":3: unknown key \"base_ulr\""),
        ("[profile default]\nrefresh_seconds = often\n", ":2: refresh_seconds must be 0"),
        ("[profile default]\nrefresh_seconds = 2\n", "from 5 to 86400 (got \"2\")"),
        ("[profile default]\nsite cn\n", ":2: expected key = value"),
        ("[profile default]\nlang = fr\n", ":2: unknown lang \"fr\"; valid: zh, en"),
    ])
    func invalidConfiguration(config: String, expected: String) throws {
        let directory = try TemporaryDirectory("profile")
        let environment = try Self.environment(config: config, in: directory)
        do {
            _ = try ProfileResolver.resolve(name: nil, baseURL: nil, storePath: nil, environment: environment)
            Issue.record("accepted \(config)")
        } catch let error as ProfileError {
            #expect(error.invalidConfiguration)
            #expect(error.description.contains("/config" + (expected.hasPrefix(":") ? expected : "")) ||
                    error.description.contains(expected), "\(error.description)")
            #expect(error.description.contains(expected), "\(error.description)")
            #expect(!error.description.contains(Self.secret))
        }
    }

    @Test("a valid profile resolves with its site's settings and the default store path")
    func validProfile() throws {
        let directory = try TemporaryDirectory("profile")
        let environment = try Self.environment(config: "[profile default]\nsite = intl\nrefresh_seconds = 0\n",
                                               in: directory)
        let profile = try ProfileResolver.resolve(name: nil, baseURL: nil, storePath: nil, environment: environment)
        #expect(profile.site == .intl)
        #expect(profile.baseURL == Site.intl.defaultBaseURL)
        #expect(profile.refreshSeconds == 0)
        #expect(profile.storePath == directory.file("data") + "/seller-console/default.db")
    }

    @Test("the profile's lang is read without its keys, and a profile without one leaves it to the locale")
    func languageWithoutKeys() throws {
        let directory = try TemporaryDirectory("profile")
        var environment = try Self.environment(config: "[profile default]\nlang = en\n[profile other]\n",
                                               in: directory)
        environment["SELLER_CONSOLE_AK"] = nil
        environment["SELLER_CONSOLE_SK"] = nil
        #expect(try ProfileResolver.language(name: nil, environment: environment) == .en)
        #expect(try ProfileResolver.language(name: "other", environment: environment) == nil)
        #expect(try ProfileResolver.language(name: "missing", environment: environment) == nil)
    }
}
