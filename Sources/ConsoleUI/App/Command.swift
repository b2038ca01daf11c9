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
    /// Download a supervision task's attachments and deliverables; shares sort-next's key (`s`) in the detail.
    case saveAttachments = "save-attachments"

    /// Where the help lists the command.
    public enum Group: String, CaseIterable, Sendable {
        case move = "移动 Move"
        case tabs = "标签页 Tabs"
        case detail = "详情 Detail"
        case find = "查找 Find"
        case general = "通用 General"
        case actions = "操作 Actions"
    }

    public var group: Group {
        switch self {
        case .down, .up, .pageDown, .pageUp, .halfPageDown, .halfPageUp, .top, .bottom: .move
        case .nextTab, .previousTab, .tab1, .tab2, .tab3, .tab4, .tab5, .tab6, .tab7: .tabs
        case .tab0: .tabs
        case .open, .back, .nextLink, .previousLink: .detail
        case .saveAttachments: .detail
        case .filter, .quickFilter, .sortNext, .sortReverse: .find
        case .commandLine, .sync, .help, .quit: .general
        case .mark, .markAll, .restart, .confirmRequirement, .rejectRequirement, .deliver, .acceptTicket, .replyTicket,
             .resolveTicket, .discard, .replay, .deliverLicense: .actions
        }
    }

    /// One line of help, Chinese first.
    public var summary: String {
        switch self {
        case .down: "下一行 Down"
        case .up: "上一行 Up"
        case .pageDown: "下一页 Page down"
        case .pageUp: "上一页 Page up"
        case .halfPageDown: "下半页 Half page down"
        case .halfPageUp: "上半页 Half page up"
        case .top: "第一行 First row"
        case .bottom: "最后一行 Last row"
        case .nextTab: "下一个标签页 Next tab"
        case .previousTab: "上一个标签页 Previous tab"
        case .tab1: "订单 Orders"
        case .tab2: "实例 Instances"
        case .tab3: "接口异常 Exceptions"
        case .tab4: "服务监管 Supervision"
        case .tab5: "工单 Tickets"
        case .tab6: "队列 Outbox"
        case .tab7: "调用记录 Calls"
        case .tab0: "概览 Overview"
        case .open: "打开详情 / 跟随链接 Open detail / follow link"
        case .back: "返回 Back"
        case .nextLink: "下一个链接 Next link"
        case .previousLink: "上一个链接 Previous link"
        case .filter: "筛选 Filter"
        case .quickFilter: "切换状态筛选 Cycle status filter"
        case .sortNext: "切换排序列 Next sort column"
        case .sortReverse: "反转排序 Reverse sort"
        case .commandLine: "命令行 Command line"
        case .sync: "立即同步 Sync now"
        case .help: "帮助 Help"
        case .quit: "退出 Quit"
        case .mark: "标记 / 取消标记（接口异常）Mark row"
        case .markAll: "标记全部匹配项（接口异常）Mark all matching"
        case .restart: "重新启动（接口异常）/ 立即重发（队列）Restart / resend"
        case .confirmRequirement: "确认需求（服务监管）Confirm requirement"
        case .rejectRequirement: "驳回需求（服务监管）Reject requirement"
        case .deliver: "交付（服务监管）Deliver files"
        case .acceptTicket: "受理（工单）Accept ticket"
        case .replyTicket: "留言（工单）Reply"
        case .resolveTicket: "确认解决（工单）Resolve"
        case .discard: "放弃（队列）Discard"
        case .replay: "重放（调用记录 / 调用记录来源的接口异常）Replay a recorded call"
        case .deliverLicense: "交付License（异步getLicenseAsync调用）Deliver a license"
        case .saveAttachments: "下载附件（服务监管或工单详情）Save attachments"
        }
    }

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
