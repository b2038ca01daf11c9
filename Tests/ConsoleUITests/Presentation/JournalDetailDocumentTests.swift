import ConsoleUI
import ListContract
import SellerCore
import TermUI
import Testing

/// The detail documents of the relay's records (issue 12 §6, §7): a call's whole exchange with every secret and
/// encrypted field masked and every link; a journal message's source, attempts with their calls, and what happens
/// next with its window open or closed; a gateway message's links to the journalled calls.
@Suite struct JournalDetailDocumentTests {
    typealias P = PresentationFixtures

    func document(_ record: SellerRecord, links: OrderLinks? = nil, now: Timestamp = P.now) -> DetailDocument {
        DetailDocumentBuilder.document(for: record, links: links,
                                       context: DisplayContext(now: now, utcOffsetSeconds: 8 * 3600))
    }

    func text(_ document: DetailDocument) -> String {
        var out = [document.title] + document.links.map(\.label)
        for line in document.lines {
            switch line {
            case .field(let key, let value, _): out += [key, value]
            case .section(let title): out.append(title)
            case .text(let text, _): out.append(text)
            case .link, .blank: break
            }
        }
        return out.joined(separator: "\n")
    }

    @Test func aCallShowsTheExchangeWithSecretsMaskedAndItsLinks() {
        let doc = document(.call(P.failedCall))
        let all = text(doc)
        for secret in [P.appPassword, P.mobileCipher, P.emailCipher, "tok-must-not-show"] {
            #expect(!all.contains(secret), "\(secret) shown")
        }
        #expect(!all.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" }, "sanitised")
        for expected in ["请求", "应答", "签名校验", "期望签名", "1250 ms", "HTTP状态", "幂等性问题", "ins-other-77",
                         "只记录了开头部分", "签名不符（MISMATCH）"] {
            #expect(all.contains(expected), "\(expected) missing")
        }
        #expect(doc.links.map(\.kind) == [.orders, .instances, .exceptions])
        #expect(doc.links.map(\.id) == [P.orderId, P.instanceId, P.journalMessageId])
    }

    @Test func aReplayIsMarkedAndLinksTheCallItResent() {
        let doc = document(.call(P.replayCall))
        #expect(text(doc).contains("重放（卖家重放，不计入云商店的调用）"))
        #expect(doc.links.last.map { ($0.kind, $0.id) } ?? (.orders, "") == (.calls, P.callId))
        #expect(text(doc).contains("Operation timed out"))
    }

    @Test func anAsyncLicenseCallSaysDDeliversIt() {
        #expect(text(document(.call(P.licenseCall))).contains("按 d 上传"))
        #expect(!text(document(.call(P.failedCall))).contains("按 d 上传"))
    }

    @Test func aJournalMessageSaysWhatHappensNextByItsWindow() {
        let closed = text(document(.exception(P.journalMessage)))
        #expect(closed.contains("调用记录"))
        #expect(closed.contains("自动重试已停止：请在卖家中心「生产接口消息」页点击重新启动，或按 R 重放。"))
        var open = P.journalMessage
        open.state = .retrying
        let openText = text(document(.exception(open), now: P.local(2026, 11, 23, 12, 0)))
        #expect(openText.contains("云商店仍会自动重试（至 2026-11-23 13:40:00）"))
        var recovered = P.journalMessage
        recovered.state = .recovered
        #expect(text(document(.exception(recovered))).contains("已恢复"))
    }

    @Test func aJournalMessageLinksTheCallBehindEachAttemptNewestFirst() {
        let doc = document(.exception(P.journalMessage))
        #expect(doc.links.filter { $0.kind == .calls }.map(\.id) == [P.replayCallId, P.callId, "C2611231040000000"])
        #expect(text(doc).contains("第3次") && text(doc).contains("重放"))
    }

    @Test func aGatewayMessageLinksTheRelaysCallsOfItsOrderAndActivity() {
        let doc = document(.exception(P.exception), links: OrderLinks(callIDs: [P.callId]))
        #expect(doc.links.map(\.kind) == [.orders, .instances, .calls])
        #expect(text(document(.exception(P.exception))).contains("网关"))
    }
}
