/// The interface families a seller's production interface can implement (docs/KOOGALLERY.md §3.2–§3.6), each
/// with the activities the marketplace sends it and how its calls are signed.
public enum ISVInterface: String, Sendable, CaseIterable {
    case saasV2 = "saas-v2"
    case saasV1 = "saas-v1"
    case license
    case orderNotify = "order-notify"
    case onlineLicense = "online-license"

    /// The activities of the family; anything else answers `000002`.
    public var activities: [String] {
        switch self {
        case .saasV2:
            ["newInstance", "queryInstance", "refreshInstance", "updateInstanceStatus", "releaseInstance",
             "upgradeInstance", "changeInstanceCheck"]
        case .saasV1:
            ["newInstance", "queryInstance", "refreshInstance", "expireInstance", "releaseInstance", "upgrade",
             "instanceStatus"]
        case .license: ["refreshLicenseCode", "updateLicenseCodeStatus", "releaseLicenseCode"]
        case .orderNotify: ["orderNotify"]
        case .onlineLicense:
            ["newInstance", "refreshInstance", "updateInstanceStatus", "releaseInstance", "getLicenseAsync"]
        }
    }

    /// V1 is a GET with `authToken` + `timeStamp` and signed answers; every other family is a V2-signed POST.
    public var isV1: Bool { self == .saasV1 }
}

/// The ways sellers' servers really fail, one named case each, applied on demand (`--misbehave`, `--fail`).
public enum ISVMisbehaviour: String, Sendable, CaseIterable, Hashable {
    /// Answers correctly, but only after `SampleISVConfiguration.slowDelay` (past the marketplace's 20 s).
    case slow
    /// HTTP 500 with a plain-text body.
    case http500
    /// HTTP 502 with an nginx-style `text/html` error page.
    case html
    /// Leaves out a required field: `instanceId` on create, `appInfo.frontEndUrl` on query, `license` on
    /// getLicenseAsync, `resultMsg` elsewhere.
    case missingField = "missing-field"
    /// A `resultCode` that is not in the published table (`999999`).
    case wrongCode = "wrong-code"
    /// A new `instanceId` on every create, whatever the order line.
    case notIdempotent = "not-idempotent"
    /// V1 only: a `Body-Sign` header that does not verify.
    case badBodySign = "bad-body-sign"
    /// Skips signature checks: unsigned, wrong and stale calls are served.
    case acceptsUnsigned = "accepts-unsigned"
    /// The JSON answer labelled `text/plain`.
    case textContentType = "text-content-type"

    /// The result code `wrong-code` answers with: six digits, in no table.
    public static let unknownResultCode = "999999"
}
