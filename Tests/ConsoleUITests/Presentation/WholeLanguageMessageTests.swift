import ConsoleUI
import ListContract
import Localization
import SellerCore
import Testing

/// Issues 13 and 14: every refusal, confirmation and catalog phrase about records and actions is written whole in
/// each language: the Chinese carries no English sentence, the English no Chinese sentence (Chinese labels may
/// appear in it as names, as the marketplace's pages name them).
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
    static var refusals: [Phrase] {
        var texts: Set<Phrase> = []
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
        return texts.sorted { $0.zh < $1.zh }
    }

    @Test func refusalsAreWholeInEachLanguage() {
        let texts = Self.refusals
        #expect(texts.count > 20)
        for text in texts {
            Self.expectWhole(text)
            #expect(text.zh.hasPrefix("不能") && text.en.hasPrefix("Cannot "), "\(text)")
        }
    }

    /// The store's own refusal (English, shared with the command line): the Chinese says what happened in its own
    /// sentence, the English carries the reason.
    @Test func notQueuedIsWholeInEachLanguage() {
        let text = ActionText.notQueued(reason: "T1 is not in the local store; sync first")
        Self.expectWhole(text)
        #expect(text.en == "Not queued: T1 is not in the local store; sync first")
    }

    @Test func confirmationsAskAWholeQuestion() {
        for kind in ActionKind.allCases {
            let question = ActionText.confirmQuestion(kind)
            Self.expectWhole(question)
            #expect(question.zh.contains("？") && question.en.contains("?"), "\(question)")
            #expect(!question.zh.contains("以下对象"), "template phrasing: \(question)")
        }
    }

    /// The reported refusal, word for word, in each language.
    @Test func rejectingAtTheWrongNodeReadsWhole() throws {
        let error = try #require(ActionRules.refusal(of: .rejectRequirement(taskId: "T1", reason: "r"),
                                                     in: .supervision(Self.task(.standardManual, .sellerImplementing)),
                                                     at: Self.zero))
        let refusal = ActionText.refusal(.rejectRequirement, error)
        #expect(refusal.zh == "不能驳回需求：当前为「商家实施服务」，只有在「商家确认需求」节点才能确认或驳回需求。")
        #expect(refusal.en == "Cannot reject the requirement (now Implementing): the buyer's requirement can only be"
                + " confirmed or rejected at the To confirm step.")
    }

    /// Every catalog the console's record and action words come from, and every enum label.
    @Test func everyCatalogPhraseIsWholeInEachLanguage() {
        let catalogs = RecordField.all + RecordText.all + ActionDialogText.all + ActionDeliverText.all + OutboxText.all
            + ActionKind.allCases.map(ActionName.of) + [ActionName.unreadable, SecretMask.hidden,
                                                         DurationFormat.pastDeadline]
        #expect(catalogs.count > 150)
        for phrase in catalogs { Self.expectWhole(phrase) }
        for phrase in Self.enumLabels {
            #expect(!Self.hasChineseSentence(phrase.en) && !phrase.en.unicodeScalars.contains { $0.properties.isIdeographic }, "\(phrase)")
            #expect(!Self.hasEnglishSentence(phrase.zh), "\(phrase)")
        }
    }

    /// Every label of every labelled enum the console shows.
    static var enumLabels: [Phrase] {
        func all<E: LabeledEnum>(_ type: E.Type) -> [Phrase] { type.allCases.map(\.phrase) }
        return all(OrderType.self) + all(OrderStatus.self) + all(ChargingMode.self) + all(PeriodType.self)
            + all(Site.self) + all(Activity.self) + all(RetryPolicy.self) + all(ExceptionState.self)
            + all(AttemptTrigger.self) + all(AttemptOutcome.self) + all(FlowKind.self) + all(SupervisionScenario.self)
            + all(SupervisionNode.self) + all(SupervisionActor.self) + all(DeliverableKind.self)
            + all(TicketStatus.self) + all(TicketAuthor.self) + all(InstanceStatus.self) + all(CallOrigin.self)
            + all(SignatureVerdict.self) + all(CallOutcome.self) + all(CallFailureKind.self) + all(MessageSource.self)
            + all(OutboxState.self) + all(OutboxFailure.self) + EntityKind.allCases.map(\.phrase)
            + ListSortColumn.allCases.map(\.phrase)
    }

    /// The Chinese side carries no English sentence, the English side no Chinese sentence (a quoted marketplace
    /// label such as 商家确认需求 may stand in it as a name).
    static func expectWhole(_ phrase: Phrase, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(!hasEnglishSentence(phrase.zh), "English inside the Chinese: \(phrase.zh)", sourceLocation: sourceLocation)
        #expect(!hasChineseSentence(phrase.en), "Chinese inside the English: \(phrase.en)", sourceLocation: sourceLocation)
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
