@testable import ConsoleUI
import SellerCore
import Testing
import TermUI

/// Marks on the Exceptions tab through `update`: Space marks and moves on, `*` marks the query, R restarts
/// what is marked after a confirmation, and the marks go when the restart is queued or the query changes.
@Suite struct MarksUpdateTests {
    typealias F = UpdateFixtures
    static let ids = ["PM1", "PM2", "PM3"]

    static func exceptions(readOnly: Bool = false, keymap: Keymap = .defaults) throws -> AppState {
        var state = F.started(readOnly: readOnly, keymap: keymap)
        try F.open(.exceptions, rows: F.exceptionRows(ids), in: &state)
        return state
    }

    @Test func spaceMarksAndMovesOnAndRestartQueuesTheMarkedRows() throws {
        var state = try Self.exceptions()
        // The only effects are the detail pane following the selection (issue 13).
        #expect(F.press([.char(" "), .char(" ")], &state).allSatisfy {
            if case .read(.detail) = $0 { true } else { false }
        })
        guard case .rows(let marked) = state.exceptionMarks else {
            Issue.record("no marks: \(state.exceptionMarks)")
            return
        }
        #expect(marked.map(\.id) == ["PM1", "PM2"] && state.tabs[.exceptions]?.window.selected == 2)
        #expect(state.update(.key(.char("R"))) == [])
        let restarts = ["PM1", "PM2"].map { SellerAction.restart(messageId: $0) }
        guard case .confirm(let confirm)? = state.dialog else {
            Issue.record("no confirmation")
            return
        }
        #expect(confirm.operation == .enqueue(restarts) && confirm.focusedButton == 0)
        // Enter on 取消 closes it and keeps the marks.
        #expect(state.update(.key(.enter)) == [])
        #expect(state.dialog == nil && !state.exceptionMarks.isEmpty)
        let effects = F.press([.char("R"), .tab, .enter], &state)
        #expect(effects.first == .enqueue(restarts, at: F.now) && effects.count == 2)
        #expect(state.exceptionMarks == .none && state.dialog == nil)
    }

    @Test func spaceOnAMarkedRowUnmarksItAndEscClearsTheMarks() throws {
        var state = try Self.exceptions()
        _ = F.press([.char(" "), .up, .char(" ")], &state)
        #expect(state.exceptionMarks == .none)
        _ = F.press([.char(" "), .char(" ")], &state)
        #expect(!state.exceptionMarks.isEmpty)
        #expect(state.update(.key(.escape)) == [])
        #expect(state.exceptionMarks == .none)
    }

    @Test func markingAllMatchingKeepsTheQueryAndAChangedQueryClearsIt() throws {
        var state = try Self.exceptions()
        let query = try #require(state.tabs[.exceptions]?.query)
        #expect(state.update(.key(.char("*"))) == [])
        #expect(state.exceptionMarks == .allMatching(query))
        // Space cannot add to "all matching".
        #expect(state.update(.key(.char(" "))) == [])
        #expect(state.exceptionMarks == .allMatching(query) && state.tabs[.exceptions]?.window.selected == 0)
        let effects = F.press([.char("R"), .tab, .enter], &state)
        #expect(effects.first == .enqueueRestarts(matching: query, limit: ExceptionMarks.allMatchingCap, at: F.now))
        #expect(state.exceptionMarks == .none)
        _ = state.update(.key(.char("*")))
        _ = F.press([.char("/"), .char("x"), .enter], &state)   // another filter: another query
        #expect(state.exceptionMarks == .none)
    }

    @Test func readOnlyRefusesEveryActionKeyWithAToast() throws {
        var state = try Self.exceptions(readOnly: true)
        for key in [Key.char(" "), .char("*"), .char("R")] {
            #expect(state.update(.key(key)) == [])
            #expect(state.exceptionMarks == .none && state.dialog == nil)
            #expect(state.toasts.last?.message == ActionsState.readOnlyMessage.zh)
        }
    }

    @Test func aReboundDialogKeyConfirmsAndTheOldOneNoLonger() throws {
        let (keymap, problems) = Keymap.defaults.applying([
            KeyBindingOverride(command: "dialog.accept", keys: "y"),
            KeyBindingOverride(command: "dialog.switch-button", keys: "tab, l"),
        ])
        #expect(problems.isEmpty)
        var state = try Self.exceptions(keymap: keymap)
        _ = F.press([.char("R"), .char("l")], &state)
        #expect(state.update(.key(.enter)) == [])
        guard case .confirm(let confirm)? = state.dialog else {
            Issue.record("Enter closed the dialog although it is no longer bound")
            return
        }
        #expect(confirm.focusedButton == 1)
        // The status bar's hints name the new key.
        let hints = BottomLine.dialogHints(.confirm(confirm), keymap: keymap, language: .zh)
        #expect(hints.map(\.key) == ["Tab", "y", "Esc"] && hints[1].label == "确定")
        let effects = state.update(.key(.char("y")))
        #expect(effects.first == .enqueue([.restart(messageId: "PM1")], at: F.now))
        #expect(state.dialog == nil)
    }
}
