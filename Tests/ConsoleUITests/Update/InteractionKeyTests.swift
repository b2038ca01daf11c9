@testable import ConsoleUI
import ListContract
import SellerCore
import Testing
import TermUI

/// Issue 13's key defects through `update`: help scrolls with every scroll key, a rebinding that takes another
/// command's key is reported, `r` offline says why, `--readonly` hints and help offer only what works, and Esc
/// dismisses a toast before it clears the filter.
@Suite struct InteractionKeyTests {
    typealias F = UpdateFixtures

    @Test func helpScrollsWithGEndAndSpaceAndOnlyEscQOrQuestionMarkClose() {
        for closing in [Key.escape, .char("q"), .char("?")] {
            var state = F.started()
            _ = F.press([.char("?")], &state)
            for key in [Key.char("G"), .end, .char("g"), .char(" "), .home, .pageDown] {
                _ = state.update(.key(key))
                guard case .help = state.mode else {
                    Issue.record("\(key.name) closed the help")
                    return
                }
            }
            _ = F.press([.char("G")], &state)
            #expect(state.mode == .help(offset: state.helpMaxOffset) && state.helpMaxOffset > 0)
            _ = F.press([.char(" ")], &state)
            #expect(state.mode == .help(offset: state.helpMaxOffset), "Space past the end stays at the end")
            _ = F.press([.home], &state)
            #expect(state.mode == .help(offset: 0))
            _ = F.press([closing], &state)
            #expect(state.mode == .normal, "\(closing.name) closes the help")
        }
    }

    @Test func aDefaultKeyTakenByABindingIsReportedNamingTheCommandThatLostIt() {
        let (keymap, problems) = Keymap.defaults.applying([KeyBindingOverride(command: "sync", keys: "x, f5", line: 2)])
        #expect(keymap.command(for: .char("x")) == .sync)
        let report = problems.map(\.description)
        #expect(report.count == 1)
        #expect(report.first?.contains("reject-requirement") == true)
        #expect(report.first?.contains("has no key left") == true)
        #expect(report.first?.contains("'reject-requirement = KEY'") == true)
        // The README's example keeps every default of another command: nothing to report.
        #expect(Keymap.defaults.applying([KeyBindingOverride(command: "sync", keys: "f5")]).problems.isEmpty)
        // A key taken from a command that keeps another says which it keeps; naming both commands is no news.
        let partial = Keymap.defaults.applying([KeyBindingOverride(command: "help", keys: "f5")]).problems
        #expect(partial.map(\.description) == ["keys: key 'f5' now runs help instead of sync, which keeps only r; "
            + "give it another with 'sync = KEY' in [keys]"])
        #expect(partial.map { $0.text(.zh) } == ["[keys]：按键 'f5' 现在执行 help，不再执行 sync；sync 只剩 r。"
            + "可在 [keys] 中写 'sync = 按键' 给它另一个"])
        #expect(Keymap.defaults.applying([KeyBindingOverride(command: "sync", keys: "x"),
                                          KeyBindingOverride(command: "reject-requirement", keys: "X")])
            .problems.isEmpty)
        // In a form's contexts too.
        let context = Keymap.defaults.applying([KeyBindingOverride(command: "files.cycle-kind", keys: "x")]).problems
        #expect(context.map(\.description).contains { $0.contains("instead of files.remove-file") })
    }

    @Test func syncWhileOfflineSaysWhyAndWhatToDo() {
        var state = F.started()
        #expect(F.press([.char("r")], &state).isEmpty)
        let toast = state.toasts.last
        #expect(toast?.message.contains("离线") == true)
        #expect(toast?.message.contains("SELLER_CONSOLE_AK") == true, "says what to do: \(toast?.message ?? "")")
    }

    @Test func readOnlyHintsAndHelpOfferNoActions() throws {
        var state = AppState(size: Size(width: 160, height: 48), now: F.now, readOnly: true)
        _ = state.start()
        _ = F.press([.char("4")], &state)
        let hints = BottomLine.hints(state).map(\.label)
        #expect(hints.contains("只读"))
        for action in ["确认", "驳回", "交付"] { #expect(!hints.contains(action), "\(action) in \(hints)") }
        _ = F.press([.char("?")], &state)
        var seen = ""
        for _ in 0..<12 {
            seen += ConsoleScreen.render(state).textDump
            _ = F.press([.pageDown], &state)
        }
        #expect(seen.contains("下一行"))
        #expect(!seen.contains("驳回需求"), "help offers 驳回 under --readonly")
        #expect(!seen.contains("重新启动"), "help offers 重新启动 under --readonly")
    }

    @Test func escDismissesTheNewestToastBeforeItClearsTheFilter() throws {
        var state = F.started()
        _ = F.press([.char("/")], &state)
        _ = F.type("ab", &state)
        _ = F.press([.enter], &state)
        state.showToast("first", kind: .info)
        state.showToast("second", kind: .warn)
        _ = F.press([.escape], &state)
        #expect(state.toasts.map(\.message) == ["first"])
        #expect(state.activeList?.query.filterText == "ab")
        _ = F.press([.escape], &state)
        #expect(state.toasts.isEmpty && state.activeList?.query.filterText == "ab")
        _ = F.press([.escape], &state)
        #expect(state.activeList?.query.filterText == "")
    }
}

