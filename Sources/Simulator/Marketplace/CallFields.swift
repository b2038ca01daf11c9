import Foundation
import SellerCore

/// The ids and values one marketplace call names; each activity takes the ones it needs.
struct CallSubject: Sendable {
    var orderId: String
    var orderLineId: String?
    var instanceId: String?
    var license: String?
    var eventId: String?
    /// New on every call (§3.9); nil draws a fresh one.
    var businessId: String?
    var productId: String?
    var skuCode: String?
    var customerId: String?
    var customerName: String?
    /// `FREEZE` or `UNFREEZE` (V1 `instanceStatus` says `NORMAL` for the latter).
    var status = "FREEZE"
    var expireTime: Timestamp?
    var effectiveTime: Timestamp?
    var deviceFingerprint: String?

    init(orderId: String, orderLineId: String? = nil, instanceId: String? = nil) {
        self.orderId = orderId
        self.orderLineId = orderLineId
        self.instanceId = instanceId
    }
}

/// The one builder of a marketplace call's fields per activity (docs/KOOGALLERY.md §3.2–§3.6), in the order
/// sent: `activity` first, `testFlag` "0" last (a real order's call). The simulator's 重新启动 call
/// (`ProductionRequest`) and the marketplace caller both build their bodies here.
enum CallFields {
    static func fields(_ activity: Activity, v1: Bool, subject: CallSubject, now: Timestamp) -> [(String, String)] {
        let expire = (subject.expireTime ?? now.adding(seconds: 365 * 86_400)).koogallerySeconds
        let order: [(String, String?)] = [("orderId", subject.orderId), ("orderLineId", v1 ? nil : subject.orderLineId)]
        let instance: [(String, String?)] = [("instanceId", subject.instanceId)]
        let product: [(String, String?)] = [("productId", subject.productId), ("skuCode", subject.skuCode)]
        var fields: [(String, String?)] = [("activity", activity.rawValue)]
        switch activity {
        case .newInstance:
            fields += [("customerId", subject.customerId), ("customerName", v1 ? subject.customerName : nil),
                       ("businessId", subject.businessId ?? UUID().uuidString.lowercased())] + order + product
                + [("expireTime", expire)]
            if v1 { fields += [("chargingMode", "0"), ("periodType", "month"), ("periodNumber", "1")] }
        case .queryInstance, .changeInstanceCheck:
            fields += instance
        case .refreshInstance:
            fields += (v1 ? [] : [("scene", "RENEWAL")]) + order + instance + (v1 ? [("productId", subject.productId)] : [])
                + [("expireTime", expire)]
        case .expireInstance:
            fields += instance + order
        case .updateInstanceStatus:
            fields += instance + [("status", subject.status)]
        case .instanceStatus:
            fields += instance + [("instanceStatus", subject.status == "UNFREEZE" ? "NORMAL" : subject.status)]
        case .releaseInstance, .upgradeInstance, .upgrade:
            fields += instance + order + (activity == .releaseInstance ? [] : product)
        case .orderNotify:
            fields += order
        case .getLicense, .getLicenseAsync:
            fields += instance + [("effectiveTime", (subject.effectiveTime ?? now).koogallerySeconds),
                                  ("expireTime", expire),
                                  ("eventId", subject.eventId ?? UUID().uuidString.lowercased()),
                                  ("deviceFingerprint", subject.deviceFingerprint)]
        case .refreshLicenseCode:
            fields += [("scene", "RENEWAL")] + order + [("license", subject.license), ("expireTime", expire)]
        case .updateLicenseCodeStatus:
            fields += [("license", subject.license), ("status", subject.status)]
        case .releaseLicenseCode:
            fields += [("license", subject.license)] + order
        }
        fields.append(("testFlag", "0"))
        return fields.compactMap { name, value in value.map { (name, $0) } }
    }
}
