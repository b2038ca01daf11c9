import ListContract
import Localization
import SellerCore
import TermUI

// Orders: the order, its buyer, every order line, and links to everything that hangs off it.
extension DetailDocumentBuilder {
    static func write(_ order: Order, links: OrderLinks?, into draft: inout DetailDraft) {
        draft.field(RecordField.orderId, order.orderId)
        draft.label(RecordField.orderType, order.orderType.phrase)
        draft.label(RecordField.orderStatus, order.status.phrase, role: StatusRoles.role(order.status))
        draft.time(RecordField.createTime, order.createTime)
        draft.time(RecordField.updatedAt, order.updatedAt)
        draft.field(RecordField.currency, order.currencyUnit)

        draft.section(RecordText.customerInfo)
        draft.field(RecordField.customerName, order.buyer.customerName)
        draft.field(RecordField.customerId, order.buyer.customerId)
        draft.field(RecordField.userName, order.buyer.userName)
        draft.field(RecordField.userId, order.buyer.userId)
        encrypted(RecordField.mobilePhone, order.buyer.mobilePhoneEncrypted, into: &draft)
        encrypted(RecordField.email, order.buyer.emailEncrypted, into: &draft)

        if !order.extendParams.isEmpty {
            draft.section(RecordText.extendParams)
            for param in order.extendParams {
                let key = TextSanitizer.sanitize(param.name, limit: 64)
                if SecretMask.isSecretName(param.name) {
                    draft.label(key, SecretMask.placeholder(draft.language), role: .muted)
                } else {
                    draft.field(key, param.value)
                }
            }
        }

        draft.section(RecordText.orderLines(order.lines.count))
        for (index, line) in order.lines.enumerated() {
            if index > 0 { draft.blank() }
            write(line, currencyUnit: order.currencyUnit, into: &draft)
        }

        draft.section(RecordText.related)
        guard let links else { return draft.note(RecordText.loadingLinks, role: .muted) }
        guard !links.isEmpty else { return draft.note(RecordText.noLinks, role: .muted) }
        for id in links.instanceIDs { draft.link(.instances, id: id) }
        for id in links.exceptionIDs { draft.link(.exceptions, id: id) }
        for id in links.supervisionTaskIDs { draft.link(.supervision, id: id) }
        for id in links.ticketIDs { draft.link(.tickets, id: id) }
        for id in links.callIDs { draft.link(.calls, id: id) }
    }

    static func write(_ line: OrderLine, currencyUnit: String, into draft: inout DetailDraft) {
        draft.field(RecordField.orderLineId, line.orderLineId)
        draft.field(RecordField.productName, line.productName)
        draft.field(RecordField.productId, line.productId)
        draft.field(RecordField.skuCode, line.skuCode)
        draft.label(RecordField.chargingMode, line.chargingMode.phrase)
        draft.label(RecordField.period, period(line.periodType, line.periodNumber, draft.language))
        draft.field(RecordField.linearValue, line.linearValue.map(String.init))
        draft.label(RecordField.orderAmount, NumberFormat.money(line.currency, currencyUnit: currencyUnit))
        draft.label(RecordField.paidAmount, NumberFormat.money(line.currencyAfterDiscount, currencyUnit: currencyUnit))
        draft.time(RecordField.expireTime, line.expireTime)
    }

    /// `1年`, `3个月`, `7天` (`1 year`, `3 months`, `7 days`); the bare type label when the number is missing;
    /// `—` for non-period lines.
    static func period(_ type: PeriodType?, _ number: Int?, _ language: Language) -> String {
        guard let type else { return NumberFormat.none }
        guard let number else { return type.label(language) }
        let unit: RecordText.PeriodUnit = switch type {
        case .year: .year
        case .month: .month
        case .day: .day
        }
        return RecordText.period(number, unit).text(language)
    }

    /// Phone and e-mail arrive encrypted (docs/KOOGALLERY.md §4.4); the ciphertext means nothing to a reader, so say what it is.
    static func encrypted(_ key: Phrase, _ value: String?, into draft: inout DetailDraft) {
        guard let value, !value.isEmpty else { return draft.field(key, nil) }
        draft.label(key, RecordText.encrypted, role: .muted)
    }
}
