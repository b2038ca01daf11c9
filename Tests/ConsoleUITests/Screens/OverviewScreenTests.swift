import ConsoleUI
import ListContract
import Localization
import SellerCore
import SellerStore
import TermUI
import TestSupport
import Testing

/// The 概览 Overview tab as golden screens (issue 13): 80x24 in two columns, 160x48 in one with the English
/// labels and destinations; the role mask shows urgent counts in a role and with a word, zero lines dimmed.
@Suite struct OverviewScreenTests {
    static let sizes = [Size(width: 80, height: 24), Size(width: 160, height: 48)]

    let directory: TemporaryDirectory
    let storePath: String

    init() throws {
        directory = try TemporaryDirectory("overview-screens")
        storePath = try ConsoleFixtureStore.make(orders: 300, extra: PresentationFixtures.records, in: directory)
        // A sync five minutes ago, for the title's 上次同步.
        let store = try LocalStore(path: storePath)
        try store.write { try store.setSyncCursor(.orders, token: nil, at: ConsoleDriver.now.adding(seconds: -300)) }
        try store.close()
    }

    func driver(_ size: Size) throws -> ConsoleDriver {
        try ConsoleDriver(storePath: storePath, size: size, startTab: .overview)
    }

    @Test(arguments: sizes)
    func theOverviewFitsAndUsesTheRoom(size: Size) throws {
        let driver = try driver(size)
        #expect(driver.state.activeTab == .overview)
        let counts = try #require(driver.state.overview.counts)
        #expect(counts.totals[.orders] == 300 + 1)
        PresentationSnapshot.expect(driver.screen, "overview-\(size.width)x\(size.height)", suite: "Overview",
                                    includeRoles: true)
        // Every line is on screen, whatever the size.
        let text = driver.screenText
        for line in OverviewLine.all {
            #expect(text.contains(String(line.label.zh.prefix(4))), "\(line.item) at \(size.width)x\(size.height)")
        }
        driver.press(.char("G"))
        #expect(driver.state.overview.selectedLine.item == .syncProblems)
        PresentationSnapshot.expect(driver.screen, "overview-last-\(size.width)x\(size.height)", suite: "Overview")
    }

    @Test func zeroLinesStayDimmedAndUrgentOnesCarryAWord() {
        let line = OverviewLine(.windowClosed)
        #expect(line.urgency(0).0 == .none && line.urgency(0).word == nil)
        #expect(line.urgency(2).0 == .urgent && line.urgency(2).word == Phrase(zh: "紧急", en: "now!"))
        let threshold = OverviewLine(.unsubscribedThisMonth)
        #expect(threshold.urgency(4).0 == .none)
        #expect(threshold.urgency(5).0 == .notice && threshold.urgency(5).word?.zh == "达限")
        #expect(threshold.urgency(6).0 == .urgent && threshold.urgency(6).word?.zh == "超限")
    }
}
