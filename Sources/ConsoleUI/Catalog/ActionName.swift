import Localization
import SellerCore

/// Actions by name, as buttons, dialog titles and the 队列 (Outbox) tab show them: Seller Center's Chinese words,
/// and a short English imperative (`ActionKind.englishLabel` is the verb phrase a sentence uses instead).
public enum ActionName {
    public static func of(_ kind: ActionKind) -> Phrase {
        Phrase(zh: kind.label, en: english(kind))
    }

    static func english(_ kind: ActionKind) -> String {
        switch kind {
        case .restart: "Restart"
        case .confirmRequirement: "Confirm requirement"
        case .rejectRequirement: "Reject requirement"
        case .deliver: "Deliver"
        case .acceptTicket: "Accept ticket"
        case .replyTicket: "Reply"
        case .resolveTicket: "Resolve"
        case .replayMessage, .replayCall: "Replay"
        case .deliverLicense: "Deliver license"
        }
    }

    /// Shown where an outbox item's stored payload cannot be read.
    public static let unreadable = Phrase(zh: "无法读取", en: "Unreadable")
}
