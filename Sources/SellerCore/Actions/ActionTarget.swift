/// How an action's target is named to the seller in dialogs and the outbox: the order number and buyer first,
/// since that is what a seller recognises. From the full record here, from a list row in ListContract.
public enum ActionTarget {
    public static func label(of record: SellerRecord) -> String {
        switch record {
        case .exception(let message): order(message.orderId, message.customerName, message.activity.label)
        case .supervision(let task): order(task.orderId, task.customerName, task.productName)
        case .ticket(let item): ticket(item.caseId, item.customerName, item.title)
        case .order(let order): self.order(order.orderId, order.buyer.customerName, nil)
        case .instance(let instance): "实例 \(instance.instanceId) · \(instance.customerName)"
        case .call(let call): self.call(call.callId, call.arrival.orderId, call.arrival.activity)
        }
    }

    /// An order's target label: number, buyer, and what the action is about. Also used for list rows.
    public static func order(_ orderId: String, _ customer: String, _ detail: String?) -> String {
        "订单 \(orderId) · \(customer)" + (detail.map { " · \($0)" } ?? "")
    }

    /// A journalled call's target label: call id, order, activity.
    public static func call(_ callId: String, _ orderId: String?, _ activity: String?) -> String {
        let label = activity.map { Activity(rawValue: $0)?.label ?? $0 }
        return (["调用 \(callId)", orderId.map { "订单 \($0)" }, label].compactMap { $0 }).joined(separator: " · ")
    }

    /// A ticket's target label: case number, buyer, title.
    public static func ticket(_ caseId: String, _ customer: String, _ title: String) -> String {
        "工单 \(caseId) · \(customer) · \(title)"
    }
}
