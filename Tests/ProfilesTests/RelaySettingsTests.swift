import Foundation
import Profiles
import SellerCore
import Testing
import TestSupport

/// The relay reads its upstream from the config and the production key from the 0600 credentials file, and runs
/// for a seller who has no marketplace AK/SK yet; the key never shows when settings are printed.
@Suite struct RelaySettingsTests {
    static let productionKey = "prod-key-7c1e-secret"

    static func environment(credentials: String, in directory: TemporaryDirectory) throws -> [String: String] {
        let folder = directory.file("config/seller-console")
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try "[profile default]\nsite = cn\nrelay_upstream = http://127.0.0.1:8090/produce\nrelay_listen = 127.0.0.1:8443\n"
            .write(toFile: folder + "/config", atomically: true, encoding: .utf8)
        try credentials.write(toFile: folder + "/credentials", atomically: true, encoding: .utf8)
        chmod(folder + "/credentials", 0o600)
        return ["XDG_CONFIG_HOME": directory.file("config"), "XDG_DATA_HOME": directory.file("data"),
                "HOME": directory.path]
    }

    @Test("a relay-only seller (no ak/sk) resolves upstream, listen and key; printing redacts the key")
    func relayOnly() throws {
        let directory = try TemporaryDirectory("relay-settings")
        let environment = try Self.environment(credentials: "[default]\nproduction_key = \(Self.productionKey)\n",
                                               in: directory)
        let (settings, store, site) = try ProfileResolver.resolveRelay(name: nil, storePath: nil,
                                                                       environment: environment)
        #expect(settings.upstream == "http://127.0.0.1:8090/produce")
        #expect(settings.listen == "127.0.0.1:8443")
        #expect(settings.productionKey == Self.productionKey)
        #expect(store.hasSuffix("/seller-console/default.db"))
        #expect(site == .cn)
        var dumped = ""
        dump(settings, to: &dumped)
        for text in [String(describing: settings), dumped] {
            #expect(!text.contains(Self.productionKey), "\(text)")
            #expect(text.contains("<redacted>"))
        }
        // The full profile still needs ak/sk, and says so without the key.
        #expect(throws: ProfileError.self) {
            try ProfileResolver.resolve(name: nil, baseURL: nil, storePath: nil, environment: environment)
        }
    }

    @Test("SELLER_CONSOLE_PRODUCTION_KEY overrides the file; a full profile carries the relay settings")
    func environmentOverride() throws {
        let directory = try TemporaryDirectory("relay-settings")
        var environment = try Self.environment(
            credentials: "[default]\nak = AK\nsk = SK\nproduction_key = from-file\n", in: directory)
        environment["SELLER_CONSOLE_PRODUCTION_KEY"] = "from-env"
        let profile = try ProfileResolver.resolve(name: nil, baseURL: nil, storePath: nil, environment: environment)
        #expect(profile.relay.productionKey == "from-env")
        #expect(profile.relay.upstream == "http://127.0.0.1:8090/produce")
        #expect(!String(describing: profile).contains("from-env"))
    }

    @Test("an unknown credentials key is refused without echoing it")
    func unknownCredentialKey() throws {
        let directory = try TemporaryDirectory("relay-settings")
        let environment = try Self.environment(credentials: "[default]\nproduction-key = oops-secret\n", in: directory)
        do {
            _ = try ProfileResolver.resolveRelay(name: nil, storePath: nil, environment: environment)
            Issue.record("accepted an unknown key")
        } catch let error as ProfileError {
            #expect(error.invalidConfiguration)
            #expect(!error.description.contains("oops-secret"))
            #expect(error.description.contains("production_key"))
        }
    }
}