/// A burst of keys past the loaded rows waits for the pages it needs instead of being dropped.
@Suite struct KeyBurstTests {
    typealias F = UpdateFixtures

    /// Answers every page request among `effects` with the next 100 rows (more after them), until none is asked.
    static func answerPages(_ effects: [Effect], _ state: inout AppState, loaded: inout Int) {
        var pending = effects
        while let request = pending.lazy.compactMap({ effect -> PageRequest? in
            if case .read(.page(let request)) = effect, request.direction == .below { return request }
            return nil
        }).first {
            pending = state.update(.pageLoaded(request, ListPageResult(rows: F.orderRows(100, from: loaded),
                                                                        hasMore: true)))
            loaded += 100
        }
    }

    @Test func threeHundredDownKeysReachRowThreeHundredOnceThePagesArrive() throws {
        var state = F.started()
        _ = state.update(try F.window(state, .orders, rows: F.orderRows(100), atBottom: false))
        var loaded = 100
        // The whole burst arrives before the store answers anything.
        let effects = F.press(Array(repeating: Key.char("j"), count: 300), &state)
        #expect(state.activeList?.window.selectedIndex == 99)
        Self.answerPages(effects, &state, loaded: &loaded)
        #expect(state.activeList?.window.selectedIndex == 300)
        #expect(state.activeList?.window.selectedRow?.id == "CS100300")
    }

    @Test func keysAfterTheHeldMovesRunInOrderOnceThePageArrives() throws {
        var state = F.started()
        _ = state.update(try F.window(state, .orders, rows: F.orderRows(100), atBottom: false))
        var loaded = 100
        let effects = F.press(Array(repeating: Key.char("j"), count: 120) + [.char("k"), .char("k"), .enter], &state)
        #expect(state.focus == .list, "Enter waits for the moves before it")
        Self.answerPages(effects, &state, loaded: &loaded)
        #expect(state.activeList?.window.selectedIndex == 118)
        #expect(state.focus == .detail)
    }
}

extension KeyBurstTests {
    @Test func heldKeysRunOnWhatIsLoadedWhenThePageNeverComes() throws {
        var state = F.started()
        _ = state.update(try F.window(state, .orders, rows: F.orderRows(100), atBottom: false))
        _ = F.press(Array(repeating: Key.char("j"), count: 150) + [.enter], &state)
        #expect(state.lists.held.isHolding && state.focus == .list)
        _ = state.update(.tick(F.now.adding(seconds: 4)))
        #expect(state.lists.held.isHolding, "still within the bound")
        _ = state.update(.tick(F.now.adding(seconds: 6)))
        #expect(!state.lists.held.isHolding && state.focus == .detail, "the held Enter ran on the loaded rows")
        #expect(state.activeList?.window.selectedIndex == 99)
    }
}
