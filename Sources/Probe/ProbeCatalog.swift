/// The test cases of each family (docs/KOOGALLERY.md §3.2–3.6): the Seller Center's 调测 cases, plus
/// idempotency (§3.9) and signature refusal (§4), which the form does not check.
enum ProbeCatalog {
    static func cases(for family: ProbeFamily) -> [ProbeCase] {
        switch family {
        case .saasV2: saasV2Create + saasV2Lifecycle + refusals("newInstance", v2Create(\.refusalIds), stale: true)
        case .onlineLicense:
            // The online-license family has no queryInstance (docs/KOOGALLERY.md §3.5): its five 调测 cases are
            // create, update, update status, release and getLicenseAsync.
            saasV2Creates + getLicense + saasV2Lifecycle + refusals("newInstance", v2Create(\.refusalIds), stale: true)
        case .saasV1: saasV1 + refusals("newInstance", v1Create(\.refusalIds, second: false), stale: false)
        case .license: license + refusals("refreshLicenseCode", licenseRefresh(\.refusalIds), stale: true)
        case .orderNotify:
            notify + refusals("orderNotify", { [("orderId", $0.refusalIds.orderId),
                                                ("orderLineId", $0.refusalIds.orderLineId)] }, stale: true)
        }
    }

    typealias Fields = @Sendable (ProbeState) -> [(String, String)]
    static let created = ProbeExpectation.success([], asyncAllowed: false)

    static func v2Create(_ ids: KeyPath<ProbeState, MockIDs> & Sendable, second: Bool = false) -> Fields {
        { state in
            let order = state[keyPath: ids]
            return [("orderId", order.orderId), ("orderLineId", order.orderLineId),
                    ("businessId", second ? order.secondBusinessId : order.businessId)]
        }
    }

    static let saasV2Creates = [
        ProbeCase("create", "newInstance", expect: .success(.instanceId, asyncAllowed: true),
                  fields: v2Create(\.ids)),
        ProbeCase("create-again", "newInstance", expect: .success([.instanceId, .sameInstance], asyncAllowed: true),
                  fields: v2Create(\.ids, second: true)),
    ]
    static let saasV2Create = saasV2Creates + [
        ProbeCase("query", "queryInstance", expect: .success(.queryInfo, asyncAllowed: false)) {
            [("instanceId", $0.instanceId)]
        },
    ]

    static let renewal: Fields = { state in
        [("scene", "RENEWAL"), ("orderId", state.ids.renewalOrderId), ("orderLineId", state.ids.renewalOrderLineId),
         ("instanceId", state.instanceId), ("expireTime", state.expireTime)]
    }
    static let instanceOnly: Fields = { [("instanceId", $0.instanceId)] }

    static let saasV2Lifecycle = [
        ProbeCase("update", "refreshInstance", expect: created, fields: renewal),
        ProbeCase("renew-again", "refreshInstance", expect: created, fields: renewal),
        ProbeCase("update-status", "updateInstanceStatus", expect: created) {
            [("instanceId", $0.instanceId), ("status", "FREEZE")]
        },
        ProbeCase("release", "releaseInstance", expect: created, fields: instanceOnly),
        ProbeCase("release-again", "releaseInstance", expect: created, fields: instanceOnly),
    ]

    static let licenseRequest: Fields = { state in
        [("instanceId", state.instanceId), ("effectiveTime", state.effectiveTime), ("expireTime", state.expireTime),
         ("eventId", state.ids.eventId), ("deviceFingerprint", "probe-device-0001")]
    }

    static let getLicense = [
        ProbeCase("get-license", "getLicenseAsync", expect: .success([], asyncAllowed: true), fields: licenseRequest),
        ProbeCase("get-license-again", "getLicenseAsync", expect: .success([], asyncAllowed: true),
                  fields: licenseRequest),
    ]

