import ListContract
import Localization
import SellerCore
import TermUI

/// The modal on top of the console while the seller prepares or confirms an action. It takes every key until it
/// closes (the normal mode's commands never fire inside it; its keys are the keymap's `KeyContext`s).
public indirect enum ActionDialog: Equatable, Sendable {
    case confirm(ConfirmDialog)
    case form(TextActionForm)
    case deliver(DeliverForm)
}

/// "Are you sure?" for one action, naming it and its target; Cancel is focused when it opens.
public struct ConfirmDialog: Equatable, Sendable {
    /// What pressing the confirm button does.
    public enum Operation: Equatable, Sendable {
        case enqueue([SellerAction])
        /// Every exception the query matches (up to `ExceptionMarks.allMatchingCap`), expanded by the runtime.
        case restartAllMatching(StoreListQuery)
        /// `force`: drop it even when the marketplace cannot say whether it was applied.
        case discard(outboxId: Int64, force: Bool = false)
        /// Throw away what was typed in the form it came from (Esc in a form with text; `y` answers it).
        case discardForm
    }

    public var title: String
    /// What the action does (wrapped).
    public var lines: [String]
    /// Whom and what: the target's order number and buyer, ids, files; one line each, cut to fit.
    public var items: [String]
    /// Anything to know before confirming (wrapped).
    public var notes: [String]
    public var confirmLabel: String
    public var operation: Operation
    /// 0 is Cancel, 1 the action.
    public var focusedButton = 0
    /// The form this confirmation came from: Cancel returns to it, so typed text is not lost.
    public var returnTo: ActionDialog?
    /// The language its words were written in, for the Cancel button the view adds.
    public var language: Language

    public init(title: String, lines: [String], items: [String] = [], notes: [String] = [], confirmLabel: String,
                operation: Operation, returnTo: ActionDialog? = nil, language: Language) {
        self.title = title
        self.lines = lines
        self.items = items
        self.notes = notes
        self.confirmLabel = confirmLabel
        self.operation = operation
        self.returnTo = returnTo
        self.language = language
    }

    /// The Cancel button's label.
    public var cancelLabel: String { ActionDialogText.cancel.text(language) }
}

/// A form with multi-line text fields: 驳回 (a reason), 留言 (text and the 待客户反馈 toggle), 确认解决 (出现原因 and
/// 解决方案). The editors take every key while focused; Tab moves between fields and buttons.
public struct TextActionForm: Equatable, Sendable {
    public enum Kind: Equatable, Sendable {
        case reject(taskId: String)
        case reply(caseId: String)
        case resolve(caseId: String)
        /// 交付License: a text (field 0) or a file path (field 1) for a `getLicenseAsync` answered 000004.
        case license(callId: String, eventId: String)
    }

    public struct Field: Equatable, Sendable {
        public var label: String
        public var input: MultiLineTextInputState
    }

    public enum Focus: Hashable, Sendable {
        case field(Int)
        case toggle
        case cancel
        case submit
    }

    public var kind: Kind
    public var title: String
    public var targetLines: [String]
    public var fields: [Field]
    /// The 设置为待客户反馈 toggle of a reply; nil for forms without one.
    public var waitForCustomer: Bool?
    public var focus: Focus = .field(0)
    /// Why the last submit was refused (an empty required field).
    public var error: String?
    /// The absolute path of the license file being measured before the confirmation opens.
    public var measuring: String?
    /// The language of its words, and of the confirmation it leads to.
    public var language: Language
    /// A reply's files, chosen in the deliver form's picker (Ctrl-F) and uploaded before the reply is sent.
    public var attachments: [DeliverableUpload] = []

    public init(kind: Kind, title: String, targetLines: [String], fields: [Field], waitForCustomer: Bool? = nil,
                language: Language) {
        self.kind = kind
        self.title = title
        self.targetLines = targetLines
        self.fields = fields
        self.waitForCustomer = waitForCustomer
        self.language = language
    }

    /// Focus stops in Tab order.
    var focusOrder: [Focus] {
        fields.indices.map { Focus.field($0) } + (waitForCustomer == nil ? [] : [.toggle]) + [.cancel, .submit]
    }

    mutating func moveFocus(by step: Int) {
        let order = focusOrder
        let index = order.firstIndex(of: focus) ?? 0
        focus = order[((index + step) % order.count + order.count) % order.count]
    }

    public var submitLabel: String {
        let phrase: Phrase = switch kind {
        case .reject: Phrase(zh: "驳回", en: "Reject")
        case .reply: ActionName.of(.replyTicket)
        case .resolve: ActionName.of(.resolveTicket)
        case .license: ActionName.of(.deliverLicense)
        }
        return phrase.text(language)
    }

    /// The Cancel button's label.
    public var cancelLabel: String { ActionDialogText.cancel.text(language) }

    /// The grey text in field `index` while it is empty.
    public func placeholder(_ index: Int) -> String {
        let phrase = switch kind {
        case .reject: ActionDialogText.rejectPlaceholder
        case .reply: ActionDialogText.replyPlaceholder
        case .resolve: index == 0 ? ActionDialogText.causePlaceholder : ActionDialogText.solutionPlaceholder
        case .license: index == 0 ? ActionDialogText.licenseTextPlaceholder : ActionDialogText.licenseFilePlaceholder
        }
        return phrase.text(language)
    }

    /// The 待客户反馈 toggle's line.
    public var waitLine: String {
        ((waitForCustomer ?? false) ? "[x] " : "[ ] ") + ActionDialogText.waitForCustomer.text(language)
    }
}
