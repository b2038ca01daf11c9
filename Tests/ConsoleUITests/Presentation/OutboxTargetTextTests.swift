@testable import ConsoleUI
import Localization
import SellerCore
import Testing

/// The outbox keeps the Chinese target label written when an action was queued; an English console gives the
/// console's own words in it back in English and leaves the marketplace's names alone.
@Suite struct OutboxTargetTextTests {
    static func item(_ label: String, _ action: SellerAction = .restart(messageId: "PM7")) -> OutboxItem {
        var item = UpdateFixtures.outboxItem(7, action: action)
        item.targetLabel = label
        return item
    }

    @Test func theConsolesOwnWordsAreEnglishAndNamesStay() {
        let exception = Self.item(ActionTarget.label(of: .exception(PresentationFixtures.exception)))
        #expect(OutboxTargetText.text(exception, .zh) == "订单 CS2611230912K7Q2M · 杭州云栖🚀科技有限公司 · 实例升级")
        #expect(OutboxTargetText.text(exception, .en) == "Order CS2611230912K7Q2M · 杭州云栖🚀科技有限公司 · Upgrade instance")
        let call = Self.item(ActionTarget.call("C1", "CS1", "newInstance"), .replayCall(callId: "C1"))
        #expect(OutboxTargetText.text(call, .en) == "Call C1 · Order CS1 · Create instance")
        let ticket = Self.item(ActionTarget.ticket("TT1", "客户", "订单 退款"), .acceptTicket(caseId: "TT1"))
        #expect(OutboxTargetText.text(ticket, .en) == "Ticket TT1 · 客户 · 订单 退款", "a title is the buyer's words")
        let task = Self.item(ActionTarget.order("CS2", "买家", "创建实例"), .confirmRequirement(taskId: "T2"))
        #expect(OutboxTargetText.text(task, .en) == "Order CS2 · 买家 · 创建实例", "a product name stays")
        #expect(!OutboxTargetText.text(Self.item("恶意\u{1B}[2J"), .en).unicodeScalars.contains("\u{1B}"), "sanitised")
    }
}
