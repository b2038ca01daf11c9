import ConsoleUI
import ListContract
import SellerCore
import Testing

/// Issue 13: every refusal and confirmation the console shows is written whole in each language: the Chinese
/// sentence carries no English sentence, the English one no Chinese sentence (Chinese labels may appear in it as
/// names, as the marketplace's pages name them).
@Suite struct WholeLanguageMessageTests {
    static let zero = Timestamp(millis: 0)

    static func task(_ flow: FlowKind, _ node: SupervisionNode) -> SupervisionTask {
        SupervisionTask(taskId: "T1", orderId: "CS1", productName: "p", customerName: "c", flowKind: flow,
                        scenario: .empowerCloud, node: node, nodeSince: zero, rejectCount: 0, requirementText: "",
                        requirementFiles: [], deliverables: [], actualServiceStartTime: nil, history: [],
                        updatedAt: zero)
    }

    static let file = DeliverableUpload(path: "/tmp/a.pdf", fileName: "a.pdf", size: 1, sha256: "00", kind: .sow)

    static let actions: [SellerAction] = [
        .restart(messageId: "x"), .confirmRequirement(taskId: "x"), .rejectRequirement(taskId: "x", reason: ""),
        .rejectRequirement(taskId: "x", reason: "不清楚"), .deliver(taskId: "x", files: [], actualStart: nil),
        .deliver(taskId: "x", files: [file], actualStart: nil), .acceptTicket(caseId: "x"),
        .replyTicket(caseId: "x", content: "", waitForCustomer: false),
        .replyTicket(caseId: "x", content: "好的", waitForCustomer: true),
        .resolveTicket(caseId: "x", cause: "", solution: ""), .resolveTicket(caseId: "x", cause: "a", solution: "b"),
        .replayMessage(messageId: "x"), .replayCall(callId: "x"),
    ]

    static var states: [ActionTargetState] {
        ExceptionState.allCases.map(ActionTargetState.exception)
            + ExceptionState.allCases.map(ActionTargetState.journalException)
            + FlowKind.allCases.flatMap { flow in SupervisionNode.allCases.map { .supervision(task(flow, $0)) } }
            + TicketStatus.allCases.map(ActionTargetState.ticket) + [.other]
    }

    /// Every refusal the state machines give a console action, as the console words it.
    static var refusals: [String] {
        var texts: Set<String> = []
        for action in actions {
            for state in states {
                if let error = ActionRules.refusal(of: action, in: state, at: zero) {
                    texts.insert(ActionText.refusal(action.kind, error))
                }
            }
            for pending in ActionKind.allCases {
                texts.insert(ActionText.pendingRefusal(action.kind, pending: StoredValue(pending)))
            }
        }
        return texts.sorted()
    }

    @Test func refusalsAreWholeInEachLanguage() throws {
        let texts = Self.refusals
        #expect(texts.count > 20)
        for text in texts {
            let halves = text.components(separatedBy: " Cannot ")
            try #require(halves.count == 2, "one Chinese and one English sentence: \(text)")
            #expect(!Self.hasEnglishSentence(halves[0]), "English inside the Chinese: \(text)")
            #expect(!Self.hasChineseSentence(halves[1]), "Chinese inside the English: \(text)")
        }
    }

    /// The store's own refusal (English, shared with the command line) follows a whole Chinese sentence.
    @Test func notQueuedSaysItInChineseFirst() throws {
        let text = ActionText.notQueued(reason: "T1 is not in the local store; sync first")
        let halves = text.components(separatedBy: " Not queued: ")
        try #require(halves.count == 2)
        #expect(!Self.hasEnglishSentence(halves[0]) && !Self.hasChineseSentence(halves[1]), "\(text)")
    }

    @Test func confirmationsAskAWholeQuestion() {
        for kind in ActionKind.allCases {
            let question = ActionText.confirmQuestion(kind)
            #expect(!Self.hasEnglishSentence(question) && question.contains("？"), "\(question)")
            #expect(!question.contains("以下对象"), "template phrasing: \(question)")
        }
    }

    /// The reported refusal, word for word.
    @Test func rejectingAtTheWrongNodeReadsWhole() throws {
        let error = try #require(ActionRules.refusal(of: .rejectRequirement(taskId: "T1", reason: "r"),
                                                     in: .supervision(Self.task(.standardManual, .sellerImplementing)),
                                                     at: Self.zero))
        #expect(ActionText.refusal(.rejectRequirement, error)
                == "不能驳回需求：当前为「商家实施服务」，只有在「商家确认需求」节点才能确认或驳回需求。"
                + " Cannot reject the requirement (now 商家实施服务): the buyer's requirement can only be confirmed or"
                + " rejected at 商家确认需求.")
    }

    /// Three ASCII words in a row (`the buyer's requirement`) make an English sentence; ids, codes and one-word
    /// names (`License 2.0`, `eventId`, `000004`) do not.
    static func hasEnglishSentence(_ text: String) -> Bool {
        var run = 0
        for word in text.split(whereSeparator: { !$0.isASCII || $0 == " " }) {
            let isWord = word.count > 1 && word.allSatisfy { $0.isLetter || $0 == "'" }
            run = isWord ? run + 1 : 0
            if run >= 3 { return true }
        }
        return false
    }

    /// Chinese punctuation, or more Han characters in a row than the longest label, make a Chinese sentence.
    static func hasChineseSentence(_ text: String) -> Bool {
        if text.contains(where: { "，。：；？！、（）".contains($0) }) { return true }
        var run = 0
        for character in text {
            run = character.unicodeScalars.allSatisfy({ $0.properties.isIdeographic }) ? run + 1 : 0
            if run > 8 { return true }
        }
        return false
    }
}
