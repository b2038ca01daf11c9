import Foundation
import SellerCore
import Signing

/// Where replays go and the key they are signed with: the profile's relay settings (`RelaySettings.upstream`,
/// `productionKey`). Kept as plain values so Sync needs no profile code.
public struct ReplayTarget: Sendable, CustomStringConvertible, CustomReflectable {
    public var upstream: String?
    public var productionKey: String?
    /// The whole exchange's limit: the marketplace's own (§3.1).
    public var timeout: Double

    public init(upstream: String?, productionKey: String?, timeout: Double = 20) {
        self.upstream = upstream
        self.productionKey = productionKey
        self.timeout = timeout
    }

    public var description: String {
        "ReplayTarget(upstream: \(upstream ?? "nil"), productionKey: \(productionKey == nil ? "nil" : "<redacted>"))"
    }

    /// The key never shows in `dump` or a debugger either.
    public var customMirror: Mirror {
        Mirror(self, children: ["upstream": upstream as Any,
                                "productionKey": productionKey == nil ? "nil" : "<redacted>", "timeout": timeout],
               displayStyle: .struct)
    }
}

/// A journalled call rebuilt for sending again, signed afresh with the seller's key: same method, path and
/// body; the signature fields recomputed by the scheme the recorded call used (V1 `timeStamp`/`authToken` in
/// the query; kit `x-sign`/`x-timestamp`/`x-nonce` headers; otherwise V2 `signature`/`timestamp`/`nonce` in the
/// query), every other query parameter and header kept.
struct ReplayRequest: Sendable, Equatable {
    var method: String
    var path: String
    /// The raw query (without `?`).
    var query: String
    var headers: [JournalHeader]
    var body: [UInt8]

    /// The origin-form target the upstream receives.
    var target: String { query.isEmpty ? path : path + "?" + query }

    /// Headers the transfer sets itself (or that only meant something on the first hop).
    private static let dropped: Set<String> = ["content-length", "host", "transfer-encoding", "connection",
                                                "expect"]

    static func resign(_ call: JournalArrival, accessKey: String, nowMillis: Int64,
                       nonce: String) -> ReplayRequest {
        let body = Array(call.body.utf8)
        var headers = call.headers.filter { !dropped.contains($0.name.lowercased()) }
        let pairs = call.query.split(separator: "&", omittingEmptySubsequences: true).map(String.init)
        let names = pairs.map { pair in
            RFC3986.decode(String(pair.prefix { $0 != "=" }), plusAsSpace: true)
        }
        if names.contains("authToken") {
            // V1: every parameter is signed; `timeStamp` is one of them.
            let timeStamp = Timestamp(millis: nowMillis).koogalleryMillis
            let kept = V1AuthToken.parameters(fromQuery: call.query)
                .filter { $0.name != "authToken" && $0.name != "timeStamp" }
            let signed = kept + [(name: "timeStamp", value: timeStamp)]
            let token = V1AuthToken.compute(parameters: signed, accessKey: accessKey, timeStamp: timeStamp)
            let query = (signed + [(name: "authToken", value: token)]).map(encoded).joined(separator: "&")
            return ReplayRequest(method: call.method, path: call.path, query: query, headers: headers, body: body)
        }
        let timestamp = String(nowMillis)
        let isKit = headers.contains { $0.name.lowercased() == KitSignature.signHeader }
        if isKit {
            let kit: Set = [KitSignature.signHeader, KitSignature.timestampHeader, KitSignature.nonceHeader]
            headers.removeAll { kit.contains($0.name.lowercased()) }
            headers += [JournalHeader(KitSignature.signHeader, KitSignature.sign(body: body, accessKey: accessKey,
                                                                                 nonce: nonce, timestamp: timestamp)),
                        JournalHeader(KitSignature.timestampHeader, timestamp),
                        JournalHeader(KitSignature.nonceHeader, nonce)]
            return ReplayRequest(method: call.method, path: call.path, query: call.query, headers: headers,
                                 body: body)
        }
        let signatureNames: Set = [V2Signature.signatureParameter, V2Signature.timestampParameter,
                                   V2Signature.nonceParameter]
        let kept = zip(pairs, names).filter { !signatureNames.contains($0.1) }.map(\.0)
        let signed = V2Signature.signedQuery(body: body, accessKey: accessKey, nonce: nonce, timestamp: timestamp)
        let query = (kept + signed.map(encoded)).joined(separator: "&")
        return ReplayRequest(method: call.method, path: call.path, query: query, headers: headers, body: body)
    }

    private static func encoded(_ parameter: (name: String, value: String)) -> String {
        RFC3986.encode(parameter.name) + "=" + RFC3986.encode(parameter.value)
    }
}

/// Whether the marketplace will still retry a replayed message by itself (its window is open) or the seller
/// must press 重新启动 in Seller Center: the verdict as data, for each caller to word in its language, and the
/// English sentence a stored reason and the log end with.
public enum ReplayWindow {
    public enum Verdict: Hashable, Sendable {
        case recovered
        case retrying(until: Timestamp)
        case closed
    }

    public static func verdict(for message: ProduceMessage, now: Timestamp) -> Verdict {
        if message.state == .recovered || message.state == .resolved { return .recovered }
        if now < message.windowEndsAt && message.state == .retrying { return .retrying(until: message.windowEndsAt) }
        return .closed
    }

    public static func sentence(for message: ProduceMessage, now: Timestamp) -> String {
        switch verdict(for: message, now: now) {
        case .recovered:
            "Message \(message.messageId) is recovered: nothing more is needed in Seller Center."
        case .retrying(let until):
            "Message \(message.messageId): the marketplace will still retry it by itself until \(until) "
                + "(its retry window is open)."
        case .closed:
            "Message \(message.messageId): its retry window has closed; press Restart on it in Seller Center "
                + "(production interface messages) for the marketplace to call again."
        }
    }
}
