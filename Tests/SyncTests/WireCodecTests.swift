import MarketAPI
import SellerCore
import Testing

/// Encode → decode round trips of every record kind, list pages with bad records, page cursors and paths of the
/// seller gateway (Assets/api/seller-gateway.md). Times the wire carries as `yyyyMMddHHmmss` are whole seconds.
@Suite struct WireCodecTests {
    static let base = Timestamp(millis: 1_795_420_799_020)
    static func second(_ offset: Int64) -> Timestamp { Timestamp(seconds: 1_795_420_799 + offset) }
    static func milli(_ offset: Int64) -> Timestamp { base.adding(millis: offset) }

    static let order = Order(
        orderId: "CS2611181819B4LVS", orderType: .trialToFormal, status: .processing, createTime: second(-86_400),
        buyer: Buyer(customerId: "68cbc86abc2018ab880d92f36422fa0e", customerName: "杭州云帆数据服务有限公司",
                     userId: "u-001", userName: "王芳", mobilePhoneEncrypted: "p7QjF1w==", emailEncrypted: "e9Zx=="),
        lines: [
            OrderLine(orderLineId: "CS2611181819B4LVS-000001", chargingMode: .period, periodType: .year, periodNumber: 1,
                      expireTime: second(31_536_000), currency: "3600.000", currencyAfterDiscount: "3240.500",
                      productId: "OFFI461867333479178240", skuCode: "SKU8F2A", linearValue: 50,
                      productName: "智慧门店SaaS管理系统,标准版,50用户,"),
            OrderLine(orderLineId: "CS2611181819B4LVS-000002", chargingMode: .onDemand, productId: "OFFI2",
                      skuCode: "SKU2", productName: "按需\"计费\"\n附加包"),
            OrderLine(orderLineId: "CS2611181819B4LVS-000003", chargingMode: .onDemandPackage, periodType: .month,
                      periodNumber: 3, productId: "OFFI3", skuCode: "SKU3", linearValue: 0, productName: "套餐包"),
        ],
        extendParams: [ExtendParam(name: "企业规模", value: "50-200人"), ExtendParam(name: "备注", value: "a\\b\t\u{1}")],
        currencyUnit: "USD", updatedAt: milli(0))

    static let minimalOrder = Order(
        orderId: "CS2611221108Z9X3A", orderType: .unsubscribe, status: .cancelled, createTime: second(0),
        buyer: Buyer(customerId: "c2", customerName: "个人用户"), lines: [], updatedAt: milli(1))

    static let instances = [
        Instance(instanceId: "3f0c9a1e-77b2-4c1d-9e0a-5b1c2d3K7Q2M", orderId: order.orderId,
                 orderLineId: "CS2611181819B4LVS-000001", productId: "OFFI1", skuCode: "SKU1",
                 productName: "企业网盘,专业版,100用户,", customerId: "c1", customerName: "杭州云帆", status: .frozen,
                 chargingMode: .period, expireTime: second(100), actualStartTime: second(-100), trial: true,
                 appInfo: AppInfo(frontEndUrl: "https://pan.isv-example.com/login?tenant=9f3a1c&x=1",
                                  adminUrl: "https://admin.example.com", userName: "admin_9f3a1c",
                                  password: "p@ss\"word", memo: "首次登录请修改密码"),
                 updatedAt: milli(2)),
        Instance(instanceId: "i2", orderId: "o2", orderLineId: "o2-1", productId: "p", skuCode: "s", productName: "n",
                 customerId: "c", customerName: "客户", status: .provisioning, chargingMode: .oneTime,
                 appInfo: AppInfo(frontEndUrl: "https://only.example.com"), updatedAt: milli(3)),
        Instance(instanceId: "i3", orderId: "o3", orderLineId: "o3-1", productId: "p", skuCode: "s", productName: "n",
                 customerId: "c", customerName: "客户", status: .released, chargingMode: .onDemand, updatedAt: milli(4)),
    ]

    static let message = ProduceMessage(
        messageId: "PM0K7Q2", activity: .newInstance, interfaceVersion: .v2, orderId: "CS2611181819B4LVS",
        orderLineId: nil, instanceId: "3f0c9a1e", productName: "企业网盘", customerName: "杭州云帆",
        state: .manualRetryRequested, retryPolicy: .hourlyFor3h, firstFailureAt: milli(-10_800_000),
        windowEndsAt: milli(7), exceptionInfo: "返回resultCode=000005, resultMsg=内部错误: 数据库连接池耗尽",
        resultCode: "000005", requestBody: #"POST {"activity":"newInstance","orderId":"CS…"}"#,
        responseBody: "{\"resultCode\":\"000005\"}\n",
        attempts: (1...25).map { number in
            CallAttempt(number: number, at: milli(Int64(number) * 61_001), trigger: number == 1 ? .initial
                            : (number % 5 == 0 ? .manual : .automatic),
                        outcome: number == 25 ? .success : .failure, httpStatus: number % 3 == 0 ? nil : 200 + number,
                        resultCode: number == 25 ? "000000" : (number % 4 == 0 ? nil : "00000\(number % 10)"),
                        latencyMs: number % 2 == 0 ? nil : number * 37,
                        exceptionInfo: number == 25 ? "" : "第\(number)次调用失败: 连接超时")
        },
        updatedAt: milli(5))

