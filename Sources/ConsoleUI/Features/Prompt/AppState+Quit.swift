import Localization
import SellerCore

// Quitting with work pending (issue 13 item 7).
extension AppState {
    /// `q`: quits at once when the outbox's count (read at start and after every outbox change) says nothing is
    /// unfinished, or was never read; otherwise asks the store what a quit would leave exactly.
    mutating func requestQuit() -> [Effect] {
        if (outboxActivity.count ?? 0) == 0 {
            quitting = true
            return []
        }
        return [.read(.pendingWork)]
    }

    /// What a quit leaves: nothing quits; anything asks first (`y` quits, any other key stays).
    mutating func receivePendingWork(_ work: PendingWork) {
        guard work.unsent > 0 else {
            quitting = true
            return
        }
        prompt.askQuit(QuitQuestion(work))
    }
}

/// The question a quit with unsent actions asks, whole in each language, on the bottom line.
public struct QuitQuestion: Hashable, Sendable {
    public var text: Phrase

    init(_ work: PendingWork) {
        text = ScreenMessageText.quitQuestion(unsent: work.unsent, inFlight: work.inFlight)
    }
}
