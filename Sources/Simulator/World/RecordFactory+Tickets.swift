import SellerCore

extension RecordFactory {
    /// The seeded ticket `index` about order `25·index + 11`, with a conversation that fits its status.
    func ticket(_ index: Int) -> Ticket {
        var random = random(.ticket, index)
        let orderIndex = OrderRole.orderIndex(ofTicket: index)
        let order = order(orderIndex, status: .completed)
        let latest = epoch.adding(seconds: -3600)
        var clock = min(order.createTime.adding(seconds: Int64(random.int(3600...(20 * 86_400)))), latest)
        let created = clock
        let status: TicketStatus = random.pick(weighted: [
            (.pendingAccept, 20), (.inProgress, 25), (.waitingCustomer, 15), (.waitingConfirm, 10), (.done, 20),
            (.withdrawn, 7), (.invalid, 3),
        ])
        var messages = [TicketMessage(messageId: "\(index)-1", author: .customer,
                                      content: random.pick(NamePools.customerMessages), createTime: clock)]
        let replies = status == .pendingAccept ? random.int(0...1) : random.int(1...4)
        for reply in 0..<replies {
            clock = min(clock.adding(seconds: Int64(random.int(600...86_400))), latest)
            let author: TicketAuthor = status == .pendingAccept || reply % 2 == 1 ? .customer : .seller
            let pool = author == .customer ? NamePools.customerMessages : NamePools.sellerMessages
            messages.append(TicketMessage(messageId: "\(index)-\(messages.count + 1)", author: author,
                                          content: random.pick(pool), createTime: clock))
        }
        let resolved = status == .waitingConfirm || status == .done
        return Ticket(
            caseId: RecordID.ticketId(index: index, created: created), orderId: order.orderId,
            productId: order.lines[0].productId, productName: order.productName, customerId: order.buyer.customerId,
            customerName: order.buyer.customerName, assignee: random.chance(0.8) ? "主账号" : "子账号 ops_\(random.hex(4))",
            title: random.pick(NamePools.ticketTitles), status: status, createTime: created, messages: messages,
            cause: resolved ? "开通流程中账号同步任务失败" : nil,
            solution: resolved ? "已修复同步任务并为客户重新同步账号,客户验证可正常登录" : nil,
            updatedAt: baseUpdatedAt(index, of: .tickets))
    }
}