    static let supervision = SupervisionTask(
        taskId: "SV0K7Q2", orderId: "CS2611181819B4LVS", productName: "数据库运维专家服务,企业版,",
        customerName: "杭州云帆", flowKind: .standardManual, scenario: .empowerCloud, node: .waitBuyerAccept,
        nodeSince: milli(-5), rejectCount: 2, requirementText: "请在月底前完成生产环境MySQL 8.0的巡检\n1. 慢查询\n2. 备份",
        requirementFiles: [
            SupervisionFile(fileName: "需求说明书.docx", size: 182_344, sha256: String(repeating: "0f", count: 32),
                            kind: nil, uploadedAt: milli(-1000)),
            SupervisionFile(fileName: "附件 (1).zip", size: 5_000_000_000, sha256: nil, kind: .other, uploadedAt: milli(-999)),
        ],
        deliverables: DeliverableKind.allCases.enumerated().map { index, kind in
            SupervisionFile(fileName: "交付\(index).pdf", size: Int64(index * 1000), sha256: "ab", kind: kind,
                            uploadedAt: milli(Int64(index)))
        },
        actualServiceStartTime: second(-3600),
        history: (0..<12).map { index in
            SupervisionEvent(at: milli(Int64(index) * 1000), actor: SupervisionActor.allCases[index % 5],
                             action: ["创建服务监管", "提交需求", "驳回需求", "确认完成"][index % 4],
                             note: index % 3 == 0 ? "" : "说明\(index)")
        },
        updatedAt: milli(6))

    static let minimalSupervision = SupervisionTask(
        taskId: "SV2", orderId: "o", productName: "p", customerName: "c", flowKind: .hardware, scenario: .general,
        node: .sellerImplementing, nodeSince: milli(0), rejectCount: 0, requirementText: "", requirementFiles: [],
        deliverables: [], actualServiceStartTime: nil, history: [], updatedAt: milli(7))

    static let ticket = Ticket(
        caseId: "TT2611211530K7Q2M", orderId: "CS2611181819B4LVS", productId: "OFFI1", productName: "企业网盘",
        customerId: "c1", customerName: "杭州云帆", assignee: "子账号-运维", title: "开通后无法登录管理后台",
        status: .waitingConfirm, createTime: second(-7200),
        messages: (0..<30).map { index in
            TicketMessage(messageId: "42-\(index)", author: index % 2 == 0 ? .customer : .seller,
                          content: "第\(index)条留言:您好\r\n<b>请查看</b>", createTime: milli(Int64(index)))
        },
        cause: "回调地址配置错误", solution: "已修正并重新开通", updatedAt: milli(8))

    static let bareTicket = Ticket(
        caseId: "TT2", orderId: nil, productId: "p", productName: "n", customerId: "c", customerName: "客户",
        assignee: "主账号", title: "咨询", status: .pendingAccept, createTime: second(1), messages: [], updatedAt: milli(9))

    static let records: [SellerRecord] = [.order(order), .order(minimalOrder)] + instances.map(SellerRecord.instance)
        + [.exception(message), .supervision(supervision), .supervision(minimalSupervision), .ticket(ticket),
           .ticket(bareTicket)]

    static func encoded(_ record: SellerRecord) -> [UInt8] {
        var writer = JSONWriter()
        RecordWire.encode(record, into: &writer)
        return writer.bytes
    }

    @Test func everyRecordKindRoundTrips() throws {
        #expect(Set(Self.records.map(\.kind)) == Set(EntityKind.synced))
        for record in Self.records {
            let value = try JSONParser.parse(Self.encoded(record))
            #expect(try RecordWire.decode(record.kind, JSONFields(value, path: "")) == record, "\(record.id)")
            #expect(value[RecordWire.idField(of: record.kind)] == .string(record.id))
        }
    }

