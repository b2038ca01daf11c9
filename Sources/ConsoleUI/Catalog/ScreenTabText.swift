import Localization
import SellerCore

/// The tabs' names in both languages, widest first: the tab bar steps down to a narrower level when the eight
/// tabs with their counts do not fit (80 columns), the list title and the help always use the full name.
enum ScreenTabText {
    static func title(_ tab: ConsoleTab) -> Phrase {
        switch tab {
        case .overview: Phrase(zh: "概览", en: "Overview")
        case .orders: Phrase(zh: "订单", en: "Orders")
        case .instances: Phrase(zh: "实例", en: "Instances")
        case .exceptions: Phrase(zh: "接口异常", en: "Exceptions")
        case .supervision: Phrase(zh: "服务监管", en: "Supervision")
        case .tickets: Phrase(zh: "工单", en: "Tickets")
        case .outbox: Phrase(zh: "队列", en: "Outbox")
        case .calls: Phrase(zh: "调用记录", en: "Calls")
        }
    }

    /// The middle level: the Chinese names are already short; the English ones lose their tails.
    static func middleTitle(_ tab: ConsoleTab) -> Phrase {
        switch tab {
        case .instances: Phrase(zh: "实例", en: "Inst.")
        case .exceptions: Phrase(zh: "接口异常", en: "Except.")
        case .supervision: Phrase(zh: "服务监管", en: "Superv.")
        default: title(tab)
        }
    }

    /// The narrowest level, so the bar shows as many tabs as 80 columns hold (调用 keeps the Chinese bar as it was).
    /// With counts on every tab eight titles would need three columns or fewer each; past that the bar scrolls to
    /// keep the selected tab in view, as the Chinese one does.
    static func shortTitle(_ tab: ConsoleTab) -> Phrase {
        switch tab {
        case .overview: Phrase(zh: "概览", en: "Ovw")
        case .orders: Phrase(zh: "订单", en: "Ord")
        case .instances: Phrase(zh: "实例", en: "Inst")
        case .exceptions: Phrase(zh: "接口异常", en: "Exc")
        case .supervision: Phrase(zh: "服务监管", en: "Sup")
        case .tickets: Phrase(zh: "工单", en: "Tkt")
        case .outbox: Phrase(zh: "队列", en: "Out")
        case .calls: Phrase(zh: "调用", en: "Call")
        }
    }

    /// One record of a kind, before its id in the detail pane's title (`订单 CS…`, `Order CS…`).
    static func record(_ kind: EntityKind) -> Phrase {
        switch kind {
        case .orders: Phrase(zh: "订单", en: "Order")
        case .instances: Phrase(zh: "实例", en: "Instance")
        case .exceptions: Phrase(zh: "接口异常", en: "Exception")
        case .supervision: Phrase(zh: "服务监管", en: "Task")
        case .tickets: Phrase(zh: "工单", en: "Ticket")
        case .calls: Phrase(zh: "调用记录", en: "Call")
        }
    }
}
