import Localization

/// Everything a key can be bound to: the keymap's vocabulary. The raw value is the name used in the config
/// file's `[keys]` section (`sync = r, f5`); `summary` and `group` make the `?` help, so help can never drift
/// from the bindings.
public enum Command: String, CaseIterable, Hashable, Sendable {
    case down = "down"
    case up = "up"
    case pageDown = "page-down"
    case pageUp = "page-up"
    case halfPageDown = "half-page-down"
    case halfPageUp = "half-page-up"
    case top = "top"
    case bottom = "bottom"
    case nextTab = "next-tab"
    case previousTab = "previous-tab"
    case tab1 = "tab-1", tab2 = "tab-2", tab3 = "tab-3", tab4 = "tab-4", tab5 = "tab-5", tab6 = "tab-6"
    case tab7 = "tab-7"
    case tab0 = "tab-0"
    case open = "open"
    case back = "back"
    case nextLink = "next-link"
    case previousLink = "previous-link"
    case filter = "filter"
    case quickFilter = "quick-filter"
    case sortNext = "sort-next"
    case sortReverse = "sort-reverse"
    case commandLine = "command-line"
    case sync = "sync"
    case help = "help"
    case quit = "quit"
    // Seller actions: the names are `ActionKind` raw values where one exists.
    case mark = "mark"
    case markAll = "mark-all"
    case restart = "restart"
    case confirmRequirement = "confirm-requirement"
    case rejectRequirement = "reject-requirement"
    case deliver = "deliver"
    case acceptTicket = "ticket-accept"
    case replyTicket = "ticket-reply"
    case resolveTicket = "ticket-resolve"
    case discard = "discard"
    /// 重放 a journal message or a call. By default it has no key of its own and shares restart's (`R`): on a
    /// journal message or a call that key means replay (`Keymap.sharing`).
    case replay = "replay"
    /// 交付License for a `getLicenseAsync` answered 000004; shares deliver's key (`d`) by default.
    case deliverLicense = "deliver-license"
    /// The config's saved views (`v`): a chooser, Enter opens one.
    case views = "views"
    /// `y`: the selected record's id to the clipboard.
    case copyId = "copy-id"
    /// `Y`: the chooser of what to copy.
    case copyChooser = "copy"
    /// `o`: the record's page in Seller Center.
    case openLink = "open-link"
    /// Download a supervision task's attachments and deliverables; shares sort-next's key (`s`) in the detail.
    case saveAttachments = "save-attachments"

    /// Where the help lists the command (its heading: `ScreenHelpText.group`).
    public enum Group: String, CaseIterable, Sendable {
        case move
        case tabs
        case detail
        case find
        case general
        case actions
    }

    public var group: Group {
        switch self {
        case .down, .up, .pageDown, .pageUp, .halfPageDown, .halfPageUp, .top, .bottom: .move
        case .nextTab, .previousTab, .tab1, .tab2, .tab3, .tab4, .tab5, .tab6, .tab7: .tabs
        case .tab0: .tabs
        case .open, .back, .nextLink, .previousLink: .detail
        case .copyId, .copyChooser, .openLink: .general
        case .saveAttachments: .detail
        case .filter, .quickFilter, .sortNext, .sortReverse: .find
        case .views: .find
        case .commandLine, .sync, .help, .quit: .general
        case .mark, .markAll, .restart, .confirmRequirement, .rejectRequirement, .deliver, .acceptTicket, .replyTicket,
             .resolveTicket, .discard, .replay, .deliverLicense: .actions
        }
    }

    /// One line of help, in both languages (`ScreenHelpText`).
    public var summary: Phrase { ScreenHelpText.summary(self) }

    /// The tab a `tab-N` command selects.
    public var tab: ConsoleTab? {
        switch self {
        case .tab1: .orders
        case .tab2: .instances
        case .tab3: .exceptions
        case .tab4: .supervision
        case .tab5: .tickets
        case .tab6: .outbox
        case .tab7: .calls
        case .tab0: .overview
        default: nil
        }
    }
}
