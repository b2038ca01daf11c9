import Crypto
import Foundation
import MarketAPI
import MarketClient
import SellerCore
import Testing
import TestSupport
@testable import Simulator

/// The simulator's market-event route, reached by the client's own upload (`MarketClient.uploadLicense`):
/// the right SHA-256 is recorded once, a repeat is idempotent, a wrong one or another license is refused, and
/// injected faults never record a license twice.
@Suite("market-event upload", .exclusive, .serialized)
struct MarketplaceLicenseUploadTests {
    static func client(_ harness: SimulatorHarness) -> MarketClient {
        MarketClient(configuration: harness.clientConfiguration(timeout: 2))
    }

    @Test func fileWithTheRightDigestIsRecordedOnceAndRepeatsAreIdempotent() async throws {
        let harness = try SimulatorHarness(orders: 5)
        let client = Self.client(harness)
        let bytes = Array("-----BEGIN LICENSE-----\nabc\n-----END LICENSE-----\n".utf8)
        try await client.uploadLicense(eventId: "evt-1", content: .file(name: "license.lic", bytes: bytes))
        try await client.uploadLicense(eventId: "evt-1", content: .file(name: "license.lic", bytes: bytes))
        let recorded = harness.simulator.licenseDeliveries(eventId: "evt-1")
        #expect(recorded.count == 1)
        #expect(recorded.first?.sha256 == SHA256.hexDigest(bytes))
        #expect(recorded.first?.fileName == "license.lic" && recorded.first?.byteCount == bytes.count)
        await #expect(throws: ClientError.self) {
            try await client.uploadLicense(eventId: "evt-1", content: .file(name: "other.lic", bytes: [1, 2, 3]))
        }
        #expect(harness.simulator.licenseDeliveries(eventId: "evt-1").first?.sha256 == SHA256.hexDigest(bytes))
    }

    @Test func charactersAreRecordedAndBoundedTo1024() async throws {
        let harness = try SimulatorHarness(orders: 5)
        let client = Self.client(harness)
        try await client.uploadLicense(eventId: "evt-text", content: .text("KEY-0001-许可证"))
        #expect(harness.simulator.licenseDeliveries(eventId: "evt-text").first?.type == "CHARACTERS")
        do {
            try await client.uploadLicense(eventId: "evt-long", content: .text(String(repeating: "x", count: 1025)))
            Issue.record("1025 characters were accepted")
        } catch {
            #expect(error.description.contains("MKT.0101") && error.description.contains("1024"))
        }
        #expect(harness.simulator.licenseDeliveries(eventId: "evt-long").isEmpty)
    }

    /// A form whose declared sha256 is not the file's: refused with an error naming it, nothing recorded.
    @Test func wrongDigestIsRefusedByName() async throws {
        let harness = try SimulatorHarness(orders: 5)
        let form = LicenseUploadForm(boundary: "test-boundary-1", eventId: "evt-bad")
        let body = form.body(request: LicenseUploadForm.file(name: "l.lic", sha256: String(repeating: "0", count: 64)),
                             file: ("l.lic", [9, 9, 9]))
        var configuration = harness.clientConfiguration(timeout: 2)
        configuration.maxAttempts = 1
        let client = MarketClient(configuration: configuration)
        let exchange = try await client.send(method: "POST", path: LicenseUploadForm.path(eventId: "evt-bad"),
                                             body: body, contentType: form.contentType)
        let answer = APIErrorBody.decode(exchange.body)
        #expect(exchange.status == 400 && answer?.code == "MKT.0101")
        #expect(answer?.message.contains("sha256 mismatch") == true)
        #expect(harness.simulator.licenseDeliveries(eventId: "evt-bad").isEmpty)
    }

    /// Through 500s, 503s, 429s, resets, stalls and cut bodies, retried uploads of one license record it once.
    @Test func faultsNeverRecordTwice() async throws {
        let harness = try SimulatorHarness(orders: 5, faults: 0.5, stallSeconds: 1)
        var configuration = harness.clientConfiguration(timeout: 0.5)
        configuration.maxAttempts = 1
        let client = MarketClient(configuration: configuration)
        for event in 0..<6 {
            let bytes = Array("license \(event)".utf8)
            var delivered = false
            for _ in 0..<40 where !delivered {
                do {
                    try await client.uploadLicense(eventId: "evt-f\(event)", content: .file(name: "l", bytes: bytes))
                    delivered = true
                } catch {
                    continue
                }
            }
            #expect(delivered)
            let recorded = harness.simulator.licenseDeliveries(eventId: "evt-f\(event)")
            #expect(recorded.count == 1 && recorded.first?.sha256 == SHA256.hexDigest(bytes))
        }
        #expect(harness.simulator.injectedFaults > 0)
    }
}
