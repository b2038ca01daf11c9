@testable import ConsoleRuntime
import ConsoleUI
import CursesTerminal
import Localization
import MarketClient
import SellerCore
import SellerStore
import Sync
import TermUI
import Testing

/// Issue 14 item 1: what the runtime words for the console (sync failures, the locale fallback, store notices,
/// theme problems, a failed action) reads in one language at a time, with the facts kept.
@Suite struct RuntimeLanguageTests {
    static let clientErrors: [ClientError] = [
        .authentication(status: 401, code: "APIGW.0301", message: "signature mismatch"),
        .rateLimited(retryAfter: 3), .rateLimited(retryAfter: nil),
        .server(status: 503, code: "MKT.0999", message: ""), .server(status: 500, code: nil, message: "boom"),
        .rejected(status: 409, code: "MKT.0150", message: "not yours"), .rejected(status: 400, code: "X.1", message: ""),
        .redirected(status: 302, location: "https://example.com/login"), .redirected(status: 301, location: ""),
        .transport("Connection refused"), .decoding(path: "$.result", reason: "expected a string"),
        .invalidBaseURL("no host"), .cancelled,
    ]

    static var phrases: [Phrase] {
        let sync: [SyncError] = clientErrors.map { .client(.orders, $0) }
            + [.store(.tickets, "disk full"), .cancelled(.instances), .stalled(.supervision, token: "abc")]
        let failure = ActionFailure(.restartFailed, httpStatus: 200, errorCode: "000005", message: "resultCode=000005")
        return sync.map(SyncFailureText.phrase)
            + [RuntimeText.locale(LocaleNotice(codeset: "ANSI_X3.4-1968", fallback: "C.UTF-8")),
               RuntimeText.locale(LocaleNotice(codeset: "?", fallback: nil)),
               StoreNoticeText.phrase(.madePrivate(path: "/s.db", from: 0o644, to: 0o600)),
               StoreNoticeText.phrase(.stillOpenToOthers(path: "/s.db", mode: 0o604, reason: "Operation not permitted")),
               RuntimeText.themeNotLoaded("x", ThemeError(.unknownColor, file: "x.theme", line: 3, "unknown colour 'plum'")),
               RuntimeText.themeWarning(ThemeWarning(file: "x.theme", line: 4, "unknown key 'k' in [meta]; ignored"))]
            + [OutboxErrorText.reason(failure, stored: "restart failed: the interface failed again (000005)"),
               OutboxErrorText.reason(ActionFailure(.notAllowed, httpStatus: 409, errorCode: "TICKET.ILLEGAL_TRANSITION"),
                                      stored: "refused (409 TICKET.ILLEGAL_TRANSITION)")].compactMap { $0 }
    }

    @Test func eachSideIsInItsOwnLanguage() {
        for phrase in Self.phrases {
            #expect(!phrase.en.unicodeScalars.contains(where: LanguageSweepTests.isChinese), "\(phrase.en)")
            // Raw messages the marketplace or the system sent are data; these fixtures send English ones.
            let chinese = phrase.zh.replacingOccurrences(of: "Connection refused", with: "")
                .replacingOccurrences(of: "signature mismatch", with: "").replacingOccurrences(of: "not yours", with: "")
                .replacingOccurrences(of: "disk full", with: "").replacingOccurrences(of: "no host", with: "")
                .replacingOccurrences(of: "Operation not permitted", with: "")
            #expect(LanguageSweepTests.englishSentence(in: chinese) == nil, "\(phrase.zh)")
            #expect(phrase.zh.unicodeScalars.contains(where: LanguageSweepTests.isChinese), "\(phrase.zh)")
        }
    }

    @Test func aSyncFailureKeepsTheCodeAndTheMarketplacesWords() {
        let phrase = SyncFailureText.phrase(.client(.orders, .rejected(status: 409, code: "MKT.0150",
                                                                        message: "\u{1B}[2Jnot yours")))
        #expect(phrase.en.hasPrefix("Orders: Request refused (409 MKT.0150 (illegal operation: the resource belongs "
                    + "to another seller)): "))
        #expect(phrase.zh.contains("MKT.0150（非法操作：资源属于其他商家）") && phrase.zh.hasSuffix("not yours"))
        #expect(!phrase.en.contains("\u{1B}") && !phrase.zh.contains("\u{1B}"), "sanitised")
    }

    @Test func aFailedRestartIsWordedFromItsFacts() {
        let failure = ActionFailure(.restartFailed, httpStatus: 200, errorCode: "000005", message: "resultCode=000005")
        let phrase = OutboxErrorText.reason(failure, stored: "restart failed: the interface failed again (…)")
        #expect(phrase?.zh == "重新启动失败：接口再次失败（000005 · HTTP 200 · resultCode=000005）")
        #expect(phrase?.en == "Restart failed: the interface failed again (000005 · HTTP 200 · resultCode=000005).")
        #expect(OutboxErrorText.reason(nil, stored: "network error: timeout")?.zh == "network error: timeout")
    }
}
