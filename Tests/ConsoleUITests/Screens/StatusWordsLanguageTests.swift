@testable import ConsoleUI
import ListContract
import Localization
import SellerCore
import TermUI
import Testing

/// The bottom line's words that the fixture screens do not reach (a running sync, the relay's figures, the
/// quit question), in both languages: whole in one language each, and short enough for 80 columns.
@Suite struct StatusWordsLanguageTests {
    static let now = Timestamp(koogallery: "20261123100000") ?? Timestamp(millis: 0)

    @Test func theRelaysFiguresInEachLanguage() {
        let activity = RelayActivity(relays: 1, callsLastMinute: 42, failuresLastMinute: 3,
                                     lastCallAt: Self.now, lostWrites: 2, journalled: 100)
        let offset = 8 * 3600
        #expect(BottomLine.relayText(activity, offset: offset, compact: true)(.zh) == "中继42/分 失败3 18:00:00 丢失2")
        #expect(BottomLine.relayText(activity, offset: offset, compact: true)(.en)
                == "relay 42/min 3 failed 18:00:00 lost 2")
        #expect(BottomLine.relayText(activity, offset: offset)(.en)
                == "relay 42 calls/min 3 failed last 18:00:00 lost writes 2")
    }

    @Test func aRunningSyncAndItsEndInEachLanguage() {
        for (language, running, indexing, done) in [
            (Language.zh, "同步中 订单 120/1,000", "同步中 订单 建立索引", "✓ 已同步"),
            (.en, "syncing Orders 120/1,000", "syncing Orders: building indexes", "✓ synced"),
        ] {
            var state = AppState(size: Size(width: 80, height: 24), now: Self.now, syncAvailable: true,
                                 language: language)
            _ = state.update(.key(.char("r")))
            _ = state.update(.syncProgress(kind: .orders, received: 120, total: 1000))
            #expect(BottomLine.syncText(state).0.hasSuffix(running), "\(BottomLine.syncText(state).0)")
            _ = state.update(.syncProgress(kind: .orders, received: 1000, total: 1000, indexing: true))
            #expect(BottomLine.syncText(state).0.hasSuffix(indexing), "\(BottomLine.syncText(state).0)")
            _ = state.update(.syncFinished(SyncReport(finishedAt: Self.now, changed: 1, rejected: 0, error: nil)))
            #expect(BottomLine.syncText(state).0.hasPrefix(done), "\(BottomLine.syncText(state).0)")
        }
    }

    @Test func theHelpHasNoMixedLines() {
        for language in Language.allCases {
            let state = AppState(size: Size(width: 80, height: 24), now: Self.now, language: language)
            for group in state.helpGroups {
                for text in [group.title] + group.entries.map(\.description) {
                    let han = text.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) }
                    let latinWords = text.split { !$0.isASCII || !$0.isLetter }.filter { $0.count > 3 }
                    if language == .en {
                        // Chinese only as a quoted marketplace term or example (创建实例 in the filter syntax).
                        #expect(!han || text.contains("创建实例") || text.contains("异步"), "\(text)")
                    } else {
                        #expect(han, "\(text)")
                        #expect(latinWords.allSatisfy { ["License", "filter", "getLicenseAsync", "newInstance", "yyyy"]
                            .contains(String($0)) }, "\(text)")
                    }
                }
            }
        }
    }
}
