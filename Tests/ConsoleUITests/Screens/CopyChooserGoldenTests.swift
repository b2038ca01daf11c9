import ConsoleUI
import Localization
import TermUI
import Testing

/// The `Y` chooser and its reveal question at 80x24, in both languages, and the detail's Seller Center line.
@Suite struct CopyChooserGoldenTests {
    @Test(arguments: Language.allCases)
    func chooserAndRevealQuestion(language: Language) throws {
        let harness = try ClipboardHarness(language: language, size: Size(width: 80, height: 24))
        harness.show(tab: "2", id: PresentationFixtures.instanceId)
        harness.press(.char("Y"))
        let chooser = ConsoleScreen.render(harness.state)
        PresentationSnapshot.expect(chooser, "chooser-\(language.rawValue)", suite: "Clipboard")
        harness.press(.char("G"), .enter)
        let reveal = ConsoleScreen.render(harness.state)
        PresentationSnapshot.expect(reveal, "reveal-\(language.rawValue)", suite: "Clipboard")
        #expect(!reveal.textDump.contains(PresentationFixtures.appPassword))
    }

    @Test func theDetailShowsTheSellerCenterAddress() throws {
        let harness = try ClipboardHarness(sellerCenter: SellerCenterLinks(site: .cn),
                                           size: Size(width: 80, height: 24))
        harness.show(tab: "3", id: PresentationFixtures.messageId)
        harness.press(.enter)
        PresentationSnapshot.expect(ConsoleScreen.render(harness.state), "exception-link-zh", suite: "Clipboard")
    }
}
