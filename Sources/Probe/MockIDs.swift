import Crypto
import Foundation

/// KooGallery-shaped ids for one mock order (docs/KOOGALLERY.md §3.3): orderId `CS` + 15 uppercase
/// alphanumerics, orderLineId `<orderId>-000001`, businessId a UUID, productId `OFFI` + 18 digits.
public struct MockIDs: Sendable, Equatable {
    public let orderId: String
    public let businessId: String
    /// A second businessId for the repeated create (the marketplace sends a new one on every call).
    public let secondBusinessId: String
    /// The renewal order of `update`.
    public let renewalOrderId: String
    public let productId: String
    public let customerId: String
    public let license: String
    public let eventId: String

    public var orderLineId: String { Self.orderLineId(orderId) }
    public var renewalOrderLineId: String { Self.orderLineId(renewalOrderId) }

    public init(orderId: String, businessId: String, secondBusinessId: String, renewalOrderId: String,
                productId: String, customerId: String, license: String, eventId: String) {
        self.orderId = orderId
        self.businessId = businessId
        self.secondBusinessId = secondBusinessId
        self.renewalOrderId = renewalOrderId
        self.productId = productId
        self.customerId = customerId
        self.license = license
        self.eventId = eventId
    }

    public static func random() throws -> MockIDs {
        MockIDs(orderId: try orderId(), businessId: uuid(), secondBusinessId: uuid(), renewalOrderId: try orderId(),
                productId: "OFFI" + String(try SecureRandom.bytes(18).map { Character(String($0 % 10)) }),
                customerId: try SecureRandom.alphanumericString(32).lowercased(),
                license: "LIC" + (try SecureRandom.alphanumericString(29)).uppercased(), eventId: uuid())
    }

    static func orderId() throws -> String { "CS" + (try SecureRandom.alphanumericString(15)).uppercased() }
    static func orderLineId(_ orderId: String) -> String { orderId + "-000001" }
    static func uuid() -> String { UUID().uuidString.lowercased() }
}
