import ConsoleRuntime
import Foundation
import MarketClient
import Testing

/// The console's configuration holds the marketplace's secret key; printing or dumping it must not show it.
@Suite struct ConsoleConfigurationRedactionTests {
    static let secret = "SK-must-never-show-9f3a1c"

    @Test("description, debugDescription and dump redact the secret key")
    func redacted() {
        let client = ClientConfiguration(baseURL: "https://mkt.example.com", accessKey: "AK-visible",
                                         secretKey: Self.secret)
        let configuration = ConsoleConfiguration(storePath: "/tmp/s.db", client: client, logPath: "/tmp/c.log")
        var dumped = ""
        dump(configuration, to: &dumped)
        let optional: ConsoleConfiguration? = configuration
        var dumpedOptional = ""
        dump(optional, to: &dumpedOptional)
        for text in [String(describing: configuration), String(reflecting: configuration), "\(configuration)",
                     dumped, dumpedOptional, String(describing: Mirror(reflecting: configuration).children.map(\.value))] {
            #expect(!text.contains(Self.secret), "\(text)")
            #expect(text.contains("<redacted>"), "\(text)")
        }
        #expect(String(describing: configuration).contains("AK-visible"))
        #expect(String(describing: configuration).contains("https://mkt.example.com"))
        let offline = ConsoleConfiguration(storePath: "/tmp/s.db", client: nil, logPath: "/tmp/c.log")
        #expect(String(describing: offline).contains("offline"))
    }
}
