import Foundation
import Profiles
import Testing
import TestSupport

/// `seller-console info`'s view of a profile: every file's state and every key's source, found without failing
/// on a broken file, and never a key.
@Suite struct ProfileReportTests {
    static let secret = "SK-report-secret-77"

    static func folder(_ directory: TemporaryDirectory) throws -> String {
        let folder = directory.file("config/seller-console")
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        return folder
    }

    static func environment(_ directory: TemporaryDirectory, _ extra: [String: String] = [:]) -> [String: String] {
        ["XDG_CONFIG_HOME": directory.file("config"), "XDG_DATA_HOME": directory.file("data"), "HOME": directory.path]
            .merging(extra) { _, new in new }
    }

    @Test("with no files: both missing, no keys, the default store and the cn marketplace")
    func nothingConfigured() throws {
        let directory = try TemporaryDirectory("report-empty")
        let report = ProfileResolver.inspect(name: nil, storePath: nil, environment: Self.environment(directory))
        #expect(report.profile == "default" && report.site == "cn")
        #expect(report.baseURL == "https://mkt.myhuaweicloud.com")
        #expect(report.config == .missing && report.credentials == .missing)
        #expect(report.accessKey == .none && report.secretKey == .none && report.productionKey == .none)
        #expect(report.storePath == directory.file("data") + "/seller-console/default.db")
    }

    @Test("keys from a 0600 credentials file, the environment winning over it, and the profile's settings")
    func keysAndSettings() throws {
        let directory = try TemporaryDirectory("report-keys")
        let folder = try Self.folder(directory)
        try "[profile shop]\nsite = intl\ntheme = dark\nrelay_upstream = https://isv.example.com/produce\n"
            .write(toFile: folder + "/config", atomically: true, encoding: .utf8)
        try "[shop]\nak = AK-1\nsk = \(Self.secret)\nproduction_key = PK-1\n"
            .write(toFile: folder + "/credentials", atomically: true, encoding: .utf8)
        chmod(folder + "/credentials", 0o600)
        let report = ProfileResolver.inspect(name: "shop", storePath: "/tmp/x.db",
                                             environment: Self.environment(directory, ["SELLER_CONSOLE_AK": "AK-env"]))
        #expect(report.site == "intl" && report.baseURL == "https://mkt-intl.myhuaweicloud.com")
        #expect(report.theme == "dark" && report.relayUpstream == "https://isv.example.com/produce")
        #expect(report.credentials == .present(mode: 0o600) && report.config == .present(mode: 0o644))
        #expect(report.accessKey == .environment && report.secretKey == .credentials && report.productionKey == .credentials)
        #expect(report.storePath == "/tmp/x.db")
        #expect(!String(describing: report).contains(Self.secret) && !String(reflecting: report).contains("PK-1"))
    }

    @Test("a credentials file others can read, and a broken config, are findings, not failures")
    func problemsAreReported() throws {
        let directory = try TemporaryDirectory("report-problems")
        let folder = try Self.folder(directory)
        try "[profile default]\nsite = mars\n".write(toFile: folder + "/config", atomically: true, encoding: .utf8)
        try "[default]\nsk = \(Self.secret)\n".write(toFile: folder + "/credentials", atomically: true, encoding: .utf8)
        chmod(folder + "/credentials", 0o644)
        let report = ProfileResolver.inspect(name: nil, storePath: nil, environment: Self.environment(directory))
        guard case .problem(let config) = report.config, case .problem(let credentials) = report.credentials else {
            Issue.record("both files are reported as problems: \(report)")
            return
        }
        #expect(config.en.contains("unknown site \"mars\""), "\(config)")
        #expect(config.zh.contains("未知的 site \"mars\""), "\(config)")
        for text in [credentials.en, credentials.zh] {
            #expect(text.contains("chmod 600") && !text.contains(Self.secret), "\(credentials)")
        }
        #expect(credentials.zh.contains("其他用户也能访问"), "\(credentials)")
        #expect(report.secretKey == .none, "a key in a file others can read is not used")
        let unknown = ProfileResolver.inspect(name: "nobody", storePath: nil, environment: Self.environment(directory))
        #expect(unknown.profile == "nobody")
        if case .problem = unknown.config {} else { Issue.record("an unknown profile is a config problem") }
    }
}
