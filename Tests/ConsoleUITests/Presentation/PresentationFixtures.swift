import ConsoleUI
import ListContract
import SellerCore
import TermUI

/// One deterministic record of every kind, matching list rows, and a fixed clock, for the presentation tests
/// (and any other test of this target that needs realistic, hostile, mixed-width data). Times are written in
/// the seller's local time (UTC+8) and converted, so the expected screens read naturally.
enum PresentationFixtures {
    /// 2026-11-23 14:05:00 local.
    static let now = local(2026, 11, 23, 14, 5)
    static let context = DisplayContext(now: now, utcOffsetSeconds: 8 * 3600)

    /// An OSC 52 clipboard write, a clear-screen CSI and a NUL inside Chinese text: none may reach a cell.
    static let hostile = "恶意\u{1B}]52;c;SGVsbG8=\u{07}客户\u{1B}[2J名称\u{0}尾"
    /// The secrets in the fixtures; no rendered line may contain them.
    static let appPassword = "Zx!9-secret-PW"
    static let extendSecret = "S3cr3t!Ext"

    static let orderId = "CS2611230912K7Q2M"
    static let instanceId = "5f0c2d1e-8a7b-4c3d-9e2f-1a2b3cK7Q2M"
    static let messageId = "PM3XK9T"
    static let taskId = "SVR8N2D"
    static let caseId = "TT202611221030QW3ER"
    static let customer = "杭州云栖🚀科技有限公司"

    /// A local (UTC+8) wall-clock time as a timestamp.
    static func local(_ year: Int, _ month: Int, _ day: Int, _ hour: Int, _ minute: Int, _ second: Int = 0)
        -> Timestamp {
        CivilDate(year: year, month: month, day: day, hour: hour, minute: minute, second: second).timestamp
            .adding(seconds: -8 * 3600)
    }

    // MARK: - Records

    static let order = Order(
        orderId: orderId, orderType: .new, status: .processing, createTime: local(2026, 11, 23, 9, 12, 30),
        buyer: Buyer(customerId: "cust-6f3a9c", customerName: customer, userId: "u-1029", userName: "zhang.wei",
                     mobilePhoneEncrypted: "Vb3kQ1x9cT==", emailEncrypted: "x9Lp0aQ=="),
        lines: [
            OrderLine(orderLineId: orderId + "-000001", chargingMode: .period, periodType: .year, periodNumber: 1,
                      expireTime: local(2027, 11, 23, 23, 59, 59), currency: "12800.00", currencyAfterDiscount: "11520.00",
                      productId: "OFFI454488", skuCode: "sku-kf-std-001", productName: "智能客服SaaS（标准版），含5个坐席"),
            OrderLine(orderLineId: orderId + "-000002", chargingMode: .onDemand, currency: "0.05",
                      currencyAfterDiscount: "0.05", productId: "OFFI454490", skuCode: "sku-sms-10k",
                      linearValue: 10000, productName: "短信通知包 SMS Pack 10,000条"),
        ],
        extendParams: [ExtendParam(name: "region", value: "cn-north-4"),
                       ExtendParam(name: "adminPassword", value: extendSecret)],
        updatedAt: local(2026, 11, 23, 13, 40))

    static let orderLinks = OrderLinks(instanceIDs: [instanceId], exceptionIDs: [messageId],
                                       supervisionTaskIDs: [taskId], ticketIDs: [caseId])

    static let instance = Instance(
        instanceId: instanceId, orderId: orderId, orderLineId: orderId + "-000001", productId: "OFFI454488",
        skuCode: "sku-kf-std-001", productName: "智能客服SaaS（标准版），含5个坐席", customerId: "cust-6f3a9c",
        customerName: customer, status: .normal, chargingMode: .period, expireTime: local(2027, 11, 23, 23, 59, 59),
        actualStartTime: local(2026, 11, 23, 9, 30), trial: false,
        appInfo: AppInfo(frontEndUrl: "https://kf.example.cn/t/cust-6f3a9c", adminUrl: "https://kf.example.cn/admin",
                         userName: "admin@杭州云栖", password: appPassword, memo: "首次登录后请修改密码。Welcome 🚀"),
        updatedAt: local(2026, 11, 23, 9, 31))

    /// An upgrade that failed three times; 45 minutes are left in its 3-hour window.
    static let exception: ProduceMessage = {
        let first = local(2026, 11, 23, 11, 50)
        let info = "调用商家接口失败：HTTP 500 Internal Server Error，resultCode=000005（其他内部错误），请检查升级接口。"
        func attempt(_ number: Int, _ at: Timestamp, _ trigger: AttemptTrigger, latency: Int) -> CallAttempt {
            CallAttempt(number: number, at: at, trigger: trigger, outcome: .failure, httpStatus: 500,
                        resultCode: "000005", latencyMs: latency, exceptionInfo: info)
        }
        return ProduceMessage(
            messageId: messageId, activity: .upgradeInstance, interfaceVersion: .v2, orderId: orderId,
            orderLineId: orderId + "-000001", instanceId: instanceId, productName: "智能客服SaaS（标准版），含5个坐席",
            customerName: customer, state: .retrying, retryPolicy: .hourlyFor3h, firstFailureAt: first,
            windowEndsAt: first.adding(seconds: 3 * 3600), exceptionInfo: info, resultCode: "000005",
            requestBody: requestBody, responseBody: responseBody,
            attempts: [attempt(1, first, .initial, latency: 812), attempt(2, first.adding(seconds: 3600), .automatic, latency: 20_000),
                       attempt(3, first.adding(seconds: 7200), .automatic, latency: 95)],
            updatedAt: first.adding(seconds: 7200))
    }()

