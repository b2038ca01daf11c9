import MarketClient
import SellerCore
@testable import Sync
import Testing

/// How an attempt's result becomes the outbox's failure data: the class and the marketplace's answer, read from
/// the client's error, never from the words of `lastError`.
@Suite("attempt failures as data")
struct AttemptFailureTests {
    @Test("refusals keep the answer's class, status, code and message")
    func refusals() {
        let conflict = AttemptResult(.rejected(status: 409, code: "TICKET.ILLEGAL_TRANSITION", message: "accepted"))
        #expect(conflict.failure == ActionFailure(.notAllowed, httpStatus: 409, errorCode: "TICKET.ILLEGAL_TRANSITION",
                                                  message: "accepted"))
        let gone = AttemptResult(.rejected(status: 404, code: "SELLER.0404", message: "no such task"))
        #expect(gone.failure == ActionFailure(.refused, httpStatus: 404, errorCode: "SELLER.0404", message: "no such task"))
        let keys = AttemptResult(.authentication(status: 401, code: "APIGW.0301", message: "Incorrect signature"))
        #expect(keys.failure == ActionFailure(.keysRefused, httpStatus: 401, errorCode: "APIGW.0301",
                                              message: "Incorrect signature"))
        #expect(AttemptResult.refusal(.fileChanged, "a.pdf changed").failure
            == ActionFailure(.fileChanged, message: "a.pdf changed"))
    }

    @Test("a retry that runs out of attempts is exhausted, with the last answer when there was one")
    func exhausted() {
        let busy = AttemptResult(.server(status: 503, code: "SELLER.0503", message: "busy", retryAfter: 1))
        #expect(busy.failure == ActionFailure(.gaveUp, httpStatus: 503, errorCode: "SELLER.0503", message: "busy"))
        let silent = AttemptResult.retry(reason: "no answer within 30 s", retryAfter: nil)
        #expect(silent.failure == ActionFailure(.gaveUp, message: "no answer within 30 s"))
    }
}
