import ConsoleUI
import SellerCore
import TermUI
import Testing

/// The 队列 tab's detail reads a failure from its data (class, HTTP status, code), never from `lastError`'s words.
@Suite struct OutboxFailurePresentationTests {
    static func item(state: OutboxState, failure: ActionFailure?) -> OutboxItem {
        OutboxItem(id: 7, action: .acceptTicket(caseId: "TT1"), idempotencyKey: "act-1", state: state, attempts: 1,
                   lastError: "409 \u{1B}[31mwords that say nothing about the class", targetLabel: "工单 TT1",
                   createdAt: PresentationFixtures.now, updatedAt: PresentationFixtures.now, nextAttemptAt: nil,
                   progress: nil, failure: failure)
    }

    static func reason(_ item: OutboxItem) -> KeyValuePanel.Entry? {
        OutboxPresentation.detail(item, context: PresentationFixtures.context).first { $0.key == "失败原因" }
    }

    @Test func aFailedItemShowsItsClassStatusAndCode() throws {
        let failure = ActionFailure(.notAllowed, httpStatus: 409, errorCode: "TICKET.ILLEGAL_TRANSITION\u{1B}[2J",
                                    message: "already accepted")
        let entry = try #require(Self.reason(Self.item(state: .failed, failure: failure)))
        #expect(entry.value.hasPrefix("当前状态不允许 · HTTP 409 · TICKET.ILLEGAL_TRANSITION"), "\(entry.value)")
        #expect(!entry.value.contains("\u{1B}") && entry.valueRole == .statusFailed)
        let local = try #require(Self.reason(Self.item(state: .failed, failure: ActionFailure(.fileChanged))))
        #expect(local.value == OutboxFailure.fileChanged.label)
    }

    @Test func noReasonWithoutAFailureOrOnceRetried() {
        #expect(Self.reason(Self.item(state: .failed, failure: nil)) == nil, "an old row without a class")
        #expect(Self.reason(Self.item(state: .queued, failure: ActionFailure(.refused))) == nil)
        #expect(OutboxFailure.allCases.allSatisfy { !$0.label.isEmpty })
    }
}
