@testable import ConsoleRuntime
import ConsoleUI
import Foundation
import Localization
import ListContract
import SellerCore
import SellerStore
import Sync
import TermUI
import TestSupport
import Testing

/// Issue 14 item 1: the console speaks one language at a time. Over a store whose marketplace data is ASCII only,
/// a scripted session visits every tab, the detail of its first rows (page by page), every action dialog and
/// form, the choosers, help, the `:` and `/` lines and the common toasts; in English no rendered screen may hold
/// a Han character (or CJK punctuation), and in Chinese none may hold an English sentence.
@Suite(.serialized) struct LanguageSweepTests {
    let directory: TemporaryDirectory
    let storePath: String

    init() throws {
        directory = try TemporaryDirectory("language-sweep")
        storePath = try AsciiFixtureStore.make(orders: 200, in: directory)
    }

    @Test func anEnglishConsoleShowsNoChinese() async throws {
        let storePath = storePath
        let (screens, dialogs) = try await offThePool { try Self.sweep(.en, storePath: storePath) }
        // The walk reached every dialog and form, or the test would pass without looking.
        #expect(dialogs.isSuperset(of: Self.everyDialog), "reached only \(dialogs.sorted())")
        let found = screens.flatMap { place, text in
            text.split(separator: "\n").filter { $0.unicodeScalars.contains(where: Self.isChinese) }
                .map { "\(place): \($0)" }
        }
        for line in Self.distinct(found).prefix(40) { Issue.record("Chinese in English: \(line)") }
        #expect(found.count == 0)
    }

    @Test func aChineseConsoleShowsNoEnglishSentence() async throws {
        let storePath = storePath
        let (screens, dialogs) = try await offThePool { try Self.sweep(.zh, storePath: storePath) }
        #expect(dialogs.isSuperset(of: Self.everyDialog), "reached only \(dialogs.sorted())")
        let found = screens.flatMap { place, text in
            text.split(separator: "\n").compactMap { line in
                Self.englishSentence(in: String(line)).map { "\(place): \($0) in \(line)" }
            }
        }
        for line in Self.distinct(found).prefix(40) { Issue.record("English in Chinese: \(line)") }
        #expect(found.count == 0)
    }

    // MARK: - The session

    static let everyDialog: Set = ["confirm", "deliver", "form reject", "form reply", "form resolve", "form license"]

    /// The dialog showing, by kind (`form reply`), for the coverage check.
    static func kind(of dialog: ActionDialog) -> String {
        switch dialog {
        case .confirm: "confirm"
        case .deliver: "deliver"
        case .form(let form): "form " + String(describing: form.kind).prefix { $0 != "(" }
        }
    }

