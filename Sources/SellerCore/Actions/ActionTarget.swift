import Localization

/// How an action's target is named to the seller in dialogs and the outbox: the order number and buyer first,
/// since that is what a seller recognises. From the full record here, from a list row in ListContract. The
/// outbox stores the Chinese label (`label(of:)`), the marketplace's language; dialogs name it in the console's.
public enum ActionTarget {
    public static func label(of record: SellerRecord) -> String { label(of: record, language: .zh) }

    public static func label(of record: SellerRecord, language: Language) -> String {
        switch record {
        case .exception(let message):
            order(message.orderId, message.customerName, message.activity.label(language), language: language)
        case .supervision(let task): order(task.orderId, task.customerName, task.productName, language: language)
        case .ticket(let item): ticket(item.caseId, item.customerName, item.title, language: language)
        case .order(let order): self.order(order.orderId, order.buyer.customerName, nil, language: language)
        case .instance(let instance): instanceLabel(instance.instanceId, instance.customerName, language: language)
        case .call(let call): self.call(call.callId, call.arrival.orderId, call.arrival.activity, language: language)
        }
    }

    /// An order's target label: number, buyer, and what the action is about. Also used for list rows.
    public static func order(_ orderId: String, _ customer: String, _ detail: String?,
                             language: Language = .zh) -> String {
        Words.order.text(language) + " \(orderId) · \(customer)" + (detail.map { " · \($0)" } ?? "")
    }

    /// A journalled call's target label: call id, order, activity.
    public static func call(_ callId: String, _ orderId: String?, _ activity: String?,
                            language: Language = .zh) -> String {
        let label = activity.map { Activity(rawValue: $0)?.label(language) ?? $0 }
        let parts = [Words.call.text(language) + " \(callId)", orderId.map { Words.order.text(language) + " \($0)" }, label]
        return parts.compactMap { $0 }.joined(separator: " · ")
    }

    /// A ticket's target label: case number, buyer, title.
    public static func ticket(_ caseId: String, _ customer: String, _ title: String,
                              language: Language = .zh) -> String {
        Words.ticket.text(language) + " \(caseId) · \(customer) · \(title)"
    }

    /// An instance's target label: id and buyer.
    public static func instanceLabel(_ instanceId: String, _ customer: String, language: Language = .zh) -> String {
        Words.instance.text(language) + " \(instanceId) · \(customer)"
    }

    /// The words that name each kind of target before its id.
    public enum Words {
        public static let order = Phrase(zh: "订单", en: "Order")
        public static let call = Phrase(zh: "调用", en: "Call")
        public static let ticket = Phrase(zh: "工单", en: "Ticket")
        public static let instance = Phrase(zh: "实例", en: "Instance")
        public static let message = Phrase(zh: "消息", en: "Message")
        public static let task = Phrase(zh: "任务", en: "Task")
    }
}
