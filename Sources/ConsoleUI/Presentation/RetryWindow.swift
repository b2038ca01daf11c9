import SellerCore
import TermUI

/// The time left in an exception's automatic retry window, as the list and the detail pane show it. It matters
/// only while the message is open: past the deadline the seller must restart by hand (failed), in the last half
/// hour it is about to be (warn). For a closed message the window is history, shown as `—`.
enum RetryWindow {
    static let warnMillis: Int64 = 30 * 60_000

    /// `state` is nil when a list row holds a state this build does not know (shown as closed).
    static func timeLeft(state: ExceptionState?, endsAt: Timestamp,
                         context: DisplayContext) -> (text: String, role: StyleRole?) {
        guard let state, state.isOpen else { return (NumberFormat.none, .muted) }
        let text = DurationFormat.remaining(until: endsAt, now: context.now, language: context.language)
        let left = endsAt.millis - context.now.millis
        if left <= 0 { return (text, .statusFailed) }
        return (text, left <= warnMillis ? .statusWarn : nil)
    }
}
