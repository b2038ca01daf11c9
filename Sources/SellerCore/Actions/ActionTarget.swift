/// How an action's target is named to the seller in dialogs and the outbox: the order number and buyer first,
/// since that is what a seller recognises. From the full record, or from its list row before it is loaded.
public enum ActionTarget {
    public static func label(of record: SellerRecord) -> String {
        switch record {
        case .exception(let message): order(message.orderId, message.customerName, message.activity.label)
        case .supervision(let task): order(task.orderId, task.customerName, task.productName)
        case .ticket(let item): ticket(item.caseId, item.customerName, item.title)
        case .order(let order): self.order(order.orderId, order.buyer.customerName, nil)
        case .instance(let instance): "实例 \(instance.instanceId) · \(instance.customerName)"
        }
    }

    public static func label(of row: ListRow) -> String {
        switch row.content {
        case .exception(let r): order(r.orderId, r.customerName, r.activityLabel)
        case .supervision(let r): order(r.orderId, r.customerName, r.productName)
        case .ticket(let r): ticket(r.caseId, r.customerName, r.title)
        case .order(let r): order(r.orderId, r.customerName, nil)
        case .instance(let r): "实例 \(r.instanceId) · \(r.customerName)"
        }
    }

    private static func order(_ orderId: String, _ customer: String, _ detail: String?) -> String {
        "订单 \(orderId) · \(customer)" + (detail.map { " · \($0)" } ?? "")
    }

    private static func ticket(_ caseId: String, _ customer: String, _ title: String) -> String {
        "工单 \(caseId) · \(customer) · \(title)"
    }
}
