import Localization
import SellerCore
import TermUI

/// An instance expiry that needs the seller's eye, said in a word and given a role so it never rests on colour
/// alone (issue 13, item 6): already past (已过期), or within 30 days (即将到期). Released instances and ones that
/// never opened need nothing, so they get no mark.
enum ExpiryMark: Hashable, Sendable {
    case expired, expiringSoon

    /// "Soon" is the 30 days Seller Center warns renewals by.
    static let soonMillis: Int64 = 30 * 86_400_000

    init?(expireTime: Timestamp?, status: InstanceStatus?, now: Timestamp) {
        guard let expireTime, let status, status != .released, status != .provisionFailed else { return nil }
        if expireTime.millis <= now.millis {
            self = .expired
        } else if expireTime.millis - now.millis <= ExpiryMark.soonMillis {
            self = .expiringSoon
        } else {
            return nil
        }
    }

    var word: Phrase {
        switch self {
        case .expired: RecordText.expired
        case .expiringSoon: RecordText.expiringSoon
        }
    }

    var role: StyleRole {
        switch self {
        case .expired: .statusFailed
        case .expiringSoon: .statusWarn
        }
    }

    /// What the detail pane adds under 到期时间: the word, then what follows from it.
    var advice: Phrase {
        switch self {
        case .expired: RecordText.expiredAdvice
        case .expiringSoon: RecordText.expiringSoonAdvice
        }
    }

    /// The list cell: the date with its year, then the word when there is one.
    static func cell(_ expireTime: Timestamp?, status: InstanceStatus?, context: DisplayContext) -> ListCell {
        guard let expireTime else { return (NumberFormat.none, nil) }
        let date = LocalTimeFormat.day(expireTime, context: context)
        guard let mark = ExpiryMark(expireTime: expireTime, status: status, now: context.now) else { return (date, nil) }
        return (date + " " + mark.word.text(context.language), mark.role)
    }
}