    /// Every screen the session rendered, each with where it was taken (equal screens kept once), and the kinds
    /// of dialog it reached.
    static func sweep(_ language: Language, storePath: String) throws
        -> (screens: [(String, String)], dialogs: Set<String>) {
        let workspace = try TemporaryDirectory("language-sweep-files")
        try Data("ascii\n".utf8).write(to: URL(fileURLWithPath: workspace.file("license.txt")))
        let driver = try ConsoleDriver(storePath: storePath, size: Size(width: 140, height: 40),
                                       workingDirectory: workspace.path, startTab: .overview, language: language)
        var screens: [(String, String)] = []
        var seen = Set<String>()
        var dialogs = Set<String>()
        func look(_ place: String) {
            if let dialog = driver.state.dialog { dialogs.insert(Self.kind(of: dialog)) }
            let text = driver.screenText
            if seen.insert(text).inserted { screens.append((place, text)) }
        }
        func settle() {
            for _ in 0..<4 where driver.state.dialog != nil || driver.state.mode != .normal {
                driver.press(.escape)
            }
            driver.press(.escape, .escape)
        }
        look("overview")
        driver.press(.char("?"))
        look("help")
        for page in 0..<6 { driver.press(.pageDown); look("help page \(page)") }
        settle()
        driver.press(.char(":"))
        look(": line")
        driver.type("no-such-command")
        look(": typed")
        driver.press(.enter)
        look(": unknown command")
        settle()
        driver.press(.char(":"))
        driver.type("s")
        driver.press(.tab)
        look(": completion")
        settle()
        for line in ["problems", "status nosuch", "sort nosuch", "goto nosuch", "goto", "theme", "view", "view nosuch",
                     "export", "save", "filter amount:>x"] {
            driver.press(.char(":"))
            driver.type(line)
            driver.press(.enter)
            look(": \(line)")
            settle()
        }
        for tab in ConsoleTab.allCases {
            let name = "\(tab)"
            driver.press(.char(Character(tab.hotkey)))
            look(name)
            driver.press(.char("/"))
            look("\(name) /")
            driver.type("nosuchfield:x")
            driver.press(.enter)
            look("\(name) / refused")
            settle()
            for key in ["s", "S", "f", "Y", "y", "v", "o", "r", "*", " "] {
                driver.press(.char(Character(key)))
                look("\(name) key \(key)")
                settle()
            }
            for row in 0..<6 {
                if row > 0 { driver.press(.down) }
                look("\(name) row \(row)")
                driver.press(.enter)
                look("\(name) row \(row) detail")
                for page in 0..<8 { driver.press(.pageDown); look("\(name) row \(row) detail page \(page)") }
                driver.press(.char("]"))
                look("\(name) row \(row) link")
                settle()
                for key in ["R", "c", "x", "d", "a", "m", "C", "D", "Y", "s"] {
                    driver.press(.char(Character(key)))
                    look("\(name) row \(row) key \(key)")
                    driver.press(.tab)
                    look("\(name) row \(row) key \(key) tab")
                    settle()
                }
            }
            driver.press(.char("g"))
        }
        // A record where each form applies, found by id: deliver on a task being implemented, reply and resolve
        // on a ticket in progress.
        let store = try LocalStore(path: storePath, readOnly: true)
        let deliverable: [ListStatus] = [.supervision(.sellerImplementing), .supervision(.sellerUploadProof),
                                         .supervision(.sellerDelivering)]
        let implementing = try store.page(StoreListQuery(kind: .supervision, statuses: deliverable, limit: 1))
            .rows.first?.id
        let inProgress = try store.page(StoreListQuery(kind: .tickets, statuses: [.ticket(.inProgress)], limit: 1))
            .rows.first?.id
        let toConfirm = try store.page(StoreListQuery(kind: .supervision, statuses: [.supervision(.waitSellerConfirm)],
                                                      limit: 1)).rows.first?.id
        try store.close()
        #expect(implementing != nil && inProgress != nil && toConfirm != nil, "the fixture has a row for each form")
        for (id, keys) in [(implementing, ["d"]), (inProgress, ["m", "C"]), (toConfirm, ["x", "c"])] {
            guard let id else { continue }
            for key in keys {
                driver.press(.char(":"))
                driver.type("goto " + id)
                driver.press(.enter)
                driver.press(.char(Character(key)))
                look("\(id) key \(key)")
                for _ in 0..<4 { driver.press(.tab); look("\(id) key \(key) field") }
                if driver.state.dialog == nil { Issue.record("\(key) on \(id): \(driver.toast ?? "no dialog")") }
                settle()
            }
        }
        // The relay's records: the journal message (found by id) and each call, with their actions.
        for id in [PresentationFixtures.journalMessageId, PresentationFixtures.callId,
                   PresentationFixtures.replayCallId, PresentationFixtures.licenseCallId] {
            driver.press(.char(":"))
            driver.type("goto " + id)
            driver.press(.enter)
            look("goto \(id)")
            for page in 0..<8 { driver.press(.pageDown); look("\(id) detail page \(page)") }
            for key in ["d", "R", "Y", "o"] {
                driver.press(.char(":"))
                driver.type("goto " + id)
                driver.press(.enter)
                driver.press(.char(Character(key)))
                look("\(id) key \(key)")
                if id == PresentationFixtures.licenseCallId, key == "d", driver.state.dialog == nil {
                    Issue.record("d on the license call: \(driver.toast ?? "no dialog")")
                }
                driver.press(.tab)
                look("\(id) key \(key) tab")
                settle()
            }
        }
        // An action enqueued, so the outbox and the quit question have something to say.
        driver.press(.char(Character(ConsoleTab.exceptions.hotkey)))
        for _ in 0..<10 where driver.state.dialog == nil {
            driver.press(.char("R"))
            if driver.state.dialog == nil { driver.press(.down) }
        }
        driver.press(.enter)
        look("restart enqueued")
        driver.press(.char(Character(ConsoleTab.outbox.hotkey)))
        look("outbox with an action")
        driver.press(.enter)
        look("outbox detail")
        settle()
        driver.press(.char("D"))
        look("outbox discard")
        settle()
        driver.press(.char("q"))
        look("quit question")
        settle()
        // The toasts that answer the runtime, worded as the runtime words them.
        let restart = ActionFailure(.restartFailed, httpStatus: 200, errorCode: "000005", message: "resultCode=000005")
        driver.send(.outboxActionFailed(id: 1, reason: OutboxErrorText.reason(restart, stored: "x")?.text(language) ?? ""))
        look("failed action toast")
        let refused = SyncError.client(.orders, .authentication(status: 401, code: "APIGW.0301", message: "MISMATCH"))
        driver.send(.syncFinished(SyncReport(finishedAt: ConsoleDriver.now, changed: 0, rejected: 0,
                                             error: SyncFailure(refused))))
        look("sync failed toast")
        driver.send(.syncFinished(SyncReport(finishedAt: ConsoleDriver.now, changed: 3, rejected: 2, error: nil)))
        look("sync rejected toast")
        driver.resize(to: Size(width: 80, height: 24))
        for tab in ConsoleTab.allCases {
            driver.press(.char(Character(tab.hotkey)))
            look("narrow \(tab)")
        }
        return (screens, dialogs)
    }

    // MARK: - What counts as the wrong language

    /// Han ideographs and the CJK and full-width punctuation that only Chinese text uses.
    static func isChinese(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x3000...0x303F, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0xFF01...0xFF60: true
        default: false
        }
    }

    /// Words a Chinese screen shows that are not English prose: the `:` line's verbs (typed as they are, and
    /// listed side by side when the line completes them).
    static let allowed = Set(LineCommand.verbs)

    /// System words a Chinese screen quotes as they came, like a file name: libcurl's own error text under
    /// 传输错误 (the fixture's replay timed out).
    static let quoted = ["Operation timed out after"]

    /// Two or more whole lowercase English words in a row, not all of them allowed: a sentence or phrase, where a
    /// Chinese screen may show only single key names, ids, units and data.
    static func englishSentence(in line: String) -> String? {
        let sentence = /\b[a-z]{2,}(?: [a-z]{2,})+\b/
        let line = quoted.reduce(line) { $0.replacingOccurrences(of: $1, with: "") }
        for match in line.matches(of: sentence) {
            let words = match.output.split(separator: " ").map(String.init)
            if !words.allSatisfy(allowed.contains) { return String(match.output) }
        }
        return nil
    }

    static func distinct(_ lines: [String]) -> [String] {
        var seen = Set<String>()
        return lines.filter { seen.insert(String($0.drop { $0 != ":" })).inserted }
    }
}
