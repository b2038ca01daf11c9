import Localization
import SellerCore
import TermUI

/// Where keys go.
public enum Focus: Hashable, Sendable { case list, detail }

/// Everything the console shows, in one value: `update` changes it, screens draw it. No I/O anywhere. The root
/// holds what every part shares (size, clock, active tab, focus) and composes the features, each with its own
/// state and update: `lists`, `detail`, `prompt`, `actions` (dialogs, forms, marks), `outbox` and
/// `outboxActivity`, `sync`, `notices` (toasts). The root routes messages to them (`AppState+Update.swift`).
public struct AppState: Equatable, Sendable {
    public var size: Size
    public var now: Timestamp
    public var utcOffsetSeconds: Int
    public var policy: WidthPolicy
    public var activeTab: ConsoleTab
    public var focus: Focus = .list
    public var lists = ListsState()
    public var detail = DetailState()
    public var prompt = PromptState()
    public var actions: ActionsState
    /// The 队列 tab's list.
    public var outbox = OutboxListState()
    public var outboxActivity = OutboxActivity()
    /// The 概览 Overview's counts and selected line.
    public var overview = OverviewState()
    /// A relay writing to the store (issue 12), for the status bar.
    public var relay = RelayWatch()
    public var sync: SyncStatus
    public var notices = Toasts()
    /// New records, the sync toast, the bell and the terminal title (issue 13).
    public var attention = AttentionState()
    /// Records the sync could not decode: the status bar's count and the `:problems` view.
    public var problems = ProblemsState()
    /// The running `:export`, if any (issue 14).
    public var export = ExportState()
    /// The config's saved views and the `v` chooser (issue 14).
    public var views = ViewsState()
    /// Downloads of a supervision task's files (`s` in its detail, `:save`).
    public var attachments = AttachmentsState()
    public var keymap: Keymap
    public var themeName: String
    /// The language of every word on screen, fixed for the session.
    public var language: Language
    /// Theme names offered by `:theme` completion.
    public var themeNames: [String]
    /// Counts clock ticks, for spinners.
    public var tick = 0
    /// How `y` and `Y` copy, the chooser, and the address a link toast offers (issue 14).
    public var clipboard = ClipboardState()
    /// The profile's Seller Center routes for `o` and the detail's link line; nil shows no links.
    public var sellerCenter: SellerCenterLinks?
    public var quitting = false

    public init(size: Size, now: Timestamp, utcOffsetSeconds: Int = 8 * 3600, policy: WidthPolicy = .default,
                keymap: Keymap = .defaults, themeName: String = "default", themeNames: [String] = [],
                readOnly: Bool = false, syncAvailable: Bool = false, syncIntervalSeconds: Int? = nil,
                startTab: ConsoleTab = .overview, language: Language = .zh) {
        activeTab = startTab
        self.size = size
        self.now = now
        self.utcOffsetSeconds = utcOffsetSeconds
        self.policy = policy
        self.keymap = keymap
        self.themeName = themeName
        self.language = language
        self.themeNames = themeNames
        actions = ActionsState(readOnly: readOnly)
        sync = SyncStatus(available: syncAvailable, intervalSeconds: syncIntervalSeconds)
    }

    public var displayContext: DisplayContext {
        var context = DisplayContext(now: now, utcOffsetSeconds: utcOffsetSeconds, policy: policy, language: language)
        context.sellerCenter = sellerCenter
        return context
    }

    /// The layout the current size gives (shared by update, for page sizes, and by the screens).
    public var layout: ScreenLayout { ScreenLayout(size: size, focus: focus) }

    /// The active tab's list state, nil on the overview and outbox tabs.
    public var activeList: TabState? { lists.tabs[activeTab] }
}

// What the screens read, by the names they have always used.
extension AppState {
    public var tabs: [ConsoleTab: TabState] { lists.tabs }
    public var mode: Mode { prompt.mode }
    public var commandCandidates: [String] { prompt.commandCandidates }
    public var toasts: [ToastItem] { notices.items }
    public var dialog: ActionDialog? {
        get { actions.dialog }
        set { actions.dialog = newValue }
    }
    public var exceptionMarks: ExceptionMarks { actions.marks }
    /// Whether the selected row is a journal message (its action key replays instead of 重新启动).
    public var selectedIsJournalMessage: Bool {
        guard activeTab == .exceptions, case .exception(let row)? = activeList?.window.selectedRow?.content else {
            return false
        }
        return row.source.known == .journal
    }
    public var readOnly: Bool { actions.readOnly }
    public var outboxCount: Int? { outboxActivity.count }
    /// Deliveries uploading right now (sending, with progress), for the status bar.
    public var uploads: [OutboxItem] { outboxActivity.uploads }
    /// Where the deliver file picker starts and relative paths begin (set by the runtime).
    public var workingDirectory: String {
        get { actions.workingDirectory }
        set { actions.workingDirectory = newValue }
    }
    /// The pane's document for the loaded record.
    public var detailDocument: DetailDocument? { detail.document }
    /// The document wrapped to the pane's current width.
    public var detailLayout: DetailLayout? { detail.layout }
}
