import SellerCore
import Testing

private let day: Int64 = 86_400

@Suite struct SupervisionApplyTests {
    @Test func applyUpdatesRequirementNodeSinceAndHistory() throws {
        var t = task(.standardManual)
        let attachment = file("需求说明书.docx", kind: nil)
        let submitted = t0.adding(seconds: 3 * day)
        try SupervisionFlow.apply(.buyerSubmitRequirement(text: "请完成MySQL 8.0巡检", files: [attachment]), to: &t,
                                  at: submitted)
        #expect(t.node == .waitSellerConfirm)
        #expect(t.nodeSince == submitted && t.updatedAt == submitted)
        #expect(t.requirementText == "请完成MySQL 8.0巡检" && t.requirementFiles == [attachment])
        #expect(t.history == [SupervisionEvent(at: submitted, actor: .buyer, action: "提交需求")])

        let rejected = submitted.adding(seconds: 3600)
        try SupervisionFlow.apply(.sellerRejectRequirement(reason: "请按需求模板填写"), to: &t, at: rejected)
        #expect(t.rejectCount == 1 && t.nodeSince == rejected)
        #expect(t.history.last == SupervisionEvent(at: rejected, actor: .seller, action: "驳回需求", note: "请按需求模板填写"))
        #expect(t.requirementText == "请完成MySQL 8.0巡检", "a reject keeps the last requirement on record")
    }

    @Test func deliverablesAccumulateAndTheStartTimeIsKept() throws {
        var t = task(.standardManual, at: .sellerImplementing)
        let start = t0.adding(seconds: -day)
        let first = [file("需求文档.docx", kind: .sow), file("验收文档.pdf", kind: .acceptance)]
        try SupervisionFlow.apply(.sellerDeliver(files: first, actualStart: start), to: &t, at: t0.adding(seconds: 60))
        #expect(t.deliverables == first && t.actualServiceStartTime == start)
        #expect(t.history.last?.note == "需求文档.docx, 验收文档.pdf")
        #expect(t.history.last?.actor == .seller && t.history.last?.action == "确认完成")

        try SupervisionFlow.apply(.buyerReject(reason: "缺少部署截图"), to: &t, at: t0.adding(seconds: 120))
        let second = [file("部署截图.png", kind: .screenshot)]
        try SupervisionFlow.apply(.sellerDeliver(files: second, actualStart: nil), to: &t, at: t0.adding(seconds: 180))
        #expect(t.deliverables == first + second)
        #expect(t.actualServiceStartTime == start, "a later delivery without a start time keeps the earlier one")
        #expect(t.history.count == 3 && t.rejectCount == 1)
    }

    @Test func historyNamesTheRightActor() throws {
        var t = task(.license2, .empowerCloud)
        _ = try walk(&t, [.sellerDeploy, .buyerReceiveCode, .licenseActivated, deliver, .huaweiReviewFail(reason: "缺截图"),
                          .appeal(by: .buyer, reason: "复核太慢"), .appealDecided(resumeAt: .sellerUploadProof), .unsubscribe])
        #expect(t.history.map(\.actor) == [.seller, .buyer, .system, .seller, .huawei, .buyer, .ops, .system])
        #expect(t.history.map(\.action) == ["部署交付", "领取授权码", "授权码激活", "确认完成", "华为云复核驳回", "发起申诉",
                                             "申诉处理", "退订"])
        #expect(t.history[4].note == "缺截图" && t.history[5].note == "复核太慢")
        #expect(t.node == .unsubscribed && t.rejectCount == 1)
        #expect(t.history.map(\.at) == (1...8).map { t0.adding(seconds: Int64($0) * 3600) })
    }

    @Test func refusedApplyChangesNothing() {
        var t = task(.standardManual, at: .sellerImplementing)
        t.history = [SupervisionEvent(at: t0, actor: .system, action: "创建服务监管")]
        let before = t
        #expect(refusal {
            try SupervisionFlow.apply(.sellerDeliver(files: [], actualStart: t0), to: &t, at: t0.adding(seconds: 9))
        } != nil)
        #expect(refusal {
            try SupervisionFlow.apply(.buyerAccept, to: &t, at: t0.adding(seconds: 9))
        } == "acceptance happens only at the Buyer accept or Buyer check step")
        #expect(t == before)
    }

    @Test func daysIdleCountsWholeDaysOnTheCurrentNode() {
        let t = task(.standardManual, at: .waitBuyerAccept)
        #expect(t.daysIdle(at: t0) == 0)
        #expect(t.daysIdle(at: t0.adding(seconds: -10 * day)) == 0, "a clock behind nodeSince is not negative idle time")
        #expect(t.daysIdle(at: t0.adding(millis: 86_400_000 - 1)) == 0)
        #expect(t.daysIdle(at: t0.adding(seconds: day)) == 1)
        #expect(t.daysIdle(at: t0.adding(seconds: 5 * day + 3600)) == 5)
        #expect(t.daysIdle(at: t0.adding(seconds: 400 * day)) == 400)
    }

    /// docs/KOOGALLERY.md §7.7: the seller may appeal when a buyer-side node has been idle for more than 5 days, or after more than 3
    /// rejections; the flow refuses appeals on finished or already frozen tasks, so this must agree.
    @Test func sellerMayAppealAfterFiveIdleDaysOnABuyerNode() {
        for node in SupervisionNode.allCases where node.waitsForBuyer {
            let t = task(.standardManual, at: node)
            #expect(!t.sellerMayAppeal(at: t0.adding(seconds: 5 * day)), "exactly 5 days is not more than 5 (\(node))")
            #expect(t.sellerMayAppeal(at: t0.adding(millis: 5 * 86_400_000 + 1)), "just over 5 days (\(node))")
            #expect(t.sellerMayAppeal(at: t0.adding(seconds: 5 * day + 23 * 3600)))
        }
        for node in SupervisionNode.allCases where node.waitsForSeller {
            #expect(!task(.standardManual, at: node).sellerMayAppeal(at: t0.adding(seconds: 30 * day)),
                    "idle time on the seller's own node does not count (\(node))")
        }
    }

    @Test func sellerMayAppealAfterMoreThanThreeRejections() {
        let waiting = task(.standardManual, at: .sellerImplementing, rejectCount: 3)
        #expect(!waiting.sellerMayAppeal(at: t0))
        let fourth = task(.standardManual, at: .sellerImplementing, rejectCount: 4)
        #expect(fourth.sellerMayAppeal(at: t0))
        for node in [SupervisionNode.completed, .unsubscribed, .appealFrozen] {
            let t = task(.standardManual, at: node, rejectCount: 9)
            #expect(!t.sellerMayAppeal(at: t0.adding(seconds: 30 * day)), "\(node)")
            #expect(throws: TransitionError.self) {
                try SupervisionFlow.next(after: .appeal(by: .seller, reason: "x"), for: t)
            }
        }
    }

    @Test func nodeSetsAreConsistent() {
        for node in SupervisionNode.allCases {
            #expect(!(node.waitsForBuyer && node.waitsForSeller), "\(node)")
            if node.isTerminal || node == .appealFrozen || node == .huaweiReview {
                #expect(!node.waitsForBuyer && !node.waitsForSeller, "\(node)")
            } else {
                #expect(node.waitsForBuyer || node.waitsForSeller, "\(node) waits for somebody")
            }
        }
        #expect(SupervisionNode.allCases.filter(\.isTerminal) == [.completed, .unsubscribed])
    }
}
