import HTTPServer
import SellerCore
import Signing

/// What the relay reads from a marketplace call before forwarding it: the fields the journal indexes and the
/// signature scheme. It never refuses anything: a call it cannot read is journalled with what it has and
/// forwarded all the same (the relay never changes what the seller's interface gets).
struct CallReading: Sendable, Equatable {
    /// How the call is signed: V1 query token, V2 query signature, or kit headers (docs/KOOGALLERY.md §4).
    enum Scheme: Sendable, Equatable {
        case v1, v2, kit
    }

    var scheme: Scheme
    var fields: [String: String]
    var interfaceVersion: InterfaceVersion

    subscript(name: String) -> String? {
        guard let value = fields[name], !value.isEmpty else { return nil }
        return value
    }

    var activity: String? { self["activity"] }
    var testFlag: Bool { fields["testFlag"] == "1" || fields["testFlag"] == "true" }

    /// V1 (GET, fields in the query), kit (POST with `x-sign`), or V2 (a POST with a JSON body: the
    /// top-level fields, then those of `buyerInfo` and of the first `orderInfo[]` entry, §3.5).
    static func read(_ request: HTTPRequest, body: [UInt8]) -> CallReading {
        if request.method == "GET" {
            var fields: [String: String] = [:]
            for pair in V1AuthToken.parameters(fromQuery: request.rawQuery ?? "") where fields[pair.name] == nil {
                fields[pair.name] = pair.value
            }
            return CallReading(scheme: .v1, fields: fields, interfaceVersion: .v1)
        }
        let scheme: Scheme = request.headers.contains(KitSignature.signHeader) ? .kit : .v2
        var fields: [String: String] = [:]
        if case .object(let members)? = try? JSONParser.parse(body) {
            fields = strings(members)
            for member in members {
                if member.key == "buyerInfo", case .object(let buyer) = member.value {
                    fields.merge(strings(buyer)) { current, _ in current }
                }
                if member.key == "orderInfo", case .array(let orders) = member.value,
                   case .object(let first)? = orders.first {
                    fields.merge(strings(first)) { current, _ in current }
                }
            }
        }
        return CallReading(scheme: scheme, fields: fields, interfaceVersion: version(of: fields["activity"]))
    }

    /// License 2.0 activities (§3.4), the generic order notification (§3.6), and V2 for the rest.
    static func version(of activity: String?) -> InterfaceVersion {
        switch activity {
        case "refreshLicenseCode", "updateLicenseCodeStatus", "releaseLicenseCode": .license2
        case "orderNotify": .generic
        default: .v2
        }
    }

    /// String, number and boolean members, first occurrence wins.
    private static func strings(_ members: [JSONMember]) -> [String: String] {
        var fields: [String: String] = [:]
        for member in members where fields[member.key] == nil {
            switch member.value {
            case .string(let text), .number(let text): fields[member.key] = text
            case .bool(let flag): fields[member.key] = flag ? "true" : "false"
            case .object, .array, .null: break
            }
        }
        return fields
    }
}

/// The request headers the journal keeps and the relay forwards. Cookies and the seller's own authorisation
/// headers are neither kept nor forwarded; the marketplace sends none of them.
enum RelayHeaders {
    /// Kept in the journal (what the Calls detail shows).
    static let journalled = ["Content-Type", "Content-Length", "User-Agent", "X-Forwarded-For", "X-Real-IP",
                             KitSignature.signHeader, KitSignature.timestampHeader, KitSignature.nonceHeader]
    /// Forwarded to the upstream: the content type, the client's identity as the terminator passed it, and the
    /// kit signature (curl sets Host and Content-Length itself).
    static let forwarded = ["Content-Type", "User-Agent", "X-Forwarded-For", "X-Real-IP",
                            KitSignature.signHeader, KitSignature.timestampHeader, KitSignature.nonceHeader,
                            "authToken"]

    static func journal(_ headers: HTTPHeaders) -> [JournalHeader] {
        headers.fields.filter { field in journalled.contains { same($0, field.name) } }
            .map { JournalHeader($0.name, $0.value) }
    }

    static func forward(_ headers: HTTPHeaders) -> [(String, String)] {
        headers.fields.filter { field in forwarded.contains { same($0, field.name) } }.map { ($0.name, $0.value) }
    }

    /// The peer as the socket saw it, plus `X-Forwarded-For` when the terminator sent one.
    static func peer(_ request: HTTPRequest) -> String {
        guard let forwardedFor = request.headers["X-Forwarded-For"], !forwardedFor.isEmpty else {
            return request.remoteAddress
        }
        return "\(request.remoteAddress) (X-Forwarded-For: \(forwardedFor.prefix(200)))"
    }

    private static func same(_ lhs: String, _ rhs: String) -> Bool { lhs.lowercased() == rhs.lowercased() }
}
