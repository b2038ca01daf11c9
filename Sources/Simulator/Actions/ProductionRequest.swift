import Crypto
import Foundation
import SellerCore
import Signing

/// The V2 call the marketplace makes to a seller's production interface for one message (docs/KOOGALLERY.md §3.2,
/// §3.4–§3.6): a flat JSON body for the message's activity, written in the canonical (sorted, compact) form the
/// signature covers, and the query: the production URL's own parameters, then `signature`, `timestamp` (unix ms)
/// and `nonce` (§4.5).
struct ProductionRequest {
    /// The production URL without its query (what `MarketClient` takes as its base).
    var base: String
    var query: [(String, String)]
    var body: [UInt8]

    /// What the call says about the message's records; looked up in the world, with plausible fallbacks.
    struct Context {
        var expireTime: Timestamp?
        var productId: String?
        var skuCode: String?
    }

    /// `now` is the world's time (for body times); `signedAt` the wall clock in unix ms, which the seller's
    /// server checks against its own clock.
    init?(message: ProduceMessage, context: Context, baseURL: URL, accessKey: String, now: Timestamp,
          signedAt: Int64, nonce: String = ProductionRequest.makeNonce()) {
        body = CanonicalJSON.encode(.object(Self.members(message: message, context: context, now: now))) ?? []
        let timestamp = String(signedAt)
        let signed = V2Signature.signedQuery(body: body, accessKey: accessKey, nonce: nonce, timestamp: timestamp)
        guard var components = URLComponents(url: baseURL, resolvingAgainstBaseURL: false) else { return nil }
        let own = (components.queryItems ?? []).map { ($0.name, $0.value ?? "") }
        components.query = nil
        components.fragment = nil
        guard let base = components.string else { return nil }
        self.base = base
        query = own + signed.map { ($0.name, $0.value) }
    }

    /// The body members for the message's activity (`CallFields`, the builder the marketplace caller shares);
    /// `testFlag` is "0" because this is a real order's call.
    static func members(message: ProduceMessage, context: Context, now: Timestamp) -> [JSONMember] {
        var subject = CallSubject(orderId: message.orderId, orderLineId: message.orderLineId,
                                  instanceId: message.instanceId)
        subject.license = message.instanceId
        subject.expireTime = context.expireTime
        var members = CallFields.fields(message.activity, v1: false, subject: subject, now: now)
            .map { JSONMember($0.0, .string($0.1)) }
        if message.activity == .changeInstanceCheck {
            let spec = [("productId", context.productId), ("skuCode", context.skuCode)]
                .compactMap { key, value in value.map { JSONMember(key, .string($0)) } }
            members.insert(JSONMember("productInfo", .object(spec)), at: max(0, members.count - 1))
        }
        return members
    }

    /// 32 random hex digits; a UUID's when the system's random source fails.
    static func makeNonce() -> String {
        if let nonce = try? V2Signature.randomNonce() { return nonce }
        return UUID().uuidString.replacingOccurrences(of: "-", with: "")
    }

    /// The request as the exception detail shows it.
    var summary: String { "POST " + String(decoding: body, as: UTF8.self) }
}
