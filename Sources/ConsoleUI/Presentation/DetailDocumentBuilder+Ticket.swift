import Localization
import SellerCore
import TermUI

// Tickets: the case, then the conversation in order, then its order.
extension DetailDocumentBuilder {
    static func write(_ ticket: Ticket, into draft: inout DetailDraft) {
        draft.field(RecordField.caseId, ticket.caseId)
        draft.field(RecordField.title, ticket.title)
        draft.label(RecordField.ticketStatus, ticket.status.phrase, role: StatusRoles.role(ticket.status))
        draft.field(RecordField.productName, ticket.productName)
        draft.field(RecordField.productId, ticket.productId)
        draft.field(RecordField.customerName, ticket.customerName)
        draft.field(RecordField.customerId, ticket.customerId)
        draft.field(RecordField.assignee, ticket.assignee)
        draft.field(RecordField.orderId, ticket.orderId)
        draft.time(RecordField.createTime, ticket.createTime)
        draft.time(RecordField.updatedAt, ticket.updatedAt)
        if ticket.cause != nil || ticket.solution != nil {
            draft.field(RecordField.cause, ticket.cause)
            draft.field(RecordField.solution, ticket.solution)
        }

        draft.section(RecordText.messages(ticket.messages.count))
        if ticket.messages.isEmpty { draft.note(RecordText.noMessages, role: .muted) }
        for (index, message) in ticket.messages.enumerated() {
            if index > 0 { draft.blank() }
            let when = LocalTimeFormat.minute(message.createTime, context: draft.context)
            draft.note(message.author.label(draft.language) + " · " + when, role: .detailKey)
            draft.paragraph(message.content)
            if !message.attachments.isEmpty {
                files(message.attachments, key: { _ in AttachmentText.attachmentLabel }, into: &draft)
            }
        }

        draft.section(RecordText.related)
        if let orderId = ticket.orderId, !orderId.isEmpty {
            draft.link(.orders, id: orderId)
        } else {
            draft.note(RecordText.noOrderLink, role: .muted)
        }
    }
}
