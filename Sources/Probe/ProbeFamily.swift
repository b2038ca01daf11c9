/// The interface families a seller's production URL can implement (docs/KOOGALLERY.md §3): each is called
/// with its own activities and signed with its own scheme.
public enum ProbeFamily: String, Sendable, CaseIterable {
    case saasV2 = "saas-v2"
    case saasV1 = "saas-v1"
    case license
    case orderNotify = "order-notify"
    case onlineLicense = "online-license"

    /// How the marketplace signs this family's calls.
    public var scheme: ProbeScheme { self == .saasV1 ? .v1 : .v2 }

    /// The test cases of the family, in the order they are sent (later cases use what earlier ones returned).
    public var cases: [ProbeCase] { ProbeCatalog.cases(for: self) }

    /// The case of this family called `name`, if any.
    public func probeCase(named name: String) -> ProbeCase? { cases.first { $0.name == name } }
}

/// V1: GET with `timeStamp` + `authToken` in the query, answers carry `Body-Sign`. V2: POST of a canonical JSON
/// body with `signature`, `timestamp` and `nonce` in the query.
public enum ProbeScheme: Sendable, Equatable {
    case v1
    case v2
}
