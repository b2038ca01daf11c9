@testable import ConsoleUI
import SellerCore
import Testing
import TermUI

/// Issue 13: messages built from templates and labels read as written sentences: no character doubled where a
/// template's word meets a label's.
@Suite struct MessageWordingTests {
    typealias F = UpdateFixtures

    /// `D` on a finished outbox item: "#41 已已完成" was the template's 已 before the label's.
    @Test func discardingAFinishedItemDoesNotDoubleACharacter() throws {
        for finished in OutboxState.allCases where finished.isFinished {
            var state = F.started()
            let first = OutboxPageRequest(states: [], beforeId: nil, limit: OutboxListState.pageSize, generation: 1)
            _ = state.update(.key(.char(Character(ConsoleTab.outbox.hotkey))))
            _ = state.update(.outboxPageLoaded(first, [F.outboxItem(41, state: finished)]))
            #expect(state.update(.key(.char("D"))) == [])
            let message = try #require(state.toasts.last?.message)
            #expect(message.contains("#41") && message.contains(finished.label), "\(message)")
            #expect(!Self.hasDoubledCharacter(message), "\(message)")
        }
    }

    /// The same in an English console: one English sentence naming the state in English.
    @Test func discardingAFinishedItemInEnglish() throws {
        var state = F.started()
        state.language = .en
        let first = OutboxPageRequest(states: [], beforeId: nil, limit: OutboxListState.pageSize, generation: 1)
        _ = state.update(.key(.char(Character(ConsoleTab.outbox.hotkey))))
        _ = state.update(.outboxPageLoaded(first, [F.outboxItem(41, state: .done)]))
        #expect(state.update(.key(.char("D"))) == [])
        #expect(state.toasts.last?.message == "#41 is already done; there is nothing to discard.")
    }

    /// A Han character written twice in a row, the mark of a template word repeated by the label after it.
    static func hasDoubledCharacter(_ text: String) -> Bool {
        zip(text, text.dropFirst()).contains { a, b in
            a == b && a.unicodeScalars.allSatisfy { $0.properties.isIdeographic }
        }
    }
}
