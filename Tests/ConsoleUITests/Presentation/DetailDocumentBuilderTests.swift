import ConsoleUI
import ListContract
import SellerCore
import TermUI
import Testing

@Suite struct DetailDocumentBuilderTests {
    let context = PresentationFixtures.context

    func document(_ record: SellerRecord, links: OrderLinks? = PresentationFixtures.orderLinks) -> DetailDocument {
        DetailDocumentBuilder.document(for: record, links: links, context: context)
    }

    /// Every string a document would put on screen.
    func strings(_ document: DetailDocument) -> [String] {
        var out = [document.title] + document.links.map(\.label)
        for line in document.lines {
            switch line {
            case .field(let key, let value, _): out += [key, value]
            case .section(let title): out.append(title)
            case .text(let text, _): out.append(text)
            case .link, .blank: break
            }
        }
        return out
    }

    /// The first field called `key`, or a marker that fails any comparison.
    func value(_ document: DetailDocument, _ key: String) -> (String, StyleRole) {
        for case .field(let k, let value, let role) in document.lines where k == key { return (value, role) }
        return ("<no field \(key)>", .app)
    }

    @Test func eachKindLinksToItsRelatedRecords() {
        let order = document(.order(PresentationFixtures.order))
        #expect(order.title == "订单 CS2611230912K7Q2M")
        #expect(order.links.map(\.kind) == [.instances, .exceptions, .supervision, .tickets])
        #expect(order.links.map(\.id) == [PresentationFixtures.instanceId, "PM3XK9T", "SVR8N2D", "TT202611221030QW3ER"])
        #expect(order.links[0].label == "实例 " + PresentationFixtures.instanceId)
        #expect(order.lines.filter { if case .link = $0 { true } else { false } }.count == 4)
        let exception = document(.exception(PresentationFixtures.exception))
        #expect(exception.links.map(\.kind) == [.orders, .instances])
        for record in [SellerRecord.instance(PresentationFixtures.instance), .supervision(PresentationFixtures.supervision),
                       .ticket(PresentationFixtures.ticket)] {
            #expect(document(record).links == [DetailLink(kind: .orders, id: PresentationFixtures.orderId,
                                                          label: "订单 " + PresentationFixtures.orderId)])
        }
    }

    @Test func orderLinksSayWhenTheyAreLoadingOrAbsent() {
        let loading = document(.order(PresentationFixtures.order), links: nil)
        #expect(loading.links.isEmpty)
        #expect(loading.lines.contains(.text("正在加载关联记录…", role: .muted)))
        let none = document(.order(PresentationFixtures.order), links: OrderLinks())
        #expect(none.lines.contains(.text("无关联记录", role: .muted)))
    }

    @Test func orderShowsEveryLineWithAmountsAndPeriods() {
        let order = document(.order(PresentationFixtures.order))
        #expect(order.lines.contains(.section("订单行（2）")))
        let lineIds = order.lines.compactMap { line -> String? in
            if case .field("订单行ID", let value, _) = line { value } else { nil }
        }
        #expect(lineIds == ["CS2611230912K7Q2M-000001", "CS2611230912K7Q2M-000002"])
        #expect(value(order, "订单状态") == ("处理中", .statusPending))
        #expect(value(order, "订单金额").0 == "¥12,800.00")
        #expect(value(order, "成交金额").0 == "¥11,520.00")
        #expect(value(order, "购买周期").0 == "1年")
        #expect(value(order, "创建时间").0 == "2026-11-23 09:12:30")
        #expect(value(order, "手机号码") == ("（已加密）", .muted))
    }

    @Test func exceptionShowsTheWindowBodiesAndEveryAttempt() {
        let exception = document(.exception(PresentationFixtures.exception))
        #expect(value(exception, "剩余重试时间").0 == "45分钟")
        #expect(value(exception, "处理状态") == ("自动重试中", .statusPending))
        #expect(value(exception, "第1次") == ("2026-11-23 11:50:00 · 首次调用 · 失败", .statusFailed))
        #expect(value(exception, "第3次").0 == "2026-11-23 13:50:00 · 自动重试 · 失败")
        #expect(exception.lines.filter { if case .field("HTTP状态", "500", _) = $0 { true } else { false } }.count == 3)
        #expect(value(exception, "耗时").0 == "812 ms")
        // The request body is indented JSON after its request line; the response keeps every member.
        let texts = exception.lines.compactMap { line -> String? in if case .text(let t, _) = line { t } else { nil } }
        #expect(texts.contains { $0.hasPrefix("POST {\n  \"activity\": \"upgradeInstance\",\n") })
        #expect(texts.contains { $0.contains("\"trace\": \"a1b2c3d4e5f60718293a4b5c6d7e8f90\"") })
        #expect(exception.lines.contains(.text("重试截止前仍未成功，订单将被自动退订。", role: .statusWarn)))
    }

    @Test func supervisionFlagsTheAppealAndKeepsTheTimelineInOrder() {
        let task = document(.supervision(PresentationFixtures.supervision))
        #expect(value(task, "停留天数") == ("6天", .statusWarn))
        #expect(value(task, "驳回次数") == ("2", .detailValue))
        #expect(task.lines.contains(.text("可发起申诉：用户侧节点停留超过5天。", role: .statusWarn)))
        #expect(PresentationFixtures.supervision.sellerMayAppeal(at: PresentationFixtures.now))
        #expect(value(task, "附件1").0 == "迁移需求说明书.docx · 1.2 MB · 2026-11-10 09:00")
        #expect(value(task, "验收文档").0 == "验收报告-v2.pdf · 3.2 MB · 2026-11-17 09:55")
        let timeline = task.lines.compactMap { line -> String? in
            if case .field(let key, let value, _) = line, key.hasPrefix("2026-") { key + " " + value } else { nil }
        }
        #expect(timeline.count == 6)
        #expect(timeline.first == "2026-11-10 09:00 用户 · 提交需求")
        #expect(timeline[1] == "2026-11-10 15:20 商家 · 驳回需求：需求不完整，请补充割接窗口")
    }

    @Test func ticketConversationIsInOrderWithAuthors() {
        let ticket = document(.ticket(PresentationFixtures.ticket))
        let headers = ticket.lines.compactMap { line -> String? in
            if case .text(let t, .detailKey) = line { t } else { nil }
        }
        #expect(headers == ["客户 · 2026-11-22 10:30", "商家 · 2026-11-22 10:42", "客户 · 2026-11-23 08:05"])
        #expect(value(ticket, "工单状态") == ("处理中", .statusPending))
    }

    @Test(arguments: PresentationFixtures.records)
    func secretsNeverAppear(record: SellerRecord) {
        let secrets = [PresentationFixtures.appPassword, PresentationFixtures.extendSecret, "tok-8c1f00aa"]
        for text in strings(document(record)) {
            for secret in secrets { #expect(!text.contains(secret), "\(secret) in \(text)") }
        }
    }

    @Test func passwordsAreReplacedNotDropped() {
        let instance = document(.instance(PresentationFixtures.instance))
        #expect(value(instance, "密码") == (SecretMask.placeholder(.zh), .muted))
        let order = document(.order(PresentationFixtures.order))
        #expect(value(order, "adminPassword") == (SecretMask.placeholder(.zh), .muted))
        #expect(value(order, "region").0 == "cn-north-4")
    }

    @Test(arguments: PresentationFixtures.records)
    func noControlCharacterSurvives(record: SellerRecord) {
        for text in strings(document(record)) {
            #expect(!text.unicodeScalars.contains { ($0.value < 0x20 && $0 != "\n") || $0.value == 0x7F }, "\(text)")
        }
    }

    @Test func aMegabyteFieldIsCapped() {
        var message = PresentationFixtures.exception
        let huge = String(repeating: "异常", count: 512 * 1024)
        message.exceptionInfo = huge
        message.requestBody = "{\"blob\":\"" + String(repeating: "x", count: 1 << 20) + "\"}"
        message.responseBody = huge
        message.attempts[0].exceptionInfo = huge
        let doc = document(.exception(message))
        for line in doc.lines {
            switch line {
            case .field(_, let value, _):
                #expect(value.unicodeScalars.count <= TextSanitizer.singleLineLimit + 1)
            case .text(let text, _):
                #expect(text.unicodeScalars.count <= TextSanitizer.multiLineLimit + 64)
            default: break
            }
        }
        #expect(value(doc, "异常信息").0.hasSuffix("…"))
        // Three capped paragraphs of double-width text plus the capped fields: bounded, whatever came in.
        let layout = DetailLayout(document: doc, width: 79)
        #expect(layout.lineCount < 3 * 2 * TextSanitizer.multiLineLimit / 79 + 400)
    }
}
