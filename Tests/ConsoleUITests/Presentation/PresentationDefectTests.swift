import ConsoleUI
import ListContract
import SellerCore
import TermUI
import Testing

/// Issue 13's presentation defects that need no store: money, dates, sort markers and titles.
@Suite struct PresentationDefectTests {
    typealias P = PresentationFixtures

    /// Two decimals as Seller Center shows them, a third only when it is not zero; nothing is rounded away.
    @Test func moneyShowsTwoDecimalsUnlessAThirdIsNonZero() {
        #expect(NumberFormat.money("3601", currencyUnit: "CNY") == "¥3,601.00")
        #expect(NumberFormat.money("3601.000", currencyUnit: "CNY") == "¥3,601.00")
        #expect(NumberFormat.money("3601.125", currencyUnit: "CNY") == "¥3,601.125")
        #expect(NumberFormat.money("54056.0", currencyUnit: "CNY") == "¥54,056.00")
        #expect(NumberFormat.money("-99.5", currencyUnit: "USD") == "-$99.50")
        #expect(NumberFormat.money("12.34560", currencyUnit: "CNY") == "¥12.3456")
        #expect(NumberFormat.money("7.", currencyUnit: "EUR") == "7.00 EUR")
        #expect(NumberFormat.money("abc", currencyUnit: "CNY") == "abc CNY")
    }

    /// An order row with `amount`.
    static func order(_ id: String, amount: String) -> ListRow {
        ListRow(key: P.key(id, P.now), content: .order(OrderListRow(
            orderId: id, createTime: P.now, customerName: "杭州云栖科技有限公司", productName: "智能客服机器人旗舰版",
            orderType: P.raw("NEW"), status: P.raw("PROCESSING"), amount: amount, currencyUnit: "CNY",
            pendingMark: nil, updatedAt: P.now)))
    }

    /// At 80 columns (75 cells inside the border, gutter and scrollbar) the amount column is as wide as the widest
    /// amount on screen: the names give way, the amount is never cut.
    @Test(arguments: [75, 100, 155])
    func amountsNeverTruncate(width: Int) {
        let rows = [Self.order("CS2611230912K7Q2M", amount: "54056.0"),
                    Self.order("CS2611230912K7Q2N", amount: "123456789012.125"),
                    Self.order("CS2611230912K7Q2P", amount: "3601")]
        let table = Table(columns: ListPresentation.columns(for: .orders, rows: rows, context: P.context),
                          rows: rows.map { ListPresentation.row($0, context: P.context) })
        let text = PresentationSnapshot.render(table, width: width, height: 5).textDump
        for amount in ["¥54,056.00", "¥123,456,789,012.125", "¥3,601.00"] {
            #expect(text.contains(amount), "\(amount) at \(width):\n\(text)")
        }
        #expect(text.contains("CS2611230912K7Q2M") && text.contains("杭"), "the names still show:\n\(text)")
    }

    /// An instance row expiring at `expiry`.
    static func instance(expiry: Timestamp?, status: String = "NORMAL") -> ListRow {
        ListRow(key: P.key("i-1", P.now), content: .instance(InstanceListRow(
            instanceId: "i-1", orderId: "CS2611230912K7Q2M", productName: "智能客服", customerName: "杭州云栖",
            status: P.raw(status), chargingMode: P.raw("PERIOD"), expireTime: expiry, pendingMark: nil,
            updatedAt: P.now)))
    }

    /// The expiry cell of an instance row, with its role.
    static func expiryCell(_ row: ListRow) throws -> (text: String, role: StyleRole?) {
        let index = try #require(ListPresentation.columnIDs(for: .instances, language: .zh).firstIndex(of: .expireTime))
        let table = ListPresentation.row(row, context: P.context)
        return (table.cells[index], table.cellRoles[index])
    }

