import SellerCore
import TermUI

// Tickets: the case, then the conversation in order, then its order.
extension DetailDocumentBuilder {
    static func write(_ ticket: Ticket, into draft: inout DetailDraft) {
        draft.field("工单号", ticket.caseId)
        draft.field("标题", ticket.title)
        draft.label("工单状态", ticket.status.label, role: StatusRoles.role(ticket.status))
        draft.field("产品名称", ticket.productName)
        draft.field("产品ID", ticket.productId)
        draft.field("客户名称", ticket.customerName)
        draft.field("客户ID", ticket.customerId)
        draft.field("处理人", ticket.assignee)
        draft.field("订单号", ticket.orderId)
        draft.time("创建时间", ticket.createTime)
        draft.time("更新时间", ticket.updatedAt)
        if ticket.cause != nil || ticket.solution != nil {
            draft.field("出现原因", ticket.cause)
            draft.field("解决方案", ticket.solution)
        }

        draft.section("留言记录（\(ticket.messages.count)）")
        if ticket.messages.isEmpty { draft.note("暂无留言", role: .muted) }
        for (index, message) in ticket.messages.enumerated() {
            if index > 0 { draft.blank() }
            let when = LocalTimeFormat.minute(message.createTime, context: draft.context)
            draft.note(message.author.label + " · " + when, role: .detailKey)
            draft.paragraph(message.content)
            if !message.attachments.isEmpty {
                let label = AttachmentText.attachmentLabel(draft.context.language)
                files(message.attachments, key: { _ in label }, into: &draft)
            }
        }

        draft.section("关联")
        if let orderId = ticket.orderId, !orderId.isEmpty {
            draft.link(.orders, id: orderId)
        } else {
            draft.note("无关联订单", role: .muted)
        }
    }
}
