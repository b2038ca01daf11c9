import SellerCore
import Testing

/// Wire spellings and labels must match docs/KOOGALLERY.md §13.a exactly: they are what the gateway sends and what a
/// seller sees in the web Seller Center.
@Suite struct DomainEnumTests {
    private func checkLabels<E: LabeledEnum>(_ type: E.Type, sourceLocation: SourceLocation = #_sourceLocation) {
        let labels = E.allCases.map(\.label)
        #expect(Set(labels).count == labels.count || E.self == Activity.self, "labels are distinct",
                sourceLocation: sourceLocation)
        #expect(!labels.contains(""), sourceLocation: sourceLocation)
        for value in E.allCases {
            #expect(E(rawValue: value.rawValue) == value, sourceLocation: sourceLocation)
        }
    }

    @Test func wireSpellings() {
        #expect(OrderType.allCases.map(\.rawValue) == ["NEW", "TRIAL", "TRIAL_TO_FORMAL", "UNSUBSCRIBE", "RENEW", "CHANGE"])
        #expect(ChargingMode.allCases.map(\.rawValue) == ["PERIOD", "ON_DEMAND", "ONE_TIME", "ON_DEMAND_PKG"])
        #expect(InstanceStatus.allCases.map(\.rawValue) == ["PROVISIONING", "PROVISION_FAILED", "NORMAL", "FROZEN", "RELEASED"])
        #expect(ExceptionState.allCases.map(\.rawValue)
                == ["RETRYING", "EXHAUSTED", "MANUAL_RETRY_REQUESTED", "RESOLVED", "ORDER_AUTO_UNSUBSCRIBED", "RECOVERED"])
        #expect(RetryPolicy.allCases.map(\.rawValue) == ["H3_HOURLY", "H1", "ONCE", "N60_EVERY_2MIN"])
        #expect(FlowKind.allCases.map(\.rawValue) == ["STANDARD_MANUAL", "SAAS_OFFLINE", "DATA_FILE", "LICENSE2", "LICENSE1",
                                                      "LICENSE_OFFLINE", "HARDWARE", "APP_ORCHESTRATION"])
        #expect(SupervisionScenario.allCases.map(\.rawValue) == ["GENERAL", "EMPOWER_CLOUD", "BASE_CLOUD"])
        #expect(SupervisionActor.allCases.map(\.rawValue) == ["BUYER", "SELLER", "HUAWEI", "SYSTEM", "OPS"])
        #expect(DeliverableKind.allCases.map(\.rawValue) == ["SOW", "ACCEPTANCE", "SCREENSHOT", "OTHER"])
        #expect(EntityKind.allCases.map(\.rawValue)
                == ["orders", "instances", "produce-messages", "supervision-tasks", "tickets", "calls"])
        #expect(EntityKind.synced == Array(EntityKind.allCases.dropLast()), "calls are never synced")
        #expect(CallOrigin.allCases.map(\.rawValue) == ["MARKETPLACE", "REPLAY"])
        #expect(SignatureVerdict.allCases.map(\.rawValue)
                == ["OK", "MISMATCH", "STALE", "MISSING", "REPLAYED_NONCE", "UNCHECKED"])
        #expect(CallOutcome.allCases.map(\.rawValue) == ["PENDING", "SUCCESS", "FAILURE"])
        #expect(MessageSource.allCases.map(\.rawValue) == ["gateway", "journal"])
    }

    @Test func labelsAreDistinctAndRawValuesRoundTrip() {
        checkLabels(OrderType.self)
        checkLabels(OrderStatus.self)
        checkLabels(ChargingMode.self)
        checkLabels(PeriodType.self)
        checkLabels(Site.self)
        checkLabels(InstanceStatus.self)
        checkLabels(ExceptionState.self)
        checkLabels(RetryPolicy.self)
        checkLabels(InterfaceVersion.self)
        checkLabels(AttemptTrigger.self)
        checkLabels(AttemptOutcome.self)
        checkLabels(FlowKind.self)
        checkLabels(SupervisionScenario.self)
        checkLabels(SupervisionNode.self)
        checkLabels(SupervisionActor.self)
        checkLabels(DeliverableKind.self)
        checkLabels(TicketStatus.self)
        checkLabels(TicketAuthor.self)
        checkLabels(Activity.self)
    }

    @Test func ticketStatusCodesAreOSMs() {
        let codes = Dictionary(uniqueKeysWithValues: TicketStatus.allCases.map { ($0, $0.code) })
        #expect(codes == [.pendingAccept: 0, .inProgress: 1, .waitingConfirm: 2, .done: 3, .withdrawn: 4, .invalid: 12,
                          .waitingCustomer: 17])
        #expect(TicketStatus.allCases.filter(\.isClosed) == [.done, .withdrawn, .invalid])
        #expect(TicketStatus.waitingCustomer.label == "待客户反馈" && TicketStatus.waitingConfirm.label == "待确认结果")
    }

    @Test func chargingModeV1Codes() {
        #expect(ChargingMode.allCases.map(\.v1Code) == [1, 0, 3, 5])
    }

    @Test func retryPoliciesFollowSection6() {
        #expect(RetryPolicy.hourlyFor3h.windowSeconds == 10_800)
        #expect(RetryPolicy.for1h.windowSeconds == 3_600)
        #expect(RetryPolicy.once.windowSeconds == 0)
        #expect(RetryPolicy.every2minX60.windowSeconds == 7_200)
        #expect(Activity.newInstance.retryPolicy == .hourlyFor3h && Activity.upgrade.retryPolicy == .hourlyFor3h)
        #expect(Activity.orderNotify.retryPolicy == .hourlyFor3h && Activity.getLicense.retryPolicy == .hourlyFor3h)
        #expect(Activity.refreshInstance.retryPolicy == .for1h && Activity.releaseInstance.retryPolicy == .for1h)
        #expect(Activity.expireInstance.retryPolicy == .for1h)
        #expect(Activity.refreshLicenseCode.retryPolicy == .every2minX60)
        #expect(Activity.releaseLicenseCode.retryPolicy == .every2minX60)
        #expect(Set(Activity.allCases.filter(\.unsubscribesOnExhaustion)) == [.newInstance, .upgrade, .upgradeInstance])
        #expect(!Activity.orderNotify.unsubscribesOnExhaustion, "orderNotify just stops (docs/KOOGALLERY.md §6.1)")
    }

    @Test func flowsStartWhereTheDocSays() {
        #expect(FlowKind.standardManual.firstNode == .waitRequirement)
        #expect(FlowKind.saasOffline.firstNode == .waitRequirement)
        #expect(FlowKind.dataFile.firstNode == .waitRequirement)
        #expect(FlowKind.licenseOffline.firstNode == .waitRequirement)
        #expect(FlowKind.license2.firstNode == .sellerDeploying)
        #expect(FlowKind.license1.firstNode == .waitIdentCode)
        #expect(FlowKind.hardware.firstNode == .sellerImplementing)
        #expect(FlowKind.appOrchestration.firstNode == .sellerImplementing)
        #expect(SupervisionScenario.allCases.filter(\.needsHuaweiReview) == [.empowerCloud, .baseCloud])
    }

    @Test func exceptionStatesThatAreOpen() {
        #expect(ExceptionState.allCases.filter(\.isOpen) == [.retrying, .exhausted, .manualRetryRequested])
    }

    @Test func entityKindNames() {
        #expect(EntityKind.allCases.map(\.label) == ["订单", "实例", "接口异常", "服务监管", "工单", "调用记录"])
        #expect(EntityKind.allCases.map(\.commandName)
                == ["orders", "instances", "exceptions", "supervision", "tickets", "calls"])
        #expect(EntityKind.allCases.map(\.englishLabel)
                == ["Orders", "Instances", "Exceptions", "Supervision", "Tickets", "Calls"])
    }

    @Test func recordAccessors() {
        let ticket = Ticket(caseId: "TT1", orderId: nil, productId: "P", productName: "N", customerId: "C",
                            customerName: "客户", assignee: "主账号", title: "标题", status: .inProgress,
                            createTime: Timestamp(millis: 1), messages: [], updatedAt: Timestamp(millis: 2))
        let record = SellerRecord.ticket(ticket)
        #expect(record.kind == .tickets && record.id == "TT1" && record.updatedAt == Timestamp(millis: 2))
        let supervision = SellerRecord.supervision(task(.hardware))
        #expect(supervision.kind == .supervision && supervision.id == "SV0K7Q2" && supervision.updatedAt == t0)
    }

    @Test func produceMessageWindowHelpers() {
        let first = Timestamp(seconds: 10_000)
        var message = ProduceMessage(
            messageId: "PM1", activity: .newInstance, interfaceVersion: .v2, orderId: "CS1", orderLineId: nil,
            instanceId: nil, productName: "p", customerName: "c", state: .retrying, retryPolicy: .hourlyFor3h,
            firstFailureAt: first, windowEndsAt: first.adding(seconds: RetryPolicy.hourlyFor3h.windowSeconds),
            exceptionInfo: "超时", resultCode: nil, requestBody: "", responseBody: "", attempts: [], updatedAt: first)
        #expect(message.attemptCount == 0 && message.lastAttemptAt == first)
        #expect(message.secondsLeftInWindow(at: first) == 10_800)
        #expect(message.secondsLeftInWindow(at: first.adding(millis: 10_798_500)) == 1, "whole seconds, rounded down")
        #expect(message.secondsLeftInWindow(at: first.adding(seconds: 20_000)) == 0, "never negative")
        message.attempts = [1, 2].map {
            CallAttempt(number: $0, at: first.adding(seconds: Int64($0) * 3600), trigger: .automatic, outcome: .failure,
                        httpStatus: 500, resultCode: nil, latencyMs: 10, exceptionInfo: "HTTP 500")
        }
        #expect(message.attemptCount == 2 && message.lastAttemptAt == first.adding(seconds: 7200))
    }

    @Test func trimmingWhitespace() {
        #expect("  a b \n".trimmingWhitespace == "a b")
        #expect("\u{3000}订单\t".trimmingWhitespace == "订单")
        #expect(" \n\t".trimmingWhitespace == "")
        #expect("".trimmingWhitespace == "")
        #expect("x".trimmingWhitespace == "x")
    }
}
