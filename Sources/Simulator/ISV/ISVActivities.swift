import Crypto
import SellerCore

/// The activities of every family, answered correctly (docs/KOOGALLERY.md §3.2–§3.6, §3.9): required fields
/// checked, creates idempotent, repeats of release/renew/status successful, `testFlag=1` calls without side
/// effects beyond what idempotency needs (an unknown id in a test call is taken for the marketplace's mock id).
struct ISVActivities {
    var interface: ISVInterface
    var accessKey: String
    var encryptType: SensitiveField.EncryptType
    var ledger: ISVLedger
    /// False for `not-idempotent`: every create gets a new instance.
    var idempotent = true

    func answer(_ call: ISVCall) -> ISVAnswer {
        guard interface.activities.contains(call.activity) else {
            return .invalid("unknown activity \(String(call.activity.prefix(64)))")
        }
        if let missing = Self.required(interface, call.activity).first(where: { call[$0] == nil }) {
            return .invalid("\(missing) is required")
        }
        switch call.activity {
        case "newInstance": return create(call)
        case "queryInstance": return query(call)
        case "getLicenseAsync": return getLicense(call)
        case "orderNotify": return .ok()
        case "refreshLicenseCode", "updateLicenseCodeStatus", "releaseLicenseCode": return licenseCode(call)
        default: return onInstance(call)
        }
    }

    /// Mandatory fields per family and activity.
    static func required(_ interface: ISVInterface, _ activity: String) -> [String] {
        switch (interface, activity) {
        case (.saasV1, "newInstance"): ["customerId", "businessId", "orderId", "productId"]
        // The online-license create carries its order in `orderInfo[]`, which has no order line.
        case (.onlineLicense, "newInstance"): ["orderId", "businessId"]
        case (_, "newInstance"): ["orderId", "orderLineId", "businessId"]
        case (.saasV1, "refreshInstance"): ["orderId", "instanceId", "expireTime"]
        case (_, "refreshInstance"): ["scene", "orderId", "orderLineId", "instanceId", "expireTime"]
        case (_, "updateInstanceStatus"): ["instanceId", "status"]
        case (.saasV1, "releaseInstance"), (_, "expireInstance"): ["instanceId", "orderId"]
        case (_, "upgradeInstance"): ["instanceId", "orderId", "orderLineId"]
        case (_, "upgrade"): ["instanceId", "orderId", "skuCode", "productId"]
        case (_, "instanceStatus"): ["instanceId", "instanceStatus"]
        case (_, "changeInstanceCheck"): ["instanceId", "productInfo"]
        case (_, "getLicenseAsync"): ["instanceId", "effectiveTime", "eventId"]
        case (_, "orderNotify"): ["orderId", "orderLineId", "testFlag"]
        case (_, "refreshLicenseCode"): ["scene", "orderId", "orderLineId", "license", "expireTime"]
        case (_, "updateLicenseCodeStatus"): ["license", "status"]
        case (_, "releaseLicenseCode"): ["license"]
        default: ["instanceId"]
        }
    }

    private func create(_ call: ISVCall) -> ISVAnswer {
        for name in ["mobilePhone", "email"] {
            guard let value = call[name] else { continue }
            if (try? SensitiveField.decrypt(value, accessKey: accessKey, encryptType: encryptType)) == nil {
                return .invalid("\(name) does not decrypt with the key")
            }
        }
        let orderKey = interface.isV1 ? (call["orderId"] ?? "") : "\(call["orderId"] ?? "")\u{1F}\(call["orderLineId"] ?? "")"
        let id = ledger.instance(orderKey: orderKey, businessId: call["businessId"] ?? "", idempotent: idempotent)
        var members = [JSONMember("instanceId", .string(id))]
        if interface.isV1 {
            do {
                members += [JSONMember("encryptType", .string(encryptType.rawValue)),
                            JSONMember("appInfo", try appInfo(id))]
            } catch {
                return .internalError("cannot encrypt")
            }
        }
        return .ok(members)
    }

    private func query(_ call: ISVCall) -> ISVAnswer {
        let ids = (call["instanceId"] ?? "").split(separator: ",").map(String.init).filter { !$0.isEmpty }
        guard ids.count <= 100 else { return .invalid("more than 100 instanceIds") }
        let served = ids.filter { call.isTest || ledger.isKnown($0) }
        guard !served.isEmpty else { return .unknown("the instance") }
        do {
            let info = try served.map { id in
                JSONValue.object([JSONMember("instanceId", .string(id)), JSONMember("appInfo", try appInfo(id))])
            }
            return .ok([JSONMember("encryptType", .string(encryptType.rawValue)), JSONMember("info", .array(info))])
        } catch {
            return .internalError("cannot encrypt")
        }
    }

    /// `appInfo` with the admin account encrypted as the answer's `encryptType` says (§4.4).
    private func appInfo(_ id: String) throws(CryptoError) -> JSONValue {
        let path = String(id.prefix(64).map { $0.isLetter || $0.isNumber || $0 == "-" ? $0 : "_" })
        return .object([
            JSONMember("frontEndUrl", .string("https://isv.example.com/app/\(path)")),
            JSONMember("adminUrl", .string("https://isv.example.com/admin/\(path)")),
            JSONMember("userName", .string(try SensitiveField.encrypt(plaintext: "admin-\(path)", accessKey: accessKey,
                                                                       encryptType: encryptType))),
            JSONMember("password", .string(try SensitiveField.encrypt(plaintext: "Pw-\(path)", accessKey: accessKey,
                                                                       encryptType: encryptType))),
            JSONMember("memo", .string("sample production interface")),
        ])
    }

    private func onInstance(_ call: ISVCall) -> ISVAnswer {
        let id = call["instanceId"] ?? ""
        if let refusal = checkValues(call) { return refusal }
        guard call.isTest || ledger.isKnown(id) else { return .unknown("the instance") }
        if !call.isTest, ["releaseInstance"].contains(call.activity) { ledger.release(id) }
        return .ok()
    }

    /// Enumerated fields outside their published values.
    private func checkValues(_ call: ISVCall) -> ISVAnswer? {
        let allowed: [String: [String]] = [
            "scene": ["TRIAL_TO_FORMAL", "RENEWAL", "UNSUBSCRIBE_RENEWAL_PERIOD", "RENEWAL_CHANGE"],
            "status": ["FREEZE", "UNFREEZE"],
            "instanceStatus": ["FREEZE", "NORMAL"],
        ]
        for (name, values) in allowed {
            if let value = call[name], !values.contains(value) { return .invalid("\(name) is not one of \(values)") }
        }
        if let expire = call["expireTime"], call.activity.hasPrefix("refresh"),
           expire.count != 14 || !expire.allSatisfy(\.isASCIIDigit) {
            return .invalid("expireTime must be yyyyMMddHHmmss")
        }
        return nil
    }

    private func licenseCode(_ call: ISVCall) -> ISVAnswer {
        let license = call["license"] ?? ""
        if let refusal = checkValues(call) { return refusal }
        if call.activity == "releaseLicenseCode" {
            guard call.isTest || ledger.isKnown(license) else { return .unknown("the license code") }
            if !call.isTest { ledger.release(license) }
        } else if !call.isTest {
            ledger.remember(license)
        }
        return .ok()
    }

    private func getLicense(_ call: ISVCall) -> ISVAnswer {
        guard call.isTest || ledger.isKnown(call["instanceId"] ?? "") else { return .unknown("the instance") }
        let license = ledger.license(eventId: call["eventId"] ?? "", fingerprint: call["deviceFingerprint"] ?? "")
        return .ok([JSONMember("license", .string(license))])
    }
}

private extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}
