import ConsoleUI
import Localization
import Testing

// Issue 14: every action dialog, the forms, the deliver form with its picker, the refusal toasts and the 队列
// (Outbox) tab in English at 80x24, beside the Chinese goldens (`-en`). The screen's tabs and status bar are the
// other console helper's; the dialogs, forms and records on it are these.
extension ActionDialogGoldenTests {
    @Test func restartDialogsInEnglish() throws { try restartDialogs(Self.normal, .en) }
    @Test func supervisionDialogsInEnglish() throws { try supervisionDialogs(Self.normal, .en) }
    @Test func ticketDialogsInEnglish() throws { try ticketDialogs(Self.normal, .en) }
    @Test func refusalToastsInEnglish() throws { try refusalToasts(.en) }
    @Test func outboxTabInEnglish() throws { try outboxTab(Self.normal, .en) }
    @Test func discardWithUnknownOutcomeInEnglish() throws { try discardWithUnknownOutcome(.en) }
}