    @Test func wireSpellingsFollowTheGatewayDocument() throws {
        let order = try JSONParser.parse(Self.encoded(.order(Self.minimalOrder)))
        #expect(order["createTime"] == .string("20261123075959"))
        #expect(order["updatedAt"] == .string("20261123075959021"))
        #expect(order["buyerInfo"]?["mobilePhone"] == nil, "nil members are left out")
        #expect(order["currencyUnit"] == .string("CNY"))
        let ticket = try JSONParser.parse(Self.encoded(.ticket(Self.ticket)))
        #expect(ticket["statusCode"] == .number("2") && ticket["simpleDescribe"] == .string("开通后无法登录管理后台"))
        let task = try JSONParser.parse(Self.encoded(.supervision(Self.supervision)))
        #expect(task["requirement"]?["attachments"] != nil && task["node"] == .string("WAIT_BUYER_ACCEPT"))
    }

    /// The order example of seller-gateway.md, with its explicit nulls.
    @Test func decodesTheDocumentedOrderExample() throws {
        let json = #"""
        {"orderId":"CS2611181819B4LVS","orderType":"NEW","status":"PROCESSING","createTime":"20261118181900",
         "buyerInfo":{"customerId":"68cbc86abc2018ab880d92f36422fa0e","customerName":"杭州云帆数据服务有限公司",
                      "userId":"u","userName":"王芳","mobilePhone":null,"email":null},
         "orderLine":[{"orderLineId":"CS2611181819B4LVS-000001","chargingMode":"PERIOD","periodType":"year",
                       "periodNumber":1,"expireTime":"20271118181900","currency":"3600.000",
                       "currencyAfterDiscount":"3600.000",
                       "productInfo":{"productId":"OFFI461867333479178240","skuCode":"SKU8F2A",
                                      "linearValue":50,"productName":"智慧门店SaaS管理系统,标准版,50用户,"}}],
         "extendParams":[{"name":"企业规模","value":"50-200人"}],"currencyUnit":"CNY","updatedAt":"20261123075959990"}
        """#
        guard case .order(let order) = try RecordWire.decode(.orders, JSONFields(JSONParser.parse(json), path: "")) else {
            Issue.record("not an order")
            return
        }
        #expect(order.buyer.mobilePhoneEncrypted == nil && order.buyer.userName == "王芳")
        #expect(order.lines.first?.expireTime == Timestamp(koogallery: "20271118181900"))
        #expect(order.lines.first?.linearValue == 50 && order.extendParams.first?.value == "50-200人")
        #expect(order.updatedAt.millis == 1_795_420_799_990)
    }

    @Test func pagesRoundTripWithTheirCursor() throws {
        for kind in EntityKind.allCases {
            let items = Self.records.filter { $0.kind == kind }
            let cursor = items.last.map { PageCursor(updatedAt: $0.updatedAt, id: $0.id) }
            let body = ListPageWire.encode(kind: kind, items: items, nextCursor: cursor, hasMore: kind != .tickets)
            let page = try ListPageWire.decode(kind: kind, body: body)
            #expect(page.kind == kind && page.records == items && page.rejected.isEmpty)
            #expect(page.nextCursor == cursor && page.hasMore == (kind != .tickets))
        }
        let empty = try ListPageWire.decode(kind: .orders, body: ListPageWire.encode(kind: .orders, items: [],
                                                                                     nextCursor: nil, hasMore: false))
        #expect(empty.records.isEmpty && empty.nextCursor == nil && !empty.hasMore)
        let bare = try ListPageWire.decode(kind: .tickets, body: Array(#"{"items":[],"nextPageToken":null}"#.utf8))
        #expect(bare.nextCursor == nil && !bare.hasMore, "a missing hasMore means no more pages")
    }

    /// Encodes `items`, writing item `bad` as `corrupt` makes of its text, and decodes the page.
    static func pageWithBadItem(_ items: [SellerRecord], bad: Int,
                                _ corrupt: @escaping (String) -> String) throws -> ListPage {
        let kind = items[0].kind
        let body = ListPageWire.encode(kind: kind, items: items, nextCursor: nil, hasMore: true) { writer, index, record in
            let text = String(decoding: encoded(record), as: UTF8.self)
            writer.appendRaw(Array((index == bad ? corrupt(text) : text).utf8))
        }
        return try ListPageWire.decode(kind: kind, body: body)
    }

    static func copies(_ record: SellerRecord, _ count: Int) -> [SellerRecord] {
        (0..<count).map { index -> SellerRecord in
            switch record {
            case .order(var value): value.orderId += "-\(index)"; return .order(value)
            case .instance(var value): value.instanceId += "-\(index)"; return .instance(value)
            case .exception(var value): value.messageId += "-\(index)"; return .exception(value)
            case .supervision(var value): value.taskId += "-\(index)"; return .supervision(value)
            case .ticket(var value): value.caseId += "-\(index)"; return .ticket(value)
            case .call(var value): value.arrival.callId += "-\(index)"; return .call(value)
            }
        }
    }

    @Test(arguments: [
        (0, 3, "\"chargingMode\":\"PERIOD\"", "\"chargingMode\":\"MONTHLY\"", "items[3].orderLine[0].chargingMode"),
        (2, 1, "\"appInfo\":{\"frontEndUrl\"", "\"appInfo\":{\"frontEndURL\"", "items[1].appInfo.frontEndUrl"),
        (5, 4, "\"time\":\"20261123080706027\"", "\"time\":\"2026-11-22\"", "items[4].attempts[6].time"),
        (6, 0, "\"actor\":\"OPS\"", "\"actor\":\"ROBOT\"", "items[0].history[4].actor"),
        (8, 5, "\"author\":\"SELLER\"", "\"author\":7", "items[5].messages[1].author"),
    ])
    func oneBadRecordIsRejectedAndTheRestKept(_ sample: Int, _ bad: Int, _ find: String, _ replacement: String,
                                              _ path: String) throws {
        let items = Self.copies(Self.records[sample], 6)
        let page = try Self.pageWithBadItem(items, bad: bad) { text in
            #expect(text.contains(find), "the corruption applies")
            return text.replacing(find, with: replacement, maxReplacements: 1)
        }
        #expect(page.records == items.enumerated().filter { $0.offset != bad }.map(\.element))
        #expect(page.rejected.count == 1)
        #expect(page.rejected.first?.position == bad && page.rejected.first?.id == items[bad].id)
        #expect(page.rejected.first?.error.path == path)
        #expect(page.rejected.first?.kind == items[0].kind)
        #expect(page.rejected.first?.description.hasPrefix("\(items[0].kind.commandName) \(items[bad].id): \(path): ") == true)
    }

    @Test func unreadableRecordsAreRejectedWithoutAnId() throws {
        let items = Self.copies(.ticket(Self.bareTicket), 4)
        let notObject = try Self.pageWithBadItem(items, bad: 2) { _ in "42" }
        #expect(notObject.records.count == 3)
        #expect(notObject.rejected.count == 1 && notObject.rejected.first?.position == 2)
        #expect(notObject.rejected.first?.id == nil && notObject.rejected.first?.kind == .tickets)
        #expect(notObject.rejected.first?.error
                == JSONFieldError(path: "items[2]", reason: "expected an object, found a number"))
        #expect(notObject.rejected.first?.description == "tickets #2: items[2]: expected an object, found a number")
        let noId = try Self.pageWithBadItem(items, bad: 0) { $0.replacing("\"caseId\"", with: "\"case\"") }
        #expect(noId.rejected.first?.id == nil && noId.rejected.first?.error.path == "items[0].caseId")
    }

    @Test func invalidUTF8InOneRecordCostsNothing() throws {
        let items = Self.copies(.instance(Self.instances[2]), 3)
        let body = ListPageWire.encode(kind: .instances, items: items, nextCursor: nil, hasMore: false) { writer, index, record in
            let text = String(decoding: Self.encoded(record), as: UTF8.self)
            let pieces = text.split(separator: "\"n\"", maxSplits: 1, omittingEmptySubsequences: false)
            writer.appendRaw(index == 1 ? Array(pieces[0].utf8) + Array("\"n\u{1}".utf8) + [0xFF, 0x22]
                                          + Array(pieces[1].utf8)
                                        : Array(text.utf8))
        }
        let page = try ListPageWire.decode(kind: .instances, body: body)
        #expect(page.rejected.isEmpty && page.records.count == 3)
        guard case .instance(let damaged) = page.records[1] else { return }
        #expect(damaged.productName == "n\u{1}\u{FFFD}")
    }

    @Test(arguments: [
        (Array("<html>502 Bad Gateway</html>".utf8), "$"), ([0xFF, 0xFE], "$"), (Array(#"{"items":[{"#.utf8), "$"),
        ([], "$"), (Array(#"{"resultCode":"MKT.0000"}"#.utf8), "items"), (Array(#"{"items":{}}"#.utf8), "items"),
        (Array(#"{"items":[],"nextPageToken":"garbage"}"#.utf8), "nextPageToken"),
        (Array(#"{"items":[],"nextPageToken":5}"#.utf8), "nextPageToken"),
        (Array(#"{"items":[],"hasMore":"yes"}"#.utf8), "hasMore"),
    ])
    func brokenEnvelopesThrow(_ body: [UInt8], _ path: String) {
        do {
            let page = try ListPageWire.decode(kind: .orders, body: body)
            Issue.record("decoded \(page.records.count) records")
        } catch {
            #expect(error.path == path)
            if path == "$" { #expect(error.reason.hasPrefix("invalid JSON at byte ")) }
        }
    }

    @Test func pageCursorTokens() {
        let cursor = PageCursor(updatedAt: Timestamp(millis: 1_795_420_799_020), id: "CS2611221108Z9X3A")
        #expect(cursor.token == "1795420799020~CS2611221108Z9X3A")
        for id in ["CS1", "a~b~c", "订单/工单 #1", "", "~"] {
            for millis: Int64 in [0, 1_795_420_799_020, -86_400_000] {
                let original = PageCursor(updatedAt: Timestamp(millis: millis), id: id)
                #expect(PageCursor(token: original.token) == original, "\(original.token)")
            }
        }
        for token in ["", "abc", "~x", "12x~a", "1.5~a", " 12~a", "99999999999999999999~a", "12"] {
            #expect(PageCursor(token: token) == nil, "\(token)")
        }
    }

    @Test func pageCursorsOrderByTimeThenIdBytes() {
        func c(_ millis: Int64, _ id: String) -> PageCursor { PageCursor(updatedAt: Timestamp(millis: millis), id: id) }
        let expected = [c(-1, "zz"), c(5, ""), c(5, "B"), c(5, "a"), c(5, "ab"), c(5, "z"), c(5, "é"), c(5, "中"), c(6, "A")]
        #expect(expected.reversed().sorted() == expected)
        #expect(c(5, "a") < c(6, "0") && !(c(5, "a") < c(5, "a")))
    }

    @Test func percentEncodingOfPathSegments() {
        // The id segment of a detail path, as the client puts it on the wire.
        let prefix = GatewayPaths.list(.tickets).count + 1
        let encode = { (id: String) in String(GatewayPaths.detail(.tickets, id: id).dropFirst(prefix)) }
        #expect(encode("TT201801020526") == "TT201801020526")
        #expect(encode("AZaz09-._~") == "AZaz09-._~")
        #expect(encode("") == "")
        #expect(encode("中") == "%E4%B8%AD")
        #expect(encode("😀") == "%F0%9F%98%80")
        #expect(encode("a b/c?d#e%f") == "a%20b%2Fc%3Fd%23e%25f")
        #expect(encode(":@!$&'()*+,;=[]\n") == "%3A%40%21%24%26%27%28%29%2A%2B%2C%3B%3D%5B%5D%0A")
        // Decoding the result gives back exactly the original bytes.
        for original in ["订单 CS-1/2?x=1&y=%", "e\u{301}\u{0}~"] {
            var bytes: [UInt8] = []
            var iterator = Array(encode(original).utf8).makeIterator()
            while let byte = iterator.next() {
                guard byte == UInt8(ascii: "%"), let high = iterator.next(), let low = iterator.next() else {
                    bytes.append(byte)
                    continue
                }
                bytes.append(UInt8(String(decoding: [high, low], as: UTF8.self), radix: 16) ?? 0)
            }
            #expect(bytes == Array(original.utf8))
        }
        #expect(GatewayPaths.detail(.supervision, id: "SV 1/2") == "/seller-gateway/v1/supervision-tasks/SV%201%2F2")
        #expect(GatewayPaths.list(.exceptions) == "/seller-gateway/v1/produce-messages")
    }

    @Test func listQueryItems() {
        #expect(ListQuery().queryItems.map { "\($0.0)=\($0.1)" } == ["limit=1000"])
        let query = ListQuery(limit: 50, after: PageCursor(updatedAt: Timestamp(millis: 7), id: "x~y"),
                              updatedSince: Timestamp(millis: 1_795_420_799_020))
        #expect(query.queryItems.map { "\($0.0)=\($0.1)" }
                == ["limit=50", "page_token=7~x~y", "updated_since=20261123075959020"])
    }

    @Test func errorBodies() {
        let body = APIErrorBody(code: "SELLER.0409", message: "确认需求 is not allowed in state 服务完成")
        #expect(APIErrorBody.decode(body.encoded()) == body)
        #expect(APIErrorBody.decode(Array(#"{"resultCode":"MKT.0101","resultMsg":"bad limit"}"#.utf8))
                == APIErrorBody(code: "MKT.0101", message: "bad limit"))
        #expect(APIErrorBody.decode(Array(#"{"resultCode":"MKT.0000","items":[]}"#.utf8)) == nil)
        #expect(APIErrorBody.decode(Array("not json".utf8)) == nil)
    }
}