    static let requestBody = "POST {\"activity\":\"upgradeInstance\",\"instanceId\":\"\(instanceId)\","
        + "\"orderId\":\"\(orderId)\",\"orderLineId\":\"\(orderId)-000001\",\"productId\":\"OFFI454499\","
        + "\"skuCode\":\"sku-kf-pro-001\",\"testFlag\":\"0\",\"timeStamp\":\"20261123035000123\","
        + "\"extendParams\":[{\"name\":\"seats\",\"value\":\"20\"},{\"name\":\"region\",\"value\":\"cn-north-4\"}],"
        + "\"remark\":\"升级到专业版，含20个坐席🚀，割接窗口：周六 02:00–06:00\",\"authToken\":\"tok-8c1f00aa\"}"

    static let responseBody = "{\"resultCode\":\"000005\",\"resultMsg\":\"其他内部错误：数据库连接超时（timeout after 20000 ms），"
        + "请稍后重试\",\"appInfo\":{\"frontEndUrl\":\"https://kf.example.cn/t/cust-6f3a9c\",\"userName\":\"admin\","
        + "\"password\":\"\(appPassword)\"},\"trace\":\"a1b2c3d4e5f60718293a4b5c6d7e8f90\",\"retryable\":true}"

    /// A buyer-side node idle for six days (past the 5-day appeal line) after two rejections.
    static let supervision = SupervisionTask(
        taskId: taskId, orderId: orderId, productName: "数据迁移实施服务（人工）", customerName: customer,
        flowKind: .standardManual, scenario: .empowerCloud, node: .waitBuyerAccept,
        nodeSince: local(2026, 11, 17, 10, 0), rejectCount: 2,
        requirementText: "1. 迁移MySQL 5.7 → 8.0（约200 GB）；\n2. 割接窗口：周六 02:00–06:00。\n3. 验收标准：数据一致性校验100%通过🚀",
        requirementFiles: [SupervisionFile(fileName: "迁移需求说明书.docx", size: 1_258_291,
                                           sha256: "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
                                           kind: .sow, uploadedAt: local(2026, 11, 10, 9, 0))],
        deliverables: [
            SupervisionFile(fileName: "验收报告-v2.pdf", size: 3_400_000,
                            sha256: "2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae",
                            kind: .acceptance, uploadedAt: local(2026, 11, 17, 9, 55)),
            SupervisionFile(fileName: "割接截图.png", size: 524_288, sha256: nil, kind: .screenshot,
                            uploadedAt: local(2026, 11, 17, 9, 56)),
        ],
        actualServiceStartTime: local(2026, 11, 12, 9, 0),
        history: [
            SupervisionEvent(at: local(2026, 11, 10, 9, 0), actor: .buyer, action: "提交需求"),
            SupervisionEvent(at: local(2026, 11, 10, 15, 20), actor: .seller, action: "驳回需求", note: "需求不完整，请补充割接窗口"),
            SupervisionEvent(at: local(2026, 11, 11, 8, 45), actor: .buyer, action: "重新提交需求"),
            SupervisionEvent(at: local(2026, 11, 11, 10, 0), actor: .seller, action: "驳回需求", note: "请确认数据量（GB）"),
            SupervisionEvent(at: local(2026, 11, 12, 9, 0), actor: .seller, action: "确认需求"),
            SupervisionEvent(at: local(2026, 11, 17, 10, 0), actor: .seller, action: "提交交付件", note: "验收报告与割接截图已上传"),
        ],
        updatedAt: local(2026, 11, 17, 10, 0))

    static let ticket = Ticket(
        caseId: caseId, orderId: orderId, productId: "OFFI454488", productName: "智能客服SaaS（标准版），含5个坐席",
        customerId: "cust-6f3a9c", customerName: customer, assignee: "ops-sub-01",
        title: "登录后台提示“许可证已过期”，无法新增坐席", status: .inProgress, createTime: local(2026, 11, 22, 10, 30),
        messages: [
            TicketMessage(messageId: "m1", author: .customer,
                          content: "您好，今天上午开始登录管理后台提示许可证已过期……\n截图见附件，请尽快处理。",
                          createTime: local(2026, 11, 22, 10, 30)),
            TicketMessage(messageId: "m2", author: .seller, content: "您好，已收到，正在排查License服务，预计30分钟内回复。",
                          createTime: local(2026, 11, 22, 10, 42)),
            TicketMessage(messageId: "m3", author: .customer, content: "补充：错误码 E-1024 " + hostile,
                          createTime: local(2026, 11, 23, 8, 5)),
        ],
        updatedAt: local(2026, 11, 23, 8, 5))

    static let records: [SellerRecord] = [
        .order(order), .instance(instance), .exception(exception), .supervision(supervision), .ticket(ticket),
    ]
}