    /// Build item 6: the expiry always shows its year; past and near ones say so in words, with a role.
    @Test func expiryShowsTheYearAndSaysExpiredOrSoonInWords() throws {
        let later = try Self.expiryCell(Self.instance(expiry: P.local(2026, 12, 20, 23, 59)))
        #expect(later.text == "2026-12-20 即将到期" && later.role == .statusWarn)
        let far = try Self.expiryCell(Self.instance(expiry: P.local(2027, 3, 1, 0, 0)))
        #expect(far.text == "2027-03-01" && far.role == nil)
        let past = try Self.expiryCell(Self.instance(expiry: P.local(2026, 11, 20, 8, 0)))
        #expect(past.text == "2026-11-20 已过期" && past.role == .statusFailed)
        let released = try Self.expiryCell(Self.instance(expiry: P.local(2026, 11, 20, 8, 0), status: "RELEASED"))
        #expect(released.text == "2026-11-20" && released.role == nil, "a released instance needs nothing")
        let never = try Self.expiryCell(Self.instance(expiry: nil))
        #expect(never.text == NumberFormat.none)
        // The column fits the word at 80 columns.
        let text = PresentationSnapshot.render(Table(columns: ListPresentation.columns(for: .instances, language: .zh),
                                                     rows: [ListPresentation.row(Self.instance(
                                                        expiry: P.local(2026, 11, 20, 8, 0)), context: P.context)]),
                                               width: 75, height: 3).textDump
        #expect(text.contains("2026-11-20 已过期"), "\(text)")
    }

    /// The instance list at 80 columns with an expired, a soon and a later expiry: words and roles, new golden.
    @Test func expiryWordsGolden() {
        let rows = [P.local(2026, 11, 20, 8, 0), P.local(2026, 12, 20, 23, 59), P.local(2027, 3, 1, 0, 0)].map {
            ListPresentation.row(Self.instance(expiry: $0), context: P.context)
        }
        let table = Table(columns: ListPresentation.columns(for: .instances, language: .zh), rows: rows, selected: nil,
                          sort: ListPresentation.tableSort(for: .instances, sort: ListSort(.expireTime), language: .zh))
        PresentationSnapshot.expect(PresentationSnapshot.render(table, width: 78, height: 5), "instances-expiry-80",
                                    suite: ListTableSnapshotTests.suite, includeRoles: true)
    }

    @Test func instanceDetailSaysTheExpiryInWords() {
        var instance = P.instance
        instance.expireTime = P.local(2026, 12, 1, 0, 0)
        instance.status = .normal
        let document = DetailDocumentBuilder.document(for: .instance(instance), links: nil, context: P.context)
        #expect(document.lines.contains { line in
            if case .field(let key, let value, let role) = line {
                return key == "到期提醒" && value.hasPrefix("即将到期") && role == .statusWarn
            }
            return false
        })
    }

    /// 待我处理 lists only nodes where the console has an action (not 商家部署交付 or 授权码激活).
    @Test func mineListsOnlyNodesWithAConsoleAction() throws {
        let mine = try #require(QuickFilter.presets(for: .supervision).first { $0.name == "mine" })
        let nodes: [SupervisionNode] = [.waitSellerConfirm, .sellerImplementing, .sellerUploadProof, .sellerDelivering]
        #expect(mine.statuses == nodes.map(ListStatus.supervision))
        #expect(!mine.statuses.contains(.supervision(.sellerDeploying)))
        #expect(!mine.statuses.contains(.supervision(.codeActivation)))
        // 授权码激活 passes by itself: not the seller's move, so not the warning role either.
        #expect(StatusRoles.role(SupervisionNode.codeActivation) == .statusPending)
        #expect(StatusRoles.role(SupervisionNode.sellerDeploying) == .statusWarn)
    }

    /// The 下一步 lines of `task` at `node`.
    static func nextStep(_ node: SupervisionNode, flow: FlowKind = .license2) -> [String] {
        var task = P.supervision
        task.node = node
        task.flowKind = flow
        let lines = DetailDocumentBuilder.document(for: .supervision(task), links: nil, context: P.context).lines
        guard let start = lines.firstIndex(of: .section("下一步")) else { return [] }
        return lines[(start + 1)...].prefix { if case .field = $0 { true } else { false } }.map { line in
            if case .field(let key, let value, _) = line { return key + " " + value }
            return ""
        }
    }

    /// Every task's detail says who acts next and where; the Seller Center and automatic steps say so.
    @Test func everyTaskDetailSaysWhatHappensNextAndWhere() {
        for flow in FlowKind.allCases {
            for node in SupervisionNode.allCases {
                #expect(!Self.nextStep(node, flow: flow).isEmpty, "\(flow) at \(node)")
            }
        }
        #expect(Self.nextStep(.sellerDeploying) == ["商家 在卖家中心服务监管页部署交付（本控制台没有此操作）"])
        #expect(Self.nextStep(.codeActivation) == ["系统 自动完成授权码激活，无需操作"])
        #expect(Self.nextStep(.waitSellerConfirm, flow: .standardManual)
                == ["商家 在本控制台服务监管页确认需求或驳回需求"])
        #expect(Self.nextStep(.completed) == ["— 任务状态为「服务完成」，没有后续操作"])
    }
}
