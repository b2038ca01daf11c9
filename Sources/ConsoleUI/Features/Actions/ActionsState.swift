import ListContract
import Localization
import SellerCore
import TermUI

/// What the actions feature reads of the rest of the console when a key opens or drives a dialog.
struct ActionContext {
    var display: DisplayContext
    var size: Size
    var keymap: Keymap
    var tab: ConsoleTab
    /// The active list (nil on the 队列 tab).
    var list: TabState?
    /// The record the detail pane has loaded, whichever it is.
    var detailRecord: SellerRecord?
    /// The 队列 tab's selected item and the items loaded.
    var outbox: OutboxListState
    /// The row an action key targets: the list's selection, or the record a followed link shows (issue 13).
    var selectedRow: ListRow?

    var now: Timestamp { display.now }
    var language: Language { display.language }

    /// `phrase` in the console's language.
    func text(_ phrase: Phrase) -> String { phrase.text(display.language) }

    /// The two lines naming `row` in a dialog.
    func targetLines(_ row: ListRow) -> [String] {
        ActionText.targetLines(row, record: loadedRecord(for: row), language: language)
    }

    /// Whether the selected row is an interface-exception message from the relay's journal.
    var selectedIsJournal: Bool {
        guard case .exception(let row)? = selectedRow?.content else { return false }
        return row.source.known == .journal
    }

    /// The loaded detail record when it is `row`'s.
    func loadedRecord(for row: ListRow) -> SellerRecord? {
        guard let record = detailRecord, record.kind == row.kind, record.id == row.id else { return nil }
        return record
    }
}

/// The actions feature: the dialog or form on top of everything (it takes every key while open), the marks of
/// the Exceptions tab, and the answers to what was queued. Action keys are refused in `--readonly`, on a tab
/// where they mean nothing, or by the state machine (at once, with the reason); otherwise they open a dialog.
public struct ActionsState: Equatable, Sendable {
    public internal(set) var dialog: ActionDialog?
    /// Rows of the Exceptions tab marked for a bulk 重新启动.
    public internal(set) var marks: ExceptionMarks = .none
    public let readOnly: Bool
    /// Where the deliver file picker starts and relative paths begin (set by the runtime).
    public var workingDirectory = "/"

    static let readOnlyMessage = Phrase(zh: "只读模式：不能执行操作（--readonly）",
                                        en: "Read-only mode: actions are off (--readonly).")
    static let wrongTabMessage = Phrase(zh: "此标签页没有该操作", en: "This tab has no such action.")
    static let nothingSelected = Phrase(zh: "没有选中的记录", en: "Nothing is selected.")

    public init(readOnly: Bool) {
        self.readOnly = readOnly
    }

    /// An action key. `advance` asks the root to move the selection down (after Space marked a row).
    mutating func perform(_ command: Command, _ ctx: ActionContext,
                          toasts: inout Toasts) -> (effects: [Effect], advance: Bool) {
        guard !readOnly else {
            toasts.show(ctx.text(ActionsState.readOnlyMessage), kind: .warn, at: ctx.now)
            return ([], false)
        }
        switch (command, ctx.tab) {
        case (.mark, .exceptions): return ([], toggleMark(ctx, toasts: &toasts))
        case (.markAll, .exceptions): toggleMarkAll(ctx, toasts: &toasts)
        case (.restart, .exceptions) where marks.isEmpty && ctx.selectedIsJournal && ctx.keymap.sharesKeys(.replay),
             (.restart, .calls) where ctx.keymap.sharesKeys(.replay), (.replay, .exceptions), (.replay, .calls):
            openReplay(ctx, toasts: &toasts)
        case (.deliver, .calls) where ctx.keymap.sharesKeys(.deliverLicense), (.deliverLicense, .calls):
            openDeliverLicense(ctx, toasts: &toasts)
        case (.restart, .exceptions): openRestart(ctx, toasts: &toasts)
        case (.restart, .outbox): return (retrySelectedOutboxItem(ctx, toasts: &toasts), false)
        case (.discard, .outbox): openDiscard(ctx, toasts: &toasts)
        case (.confirmRequirement, .supervision): openConfirmRequirement(ctx, toasts: &toasts)
        case (.rejectRequirement, .supervision): openReject(ctx, toasts: &toasts)
        case (.deliver, .supervision): return (openDeliver(ctx, toasts: &toasts), false)
        case (.acceptTicket, .tickets): openAcceptTicket(ctx, toasts: &toasts)
        case (.replyTicket, .tickets): openReply(ctx, toasts: &toasts)
        case (.resolveTicket, .tickets): openResolve(ctx, toasts: &toasts)
        default: toasts.show(ctx.text(ActionsState.wrongTabMessage), kind: .info, at: ctx.now)
        }
        return ([], false)
    }

    /// Esc on the Exceptions tab clears the marks first; false when there were none.
    mutating func clearMarks() -> Bool {
        guard !marks.isEmpty else { return false }
        marks = .none
        return true
    }

    /// A list's query changed: "all matching" marks meant the old query, so they go.
    mutating func queryChanged(on tab: ConsoleTab) {
        if tab == .exceptions, case .allMatching = marks { marks = .none }
    }

    // MARK: Checks before a dialog opens

    /// Why `action` cannot be done on `row` now, in words for a toast; nil when it may go ahead. Checked against
    /// the loaded record when it is the row's, otherwise against the row's own state (the store checks again
    /// when it queues the action).
    func refusal(of action: SellerAction, on row: ListRow, _ ctx: ActionContext) -> String? {
        if let mark = row.pendingMark, mark.isPending {
            return ctx.text(ActionText.pendingRefusal(action.kind, pending: mark.action))
        }
        let words = { (error: TransitionError) in ctx.text(ActionText.refusal(action.kind, error)) }
        if let record = ctx.loadedRecord(for: row) {
            return ActionRules.refusal(of: action, on: record, at: ctx.now).map(words)
        }
        guard let state = ActionTargetState(row) else { return nil }
        return ActionRules.refusal(of: action, in: state, at: ctx.now).map(words)
    }

    /// The selected row for an action key; toasts and returns nil when there is none or the action is refused.
    /// `probe` is the action as it would be (placeholder text for forms).
    func actionRow(_ ctx: ActionContext, _ toasts: inout Toasts,
                   _ probe: (ListRow) -> SellerAction) -> (row: ListRow, action: SellerAction)? {
        guard let row = ctx.selectedRow else {
            toasts.show(ctx.text(ActionsState.nothingSelected), kind: .info, at: ctx.now)
            return nil
        }
        let action = probe(row)
        if let reason = refusal(of: action, on: row, ctx) {
            toasts.show(reason, kind: .warn, at: ctx.now)
            return nil
        }
        return (row, action)
    }
}
