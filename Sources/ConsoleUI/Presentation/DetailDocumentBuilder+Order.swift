import ListContract
import SellerCore
import TermUI

// Orders: the order, its buyer, every order line, and links to everything that hangs off it.
extension DetailDocumentBuilder {
    static func write(_ order: Order, links: OrderLinks?, into draft: inout DetailDraft) {
        draft.field("订单号", order.orderId)
        draft.label("订单类型", order.orderType.label)
        draft.label("订单状态", order.status.label, role: StatusRoles.role(order.status))
        draft.time("创建时间", order.createTime)
        draft.time("更新时间", order.updatedAt)
        draft.field("币种", order.currencyUnit)

        draft.section("客户信息")
        draft.field("客户名称", order.buyer.customerName)
        draft.field("客户ID", order.buyer.customerId)
        draft.field("用户名", order.buyer.userName)
        draft.field("用户ID", order.buyer.userId)
        encrypted("手机号码", order.buyer.mobilePhoneEncrypted, into: &draft)
        encrypted("邮箱", order.buyer.emailEncrypted, into: &draft)

        if !order.extendParams.isEmpty {
            draft.section("扩展参数")
            for param in order.extendParams {
                let key = TextSanitizer.sanitize(param.name, limit: 64)
                if SecretMask.isSecretName(param.name) {
                    draft.label(key, SecretMask.placeholder, role: .muted)
                } else {
                    draft.field(key, param.value)
                }
            }
        }

        draft.section("订单行（\(order.lines.count)）")
        for (index, line) in order.lines.enumerated() {
            if index > 0 { draft.blank() }
            write(line, currencyUnit: order.currencyUnit, into: &draft)
        }

        draft.section("关联")
        guard let links else { return draft.note("正在加载关联记录…", role: .muted) }
        guard !links.isEmpty else { return draft.note("无关联记录", role: .muted) }
        for id in links.instanceIDs { draft.link(.instances, id: id) }
        for id in links.exceptionIDs { draft.link(.exceptions, id: id) }
        for id in links.supervisionTaskIDs { draft.link(.supervision, id: id) }
        for id in links.ticketIDs { draft.link(.tickets, id: id) }
        for id in links.callIDs { draft.link(.calls, id: id) }
    }

    static func write(_ line: OrderLine, currencyUnit: String, into draft: inout DetailDraft) {
        draft.field("订单行ID", line.orderLineId)
        draft.field("产品名称", line.productName)
        draft.field("产品ID", line.productId)
        draft.field("SKU编码", line.skuCode)
        draft.label("计费模式", line.chargingMode.label)
        draft.label("购买周期", period(line.periodType, line.periodNumber))
        draft.field("线性值", line.linearValue.map(String.init))
        draft.label("订单金额", NumberFormat.money(line.currency, currencyUnit: currencyUnit))
        draft.label("成交金额", NumberFormat.money(line.currencyAfterDiscount, currencyUnit: currencyUnit))
        draft.time("到期时间", line.expireTime)
    }

    /// `1年`, `3个月`, `7天`; the bare type label when the number is missing; `—` for non-period lines.
    static func period(_ type: PeriodType?, _ number: Int?) -> String {
        guard let type else { return NumberFormat.none }
        guard let number else { return type.label }
        switch type {
        case .year: return "\(number)年"
        case .month: return "\(number)个月"
        case .day: return "\(number)天"
        }
    }

    /// Phone and e-mail arrive encrypted (docs/KOOGALLERY.md §4.4); the ciphertext means nothing to a reader, so say what it is.
    static func encrypted(_ key: String, _ value: String?, into draft: inout DetailDraft) {
        guard let value, !value.isEmpty else { return draft.field(key, nil) }
        draft.label(key, "（已加密）", role: .muted)
    }
}
