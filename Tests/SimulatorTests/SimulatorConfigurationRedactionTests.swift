import Foundation
import Simulator
import Testing

/// `demo` and `koosim` keep the keys they sign and verify with in `SimulatorConfiguration`; printing or dumping
/// it must show neither the secret key nor the production key.
@Suite struct SimulatorConfigurationRedactionTests {
    static let secret = "SK-simulator-secret-77b1"
    static let productionKey = "PK-production-key-0c42"

    @Test("description, debugDescription, dump and Mirror redact both keys")
    func redacted() {
        var configuration = SimulatorConfiguration(accessKey: "AK-visible", secretKey: Self.secret)
        configuration.productionKey = Self.productionKey
        configuration.productionURL = URL(string: "https://isv.example.com/produce")
        var dumped = ""
        dump(configuration, to: &dumped)
        let mirrored = String(describing: Mirror(reflecting: configuration).children.map(\.value))
        for text in [String(describing: configuration), String(reflecting: configuration), dumped, mirrored] {
            #expect(!text.contains(Self.secret), "\(text)")
            #expect(!text.contains(Self.productionKey), "\(text)")
            #expect(text.contains("<redacted>"), "\(text)")
        }
        #expect(String(describing: configuration).contains("AK-visible"))
    }
}
