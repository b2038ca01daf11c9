import SellerCore
import TermUI

/// Where keys go.
public enum Focus: Hashable, Sendable { case list, detail }

/// A text prompt on the bottom line, or the help overlay, on top of the normal screen.
public enum Mode: Hashable, Sendable {
    case normal
    /// `/`: the filter as typed so far (applied live), and the filter to restore on Esc.
    case filter(TextInputState, previous: String)
    /// `:`: the command being typed.
    case command(TextInputState)
    case help(offset: Int)
}

/// A short message in the corner that goes away by itself.
public struct ToastItem: Hashable, Sendable {
    public var message: String
    public var kind: Toast.Kind
    public var expiresAt: Timestamp
}

/// How far a running sync has come, for the status bar.
public struct SyncProgressInfo: Hashable, Sendable {
    public var kind: EntityKind
    public var received: Int
    public var total: Int?
}

/// The sync as the status bar shows it.
public struct SyncStatus: Hashable, Sendable {
    /// Whether a marketplace is configured (a store opened offline cannot sync).
    public var available: Bool
    /// Seconds between background syncs; nil or 0 turns them off.
    public var intervalSeconds: Int?
    public var running = false
    public var progress: SyncProgressInfo?
    public var startedAt: Timestamp?
    public var lastReport: SyncReport?
    /// When lists were last refreshed because the store changed.
    public var lastRefreshAt: Timestamp?

    public init(available: Bool, intervalSeconds: Int?) {
        self.available = available
        self.intervalSeconds = intervalSeconds
    }
}

/// Everything the console shows, in one value: `update` changes it, screens draw it. No I/O anywhere.
public struct AppState: Equatable, Sendable {
    public var size: Size
    public var now: Timestamp
    public var utcOffsetSeconds: Int
    public var policy: WidthPolicy
    public var activeTab: ConsoleTab = .orders
    public var tabs: [ConsoleTab: TabState]
    public var outboxCount: Int?
    public var focus: Focus = .list
    public var detail = DetailState()
    public var mode: Mode = .normal
    public var toasts: [ToastItem] = []
    public var sync: SyncStatus
    public var keymap: Keymap
    public var themeName: String
    /// Theme names offered by `:theme` completion.
    public var themeNames: [String]
    public var readOnly: Bool
    /// When the outbox is read back next while something in it is unfinished (nil when nothing is).
    var nextOutboxPollAt: Timestamp?
    /// Counts clock ticks, for spinners.
    public var tick = 0
    public var quitting = false
    /// The store changed while lists were refreshed less than a second ago: what to refresh on a later tick.
    var pendingRefresh: StoreChanges?
    /// What Tab on the `:` line offered when it could not complete to one word.
    public var commandCandidates: [String] = []
    /// The action dialog or form on top of everything, taking every key while open.
    public var dialog: ActionDialog?
    /// Rows of the Exceptions tab marked for a bulk 重新启动.
    public var exceptionMarks: ExceptionMarks = .none
    /// The 队列 tab's list.
    public var outbox = OutboxListState()
    /// Deliveries uploading right now (sending, with progress), for the status bar.
    public var uploads: [OutboxItem] = []
    /// Where the deliver file picker starts and relative paths begin (set by the runtime).
    public var workingDirectory = "/"

    public init(size: Size, now: Timestamp, utcOffsetSeconds: Int = 8 * 3600, policy: WidthPolicy = .default,
                keymap: Keymap = .defaults, themeName: String = "default", themeNames: [String] = [],
                readOnly: Bool = false, syncAvailable: Bool = false, syncIntervalSeconds: Int? = nil) {
        self.size = size
        self.now = now
        self.utcOffsetSeconds = utcOffsetSeconds
        self.policy = policy
        self.keymap = keymap
        self.themeName = themeName
        self.themeNames = themeNames
        self.readOnly = readOnly
        sync = SyncStatus(available: syncAvailable, intervalSeconds: syncIntervalSeconds)
        var tabs: [ConsoleTab: TabState] = [:]
        for kind in EntityKind.allCases { tabs[ConsoleTab(kind: kind)] = TabState(kind: kind) }
        self.tabs = tabs
    }

    public var displayContext: DisplayContext {
        DisplayContext(now: now, utcOffsetSeconds: utcOffsetSeconds, policy: policy)
    }

    /// The active tab's list state, nil on the outbox tab.
    public var activeList: TabState? { tabs[activeTab] }

    /// Mutates the active list, if the active tab is one.
    mutating func withActiveList<T>(_ body: (inout TabState) -> T) -> T? {
        guard var list = tabs[activeTab] else { return nil }
        let result = body(&list)
        tabs[activeTab] = list
        return result
    }

    /// The layout the current size gives (shared by update, for page sizes, and by the screens).
    public var layout: ScreenLayout { ScreenLayout(size: size, focus: focus) }
}
