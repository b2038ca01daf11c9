import Localization
import SellerCore
import Sync

/// The line a replay's report ends with, in the command's language (`ReplayWindow.Verdict` is the fact).
enum ReplayWindowText {
    static func phrase(_ verdict: ReplayWindow.Verdict, messageId: String) -> Phrase {
        switch verdict {
        case .recovered:
            Phrase(zh: "消息 \(messageId) 已恢复：无需再在卖家中心操作。",
                   en: "Message \(messageId) is recovered: nothing more is needed in Seller Center.")
        case .retrying(let until):
            Phrase(zh: "消息 \(messageId)：云商店会在 \(until) 之前自行重试（重试窗口未关闭）。",
                   en: "Message \(messageId): the marketplace will still retry it by itself until \(until) "
                       + "(its retry window is open).")
        case .closed:
            Phrase(zh: "消息 \(messageId)：重试窗口已关闭；请在卖家中心（生产接口消息）点击重新启动，让云商店再次调用。",
                   en: "Message \(messageId): its retry window has closed; press Restart on it in Seller Center "
                       + "(production interface messages) for the marketplace to call again.")
        }
    }
}
