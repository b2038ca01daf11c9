import Localization
import SellerCore
import TermUI

/// An outbox item's target as the console shows it. The store keeps the label `ActionTarget.label(of:)` wrote
/// when the action was queued, in Chinese (`订单 CS… · 买家 · 创建实例`); in English the console's own words in it
/// are given back in English: the kind word before an id (订单 → Order) and the activity's label that ends an
/// exception's or a call's label. Names from the marketplace (buyer, product, title) stay as they are: a part is
/// read as `word id` only when the id is one ASCII token.
enum OutboxTargetText {
    static func text(_ item: OutboxItem, _ language: Language) -> String {
        let stored = TextSanitizer.sanitize(item.targetLabel)
        guard language == .en else { return stored }
        var parts = stored.components(separatedBy: " · ").map(englishId)
        let endsWithActivity = item.action.targetKind == .exceptions || item.action.targetKind == .calls
        if let last = parts.indices.last, last > 0, endsWithActivity,
           let activity = Activity.allCases.first(where: { $0.label == parts[last] }) {
            parts[last] = activity.englishLabel
        }
        return parts.joined(separator: " · ")
    }

    /// `订单 CS…` → `Order CS…`; any other part as it is.
    static func englishId(_ part: String) -> String {
        for word in kindWords {
            let prefix = word.zh + " "
            guard part.hasPrefix(prefix) else { continue }
            let id = part.dropFirst(prefix.count)
            guard !id.isEmpty, id.allSatisfy({ $0.isASCII && !$0.isWhitespace }) else { return part }
            return word.en + " " + id
        }
        return part
    }

    static let kindWords = [ActionTarget.Words.order, ActionTarget.Words.ticket, ActionTarget.Words.instance,
                            ActionTarget.Words.call]
}
