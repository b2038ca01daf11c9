import Localization
import SellerCore
import TermUI

// Instances: the resource, how the buyer opens it (appInfo, password masked) and its order.
extension DetailDocumentBuilder {
    static func write(_ instance: Instance, into draft: inout DetailDraft) {
        draft.field(RecordField.instanceId, instance.instanceId)
        draft.field(RecordField.orderId, instance.orderId)
        draft.field(RecordField.orderLineId, instance.orderLineId)
        draft.field(RecordField.productName, instance.productName)
        draft.field(RecordField.productId, instance.productId)
        draft.field(RecordField.skuCode, instance.skuCode)
        draft.field(RecordField.customerName, instance.customerName)
        draft.field(RecordField.customerId, instance.customerId)
        draft.label(RecordField.instanceStatus, instance.status.phrase, role: StatusRoles.role(instance.status))
        draft.label(RecordField.chargingMode, instance.chargingMode.phrase)
        draft.label(RecordField.trial, instance.trial ? RecordText.yes : RecordText.no)
        draft.time(RecordField.actualStartTime, instance.actualStartTime)
        draft.time(RecordField.expireTime, instance.expireTime)
        if let mark = ExpiryMark(expireTime: instance.expireTime, status: instance.status, now: draft.context.now) {
            draft.label(RecordField.expiryNotice, mark.advice, role: mark.role)
        }
        draft.time(RecordField.updatedAt, instance.updatedAt)

        draft.section(RecordText.appInfo)
        if let app = instance.appInfo {
            draft.field(RecordField.frontEndUrl, app.frontEndUrl)
            draft.field(RecordField.adminUrl, app.adminUrl)
            draft.field(RecordField.userName, app.userName)
            if let password = app.password, !password.isEmpty {
                draft.label(RecordField.password, SecretMask.placeholder(draft.language), role: .muted)
            } else {
                draft.field(RecordField.password, nil)
            }
            draft.field(RecordField.memo, app.memo)
        } else {
            draft.note(RecordText.none, role: .muted)
        }

        draft.section(RecordText.related)
        draft.link(.orders, id: instance.orderId)
    }
}
