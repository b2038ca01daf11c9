import Localization
import TermUI

/// Where a key is pressed when it is not in the list or detail panes (those run `Command`s): each dialog, form
/// area and prompt has its own small vocabulary, so one key can mean different things in different places and
/// each can be rebound in the config's `[keys]` section as `context.command` (`form.next-field = tab, ctrl-n`).
public enum KeyContext: String, CaseIterable, Hashable, Sendable {
    /// A confirmation: 取消 and the action's button.
    case dialog
    /// A text form (reject, reply, resolve), whatever field has the focus.
    case form
    /// The deliver form, whatever area has the focus (its path field's own keys come first).
    case deliver
    /// The deliver form's path field and directory listing.
    case picker
    /// The deliver form's file list.
    case files
    /// A form's checkbox (待客户反馈).
    case checkbox
    /// A form's 取消 and submit buttons.
    case buttons
    /// One-line text fields: `/`, `:` and the deliver form's start time.
    case prompt

    /// The commands that mean something here (what an override may bind).
    public var commands: [ContextCommand] {
        switch self {
        case .dialog: [.cancel, .accept, .switchButton, .focusAction, .focusCancel]
        case .form: [.cancel, .nextField, .previousField, .toggleWait, .attachFiles]
        case .deliver: [.cancel, .nextField, .previousField]
        case .picker: [.complete, .up, .down, .pageUp, .pageDown, .accept]
        case .files: [.up, .down, .cycleKind, .removeFile]
        case .checkbox: [.toggleWait]
        case .buttons: [.focusAction, .focusCancel, .accept]
        case .prompt: [.accept, .cancel, .complete, .clear, .up, .down]
        }
    }

    /// The `?` help's heading for the context.
    public var title: Phrase { ScreenHelpText.context(self) }
}

/// What a key does inside a dialog, form or prompt (`KeyContext`); the raw value is its name in `[keys]`.
public enum ContextCommand: String, CaseIterable, Hashable, Sendable {
    case cancel = "cancel"
    case accept = "accept"
    case nextField = "next-field"
    case previousField = "previous-field"
    case toggleWait = "toggle-wait"
    case switchButton = "switch-button"
    case focusAction = "focus-action"
    case focusCancel = "focus-cancel"
    case complete = "complete"
    case up = "up"
    case down = "down"
    case pageUp = "page-up"
    case pageDown = "page-down"
    case cycleKind = "cycle-kind"
    case removeFile = "remove-file"
    case clear = "clear"
    /// 留言: choose files to send with the reply, in the deliver form's picker.
    case attachFiles = "attach-files"

    /// One line of help; `context` words it for where it is pressed.
    public func summary(in context: KeyContext) -> Phrase { ScreenHelpText.summary(self, in: context) }
}

extension Keymap {
    /// Today's keys of every dialog, form and prompt.
    public static let contextDefaults: [KeyContext: [Key: ContextCommand]] = {
        var map: [KeyContext: [Key: ContextCommand]] = [:]
        func bind(_ context: KeyContext, _ command: ContextCommand, _ keys: Key...) {
            for key in keys { map[context, default: [:]][key] = command }
        }
        bind(.dialog, .cancel, .escape)
        bind(.dialog, .switchButton, .tab, .backTab)
        bind(.dialog, .focusAction, .right)
        bind(.dialog, .focusCancel, .left)
        bind(.dialog, .accept, .enter)
        bind(.form, .cancel, .escape)
        bind(.form, .nextField, .tab)
        bind(.form, .previousField, .backTab)
        bind(.form, .toggleWait, .ctrl("t"))
        bind(.form, .attachFiles, .ctrl("f"))
        bind(.deliver, .cancel, .escape)
        bind(.deliver, .nextField, .tab, .ctrl("n"))
        bind(.deliver, .previousField, .backTab, .ctrl("p"))
        bind(.picker, .complete, .tab)
        bind(.picker, .up, .up)
        bind(.picker, .down, .down)
        bind(.picker, .pageUp, .pageUp)
        bind(.picker, .pageDown, .pageDown)
        bind(.picker, .accept, .enter)
        bind(.files, .up, .up, .char("k"))
        bind(.files, .down, .down, .char("j"))
        bind(.files, .cycleKind, .char(" "), .char("t"), .enter)
        bind(.files, .removeFile, .char("x"), .delete, .backspace)
        bind(.checkbox, .toggleWait, .char(" "), .enter)
        bind(.buttons, .focusAction, .right)
        bind(.buttons, .focusCancel, .left)
        bind(.buttons, .accept, .enter)
        bind(.prompt, .accept, .enter)
        bind(.prompt, .cancel, .escape)
        bind(.prompt, .complete, .tab)
        bind(.prompt, .clear, .ctrl("u"))
        bind(.prompt, .up, .up)
        bind(.prompt, .down, .down)
        return map
    }()

    /// What `key` does in `context`, if anything.
    public func command(for key: Key, in context: KeyContext) -> ContextCommand? {
        contextBindings[context]?[key]
    }

    /// The keys bound to `command` in `context`, in help order.
    public func keys(for command: ContextCommand, in context: KeyContext) -> [Key] {
        Keymap.helpOrder((contextBindings[context] ?? [:]).filter { $0.value == command }.map(\.key))
    }
}
