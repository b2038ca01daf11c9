/// How an action's target is named to the seller in dialogs and the outbox: the order number and buyer first,
/// since that is what a seller recognises.
public enum ActionTarget {
    public static func label(of record: SellerRecord) -> String {
        switch record {
        case .exception(let message):
            "订单 \(message.orderId) · \(message.customerName) · \(message.activity.label)"
        case .supervision(let task):
            "订单 \(task.orderId) · \(task.customerName) · \(task.productName)"
        case .ticket(let ticket):
            "工单 \(ticket.caseId) · \(ticket.customerName) · \(ticket.title)"
        case .order(let order):
            "订单 \(order.orderId) · \(order.buyer.customerName)"
        case .instance(let instance):
            "实例 \(instance.instanceId) · \(instance.customerName)"
        }
    }
}
