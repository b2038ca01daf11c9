import SellerCore

/// What happened in the world that the marketplace tells a seller's production interface about, before it is
/// spelled as one family's activity (docs/KOOGALLERY.md §3.2–§3.6).
enum MarketEvent: String, Sendable, CaseIterable {
    case create, renew, expire, freeze, unfreeze, release, upgrade, getLicense

    /// The activity this event is sent as on `family`, or nil when the family has no such call.
    func activity(on family: ISVInterface) -> Activity? {
        switch (family, self) {
        case (.orderNotify, _): .orderNotify
        case (.license, .create), (.license, .renew): .refreshLicenseCode
        case (.license, .freeze), (.license, .unfreeze), (.license, .expire): .updateLicenseCodeStatus
        case (.license, .release): .releaseLicenseCode
        case (.license, _): nil
        case (_, .create): .newInstance
        case (_, .renew): .refreshInstance
        case (.saasV1, .expire): .expireInstance
        case (.saasV1, .freeze), (.saasV1, .unfreeze): .instanceStatus
        // V2 has no expireInstance: an expired instance is frozen (§9).
        case (_, .expire), (_, .freeze), (_, .unfreeze): .updateInstanceStatus
        case (_, .release): .releaseInstance
        case (.saasV1, .upgrade): .upgrade
        case (.saasV2, .upgrade): .upgradeInstance
        case (.onlineLicense, .getLicense): .getLicenseAsync
        case (_, .upgrade), (_, .getLicense): nil
        }
    }
}

extension ISVInterface {
    /// The interface version the exception list names for calls of this family.
    var interfaceVersion: InterfaceVersion {
        switch self {
        case .saasV1: .v1
        case .license: .license2
        case .orderNotify: .generic
        case .saasV2, .onlineLicense: .v2
        }
    }

    /// The family a product's production interface implements: fixed per product by the seed, drawn from
    /// `allowed` (all families unless `--call-interfaces` narrows it, e.g. to match one `koosim isv`).
    static func family(ofProduct productId: String, seed: UInt64, allowed: [ISVInterface]) -> ISVInterface {
        let choices = allowed.isEmpty ? ISVInterface.allCases : allowed
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in productId.utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01B3 }
        var random = SeededRandom(seed: seed, stream: RandomStream.call.rawValue, index: Int(truncatingIfNeeded: hash >> 1))
        return random.pick(choices)
    }
}
