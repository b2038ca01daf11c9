@testable import ConsoleRuntime
import ConsoleUI
import CursesTerminal
import SellerCore
import SellerStore
import TermUI
import TestSupport
import Testing

/// The one effect pipeline (issue 10 §1): one router, one loop for the live and the headless console, the
/// sender woken and themes loaded by effects that `update` returns.
@Suite struct EffectPipelineTests {
    @Test func theRouterSendsEachEffectToItsOwnExecutorOnly() {
        var routed: [String] = []
        let router = EffectRouter(
            read: { _ in routed.append("read") }, write: { _ in routed.append("write") },
            file: { _ in routed.append("file") }, sync: { _ in routed.append("sync") },
            sender: { _ in routed.append("sender") }, theme: { _ in routed.append("theme") },
            log: { _ in routed.append("log") })
        let now = Timestamp(millis: 0)
        router.route([.loadOutboxCount, .retryOutboxItem(id: 1, at: now), .measureFile("/x"), .startSync,
                      .wakeSender, .applyTheme("dark"), .log("line"), .loadUploads])
        #expect(routed == ["read", "write", "file", "sync", "sender", "theme", "log", "read"])
    }

    @Test func theHeadlessConsoleRunsTheLoopAndPaintsThroughItsTerminal() throws {
        let directory = try TemporaryDirectory("pipeline")
        let storePath = try ActionFixtures.store(orders: 30, in: directory)
        let driver = try ConsoleDriver(storePath: storePath, size: Size(width: 100, height: 30))
        let terminal = driver.console.terminal
        #expect(terminal.frameCount >= 1)
        #expect(terminal.lastFrame == driver.screen, "the loop painted the state's screen")
        #expect(terminal.cursor == nil)
        driver.press(.char("/"))
        #expect(terminal.cursor != nil, "the filter prompt shows the caret")
        #expect(terminal.lastFrame == driver.screen)
        let frames = terminal.frameCount
        driver.press(.ctrl("l"))
        #expect(terminal.repaintCount == 1)
        #expect(terminal.frameCount == frames + 1, "Ctrl-L repaints without going through update")
        #expect(driver.console.readCount > 0)
    }

    @Test func queuingAnActionWakesTheSenderThroughAnEffect() throws {
        let directory = try TemporaryDirectory("pipeline-wake")
        let storePath = try ActionFixtures.store(orders: 30, in: directory)
        let driver = try ConsoleDriver(storePath: storePath, size: Size(width: 120, height: 40))
        #expect(!driver.otherEffects.contains(.wakeSender))
        driver.press(.char(Character(ConsoleTab.exceptions.hotkey)), .char(":"))
        driver.type("status all")
        driver.press(.enter)
        #expect(driver.select(id: ActionFixtures.exhaustedId))
        driver.press(.char("R"), .tab, .enter)
        #expect(driver.otherEffects.contains(.wakeSender))
    }

    @Test func aLoadedThemeIsAppliedByUpdateAndItsPaletteGoesOutAsAnEffect() {
        var state = AppState(size: Size(width: 80, height: 24), now: Timestamp(millis: 0), utcOffsetSeconds: 0)
        let styles = Theme.monochrome.styles
        let effects = state.update(.themeLoaded(LoadedTheme(name: "mono", styles: styles, warning: nil)))
        #expect(effects == [.theme(.usePalette(styles))])
        #expect(state.themeName == "mono")
        _ = state.update(.themeLoaded(LoadedTheme(name: "default", styles: [:], warning: "broken.theme:3: oops")))
        #expect(state.toasts.last?.message == "broken.theme:3: oops")
    }

    @Test func theThemeExecutorAnswersALoadAndSetsThePalette() {
        let inbox = Inbox()
        let terminal = ScriptedTerminal(size: Size(width: 80, height: 24))
        let themes = ThemeSwitcher(directories: [], noColor: false, language: .zh)
        themes.perform(.load("mono"), inbox: inbox, terminal: terminal)
        #expect(inbox.drain() == [.themeLoaded(LoadedTheme(name: "mono", styles: Theme.monochrome.styles,
                                                           warning: nil))])
        themes.perform(.load("no-such-theme"), inbox: inbox, terminal: terminal)
        guard case .themeLoaded(let fallback)? = inbox.drain().first else {
            Issue.record("a missing theme is answered too")
            return
        }
        #expect(fallback.name == "default" && fallback.warning?.contains("no-such-theme") == true)
        #expect(terminal.palette == nil)
        themes.perform(.usePalette(Theme.monochrome.styles), inbox: inbox, terminal: terminal)
        #expect(terminal.palette == TerminalPalette(Theme.monochrome.styles))
        #expect(inbox.drain().isEmpty)
    }

    @Test func theLiveLoopTicksByItsClock() {
        var millis: Int64 = 0
        let inbox = Inbox()
        let router = EffectRouter(read: { _ in }, write: { _ in }, file: { _ in }, sync: { _ in }, sender: { _ in },
                                  theme: { _ in }, log: { _ in })
        let state = AppState(size: Size(width: 80, height: 24), now: Timestamp(millis: 0), utcOffsetSeconds: 0)
        let loop = ConsoleLoop(state: state, terminal: ScriptedTerminal(size: state.size), inbox: inbox,
                               router: router, clock: { Timestamp(millis: millis) }, tickMilliseconds: 250)
        #expect(!loop.step(), "no time has passed")
        millis = 300
        #expect(loop.step())
        #expect(loop.state.now == Timestamp(millis: 300))
        #expect(!loop.step())
    }
}
