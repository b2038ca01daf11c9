import ConsoleUI
import CursesTerminal
import Foundation
import SellerCore
import TermUI
import TestSupport
import Testing

/// Records whose text carries an OSC 52 clipboard write (`ESC ] 52 ; c ; … BEL`), a clear-screen (`ESC [ 2 J`)
/// and a NUL are shown on every tab and detail pane, and every frame is painted through ncurses into a file:
/// none of those bytes may reach the terminal (ARCHITECTURE §8). The terminal type is `screen-256color`, whose own
/// clear is `ESC [ H ESC [ J`, so any `ESC [ 2 J` in the output could only have come from the data.
@Suite struct HostileBytesTests {
    @Test func hostileTextNeverReachesTheTerminal() throws {
        let directory = try TemporaryDirectory("hostile-bytes")
        let storePath = try ConsoleFixtureStore.make(orders: 20, extra: PresentationFixtures.records, in: directory)
        #expect(PresentationFixtures.hostile.contains("\u{1B}]52;c;"))
        let size = Size(width: 160, height: 48)
        let driver = try ConsoleDriver(storePath: storePath, size: size, now: PresentationFixtures.now)
        let outputPath = directory.file("terminal-output")
        let terminal = try CursesTerminal(options: TerminalOptions(
            mode: .headless(size, terminalType: "screen-256color", output: outputPath)))
        var previous: Buffer?
        func paint() {
            let frame = driver.screen
            terminal.paint(frame, previous: previous)
            previous = frame
        }
        paint()
        let targets = ConsoleFixtureStore.fixtureRecords
        var shown = 0
        for (tab, id) in targets {
            driver.press(.char(Character(tab.hotkey)))
            driver.press(.char(":"))
            driver.type("status all")
            driver.press(.enter)
            paint()
            if driver.select(id: id) { shown += 1 }
            paint()
            driver.press(.enter)
            for _ in 0..<6 {
                driver.press(.pageDown)
                paint()
            }
            driver.press(.escape)
        }
        #expect(shown == targets.count)
        terminal.restore()
        let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: outputPath)))
        #expect(bytes.count > 10_000, "nothing was painted")
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(!bytes.contains(0), "a NUL reached the terminal")
        #expect(!bytes.contains(0x07), "a BEL reached the terminal")
        #expect(!text.contains("\u{1B}]"), "an OSC sequence reached the terminal")
        #expect(!text.contains("\u{1B}[2J"), "a clear-screen from the data reached the terminal")
        #expect(text.contains("恶意"), "the hostile record was not on screen")
    }
}
