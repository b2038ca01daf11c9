import Localization
import SellerCore
import TermUI

/// What presenting a record needs besides the record: the current time (for "days idle" and "time left in the
/// retry window"), the local UTC offset (the wire is UTC, the screen shows local time) and the width policy of
/// the terminal. Passed in rather than read from the clock so screens are pure and golden tests are stable.
public struct DisplayContext: Hashable, Sendable {
    public var now: Timestamp
    public var utcOffsetSeconds: Int
    public var policy: WidthPolicy
    /// The language every phrase on screen is shown in.
    public var language: Language
    /// The profile's Seller Center routes: the detail shows the record's address (nil: none).
    public var sellerCenter: SellerCenterLinks?

    public init(now: Timestamp, utcOffsetSeconds: Int = 8 * 3600, policy: WidthPolicy = .default,
                language: Language = .zh) {
        self.now = now
        self.utcOffsetSeconds = utcOffsetSeconds
        self.policy = policy
        self.language = language
    }
}
