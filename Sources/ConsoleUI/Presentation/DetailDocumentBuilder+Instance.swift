import SellerCore
import TermUI

// Instances: the resource, how the buyer opens it (appInfo, password masked) and its order.
extension DetailDocumentBuilder {
    static func write(_ instance: Instance, into draft: inout DetailDraft) {
        draft.field("实例ID", instance.instanceId)
        draft.field("订单号", instance.orderId)
        draft.field("订单行ID", instance.orderLineId)
        draft.field("产品名称", instance.productName)
        draft.field("产品ID", instance.productId)
        draft.field("SKU编码", instance.skuCode)
        draft.field("客户名称", instance.customerName)
        draft.field("客户ID", instance.customerId)
        draft.label("实例状态", instance.status.label, role: StatusRoles.role(instance.status))
        draft.label("计费模式", instance.chargingMode.label)
        draft.label("试用", instance.trial ? "是" : "否")
        draft.time("实际开始时间", instance.actualStartTime)
        draft.time("到期时间", instance.expireTime)
        if let mark = ExpiryMark(expireTime: instance.expireTime, status: instance.status, now: draft.context.now) {
            draft.label("到期提醒", mark.advice, role: mark.role)
        }
        draft.time("更新时间", instance.updatedAt)

        draft.section("应用信息")
        if let app = instance.appInfo {
            draft.field("前台地址", app.frontEndUrl)
            draft.field("管理地址", app.adminUrl)
            draft.field("用户名", app.userName)
            if let password = app.password, !password.isEmpty {
                draft.label("密码", SecretMask.placeholder, role: .muted)
            } else {
                draft.field("密码", nil)
            }
            draft.field("备注", app.memo)
        } else {
            draft.note("（无）", role: .muted)
        }

        draft.section("关联")
        draft.link(.orders, id: instance.orderId)
    }
}