    static func v1Create(_ ids: KeyPath<ProbeState, MockIDs> & Sendable, second: Bool) -> Fields {
        { state in
            let order = state[keyPath: ids]
            return [("customerId", order.customerId), ("customerName", "probe"),
                    ("businessId", second ? order.secondBusinessId : order.businessId), ("orderId", order.orderId),
                    ("skuCode", "probe-sku"), ("productId", order.productId), ("expireTime", state.expireTime),
                    ("chargingMode", "0"), ("periodType", "month"), ("periodNumber", "1")]
        }
    }

    static let v1Renewal: Fields = { state in
        [("orderId", state.ids.renewalOrderId), ("instanceId", state.instanceId), ("productId", state.ids.productId),
         ("expireTime", state.expireTime)]
    }
    static let v1Original: Fields = { [("instanceId", $0.instanceId), ("orderId", $0.ids.orderId)] }

    static let saasV1 = [
        ProbeCase("create", "newInstance", expect: .success([.instanceId, .appInfo], asyncAllowed: false),
                  fields: v1Create(\.ids, second: false)),
        ProbeCase("create-again", "newInstance",
                  expect: .success([.instanceId, .appInfo, .sameInstance], asyncAllowed: false),
                  fields: v1Create(\.ids, second: true)),
        ProbeCase("query", "queryInstance", expect: .success(.queryInfo, asyncAllowed: false), fields: instanceOnly),
        ProbeCase("update", "refreshInstance", expect: created, fields: v1Renewal),
        ProbeCase("renew-again", "refreshInstance", expect: created, fields: v1Renewal),
        ProbeCase("expire", "expireInstance", expect: created, fields: v1Original),
        ProbeCase("release", "releaseInstance", expect: created, fields: v1Original),
        ProbeCase("release-again", "releaseInstance", expect: created, fields: v1Original),
    ]

    static func licenseRefresh(_ ids: KeyPath<ProbeState, MockIDs> & Sendable) -> Fields {
        { state in
            let order = state[keyPath: ids]
            return [("scene", "RENEWAL"), ("orderId", order.renewalOrderId), ("orderLineId", order.renewalOrderLineId),
                    ("license", order.license), ("expireTime", state.expireTime)]
        }
    }
    static let licenseOnly: Fields = { [("license", $0.ids.license)] }

    static let license = [
        ProbeCase("update", "refreshLicenseCode", expect: created, fields: licenseRefresh(\.ids)),
        ProbeCase("renew-again", "refreshLicenseCode", expect: created, fields: licenseRefresh(\.ids)),
        ProbeCase("update-status", "updateLicenseCodeStatus", expect: created) {
            [("license", $0.ids.license), ("status", "FREEZE")]
        },
        ProbeCase("release", "releaseLicenseCode", expect: created, fields: licenseOnly),
        ProbeCase("release-again", "releaseLicenseCode", expect: created, fields: licenseOnly),
    ]

    static let notifyFields: Fields = { [("orderId", $0.ids.orderId), ("orderLineId", $0.ids.orderLineId)] }

    static let notify = [
        ProbeCase("notify", "orderNotify", expect: created, fields: notifyFields),
        ProbeCase("notify-again", "orderNotify", expect: created, fields: notifyFields),
    ]

    /// The calls a correct server refuses: no signature, another key's signature and (V2, whose timestamp has a
    /// 60 s window) a correct but stale one. V1 documents no window, so it gets no stale case.
    static func refusals(_ activity: String, _ fields: @escaping Fields, stale: Bool) -> [ProbeCase] {
        var cases = [
            ProbeCase("unsigned-refused", activity, signing: .unsigned, expect: .refusal, fields: fields),
            ProbeCase("wrong-signature-refused", activity, signing: .wrong, expect: .refusal, fields: fields),
        ]
        if stale {
            cases.append(ProbeCase("stale-signature-refused", activity, signing: .stale, expect: .refusal,
                                   fields: fields))
        }
        return cases
    }
}
