import ListContract
import SellerCore
import TermUI

/// The last row: the `/` or `:` prompt while one is open, otherwise the status bar with key hints from the
/// keymap on the left and the sync state on the right.
enum BottomLine {
    static func render(_ state: AppState, in area: Rect, into buffer: inout Buffer) {
        switch state.mode {
        case .filter(let input, _):
            prompt("/", input, placeholder: "筛选：空格分隔多个词 Filter: space-separated terms",
                   extra: state.activeList?.filterError ?? "", in: area, into: &buffer)
        case .command(let input):
            prompt(":", input, placeholder: "命令 Command (Tab 补全)",
                   extra: state.commandCandidates.joined(separator: " "), in: area, into: &buffer)
        case .quitQuestion(let question):
            buffer.fill(area, role: .input)
            buffer.write(question.text, x: area.x, y: area.y, width: area.width, role: .input)
        case .normal, .help:
            var (text, role) = syncText(state)
            if let problems = problemsText(state) {
                text = problems + "  " + text
                if role != .statusFailed { role = .statusWarn }
            }
            if let upload = OutboxPresentation.uploadText(state.uploads) {
                text = upload + "  " + text
                role = .statusPending
            }
            if let download = state.attachments.progress {
                text = AttachmentText.progress(download)(state.language) + "  " + text
                role = .statusPending
            }
            // A dialog's keys matter more than the relay's figures on a narrow line.
            if let activity = state.relay.activity, state.dialog == nil || area.width >= wideStatusWidth {
                text = relayText(activity, offset: state.utcOffsetSeconds, compact: area.width < wideStatusWidth)
                    + "  " + text
                if activity.lostWrites > 0 { role = .statusFailed }
            }
            buffer.render(StatusBar(hints: hints(state), right: text, rightRole: role), in: area)
        }
    }

    static func prompt(_ leader: String, _ input: TextInputState, placeholder: String, extra: String,
                       in area: Rect, into buffer: inout Buffer) {
        buffer.fill(area, role: .input)
        buffer.write(leader, x: area.x, y: area.y, role: .input)
        let extraWidth = candidatesWidth(extra, in: area, policy: buffer.policy)
        if extraWidth > 0 {
            buffer.write(extra, x: area.right - extraWidth, y: area.y, width: extraWidth, role: .muted)
        }
        let field = fieldRect(area, extraWidth: extraWidth)
        buffer.render(TextInput(input, placeholder: placeholder, focused: true), in: field)
    }

    /// Columns the completion candidates take at the right of the prompt (at most half the line).
    static func candidatesWidth(_ extra: String, in area: Rect, policy: WidthPolicy) -> Int {
        extra.isEmpty ? 0 : min(area.width / 2, DisplayWidth.width(of: extra, policy: policy) + 1)
    }

    static func fieldRect(_ area: Rect, extraWidth: Int) -> Rect {
        Rect(x: area.x + 1, y: area.y, width: max(0, area.width - 1 - extraWidth), height: 1)
    }

    static func cursorPosition(_ state: AppState, in area: Rect) -> Position? {
        switch state.mode {
        case .filter(let input, _):
            let extraWidth = candidatesWidth(state.activeList?.filterError ?? "", in: area, policy: state.policy)
            return TextInput(input, focused: true).cursorPosition(in: fieldRect(area, extraWidth: extraWidth))
        case .command(let input):
            let extraWidth = candidatesWidth(state.commandCandidates.joined(separator: " "), in: area,
                                             policy: state.policy)
            return TextInput(input, focused: true).cursorPosition(in: fieldRect(area, extraWidth: extraWidth))
        case .normal, .help, .quitQuestion:
            return nil
        }
    }

    /// Key hints for the commands a seller needs most, with whatever keys the keymap binds them to; none for
    /// a command that cannot work here (`AppState.unavailableCommands`).
    static func hints(_ state: AppState) -> [StatusBar.Hint] {
        if let dialog = state.dialog { return dialogHints(dialog, keymap: state.keymap) }
        let unavailable = state.unavailableCommands
        let actions = actionCommands(state.activeTab, journal: state.selectedIsJournalMessage)
            .filter { !unavailable.contains($0) }
        if state.problems.isOpen {
            // The `:problems` view takes moves; any other key closes it.
            return [(Command.down, "下移"), (.up, "上移"), (.back, "关闭")].compactMap { command, text in
                state.keymap.keys(for: command).first.map { StatusBar.Hint($0.label, text) }
            }
        }
        let commands: [Command]
        if state.focus == .detail {
            commands = [.back, .nextLink, .open, .help, .quit]
        } else if state.activeTab == .overview {
            commands = OverviewPane.hintCommands
        } else if actions.isEmpty {
            commands = [.open, .filter, .quickFilter, .sortNext, .sync, .commandLine, .help, .quit]
        } else if state.activeTab == .outbox {
            commands = [.open] + actions + [.quickFilter, .help, .sync, .commandLine, .quit]
        } else {
            commands = [.open] + actions + [.help, .filter, .quickFilter, .sortNext, .sync, .commandLine, .quit]
        }
        var hints = commands.compactMap { command -> StatusBar.Hint? in
            guard !unavailable.contains(command), let key = state.keymap.keys(for: command).first else { return nil }
            return StatusBar.Hint(key.label, shortLabel(command))
        }
        if state.readOnly { hints.insert(StatusBar.Hint("RO", "只读"), at: 0) }
        if state.activeTab == .overview, let open = hints.firstIndex(where: { $0.label == shortLabel(.open) }) {
            hints[open].label = "打开"
        }
        for (index, hint) in hints.enumerated() where hint.label == Command.restart.rawValue {
            hints[index].label = state.activeTab == .outbox ? "重发" : "重启"
        }
        return hints
    }

    /// The action keys a tab offers, in the order its hints show them; on a journal message, replay instead of
    /// 重新启动 (which belongs to Seller Center for those).
    static func actionCommands(_ tab: ConsoleTab, journal: Bool = false) -> [Command] {
        switch tab {
        case .exceptions: [journal ? .replay : .restart, .mark, .markAll]
        case .supervision: [.confirmRequirement, .rejectRequirement, .deliver]
        case .tickets: [.acceptTicket, .replyTicket, .resolveTicket]
        case .outbox: [.restart, .discard]
        case .calls: [.replay, .deliverLicense]
        case .orders, .instances: []
        case .overview: []
        }
    }

    /// A dialog's own keys, from the keymap's contexts (the normal mode's commands do not apply inside it).
    static func dialogHints(_ dialog: ActionDialog, keymap: Keymap) -> [StatusBar.Hint] {
        func hint(_ context: KeyContext, _ command: ContextCommand, _ usual: Key, _ text: String) -> StatusBar.Hint? {
            let keys = keymap.keys(for: command, in: context)
            return (keys.contains(usual) ? usual : keys.first).map { StatusBar.Hint($0.label, text) }
        }
        switch dialog {
        case .confirm:
            return [hint(.dialog, .switchButton, .tab, "切换"), hint(.dialog, .accept, .enter, "确定"),
                    hint(.dialog, .cancel, .escape, "取消")].compactMap { $0 }
        case .form(let form):
            return [hint(.form, .nextField, .tab, "下一项"), hint(.buttons, .accept, .enter, "换行/确定"),
                    form.waitForCustomer == nil ? nil : hint(.form, .toggleWait, .ctrl("t"), "待客户反馈"),
                    hint(.form, .cancel, .escape, "取消")].compactMap { $0 }
        case .deliver:
            return [hint(.picker, .complete, .tab, "补全/下一项"), hint(.deliver, .nextField, .ctrl("n"), "下一项"),
                    hint(.picker, .accept, .enter, "进入/添加"), hint(.deliver, .cancel, .escape, "取消")]
                .compactMap { $0 }
        }
    }

    static func shortLabel(_ command: Command) -> String {
        switch command {
        case .open: "详情"
        case .back: "返回"
        case .nextLink: "链接"
        case .filter: "筛选"
        case .quickFilter: "状态"
        case .sortNext: "排序"
        case .sync: "同步"
        case .commandLine: "命令"
        case .help: "帮助"
        case .quit: "退出"
        case .mark: "标记"
        case .markAll: "全选"
        case .confirmRequirement: "确认"
        case .rejectRequirement: "驳回"
        case .deliver: "交付"
        case .acceptTicket: "受理"
        case .replyTicket: "留言"
        case .resolveTicket: "解决"
        case .discard: "放弃"
        case .replay: "重放"
        case .deliverLicense: "License"
        default: command.rawValue
        }
    }

    /// `同步中 ⠋ 订单 12,000/1,000,000`, `已同步 14:05`, `同步失败 14:05`, or `离线 offline`.
    static func syncText(_ state: AppState) -> (String, StyleRole) {
        let sync = state.sync
        guard sync.available else { return ("本地数据 offline", .barStale) }
        if sync.running {
            let spinner = Spinner.frame(state.tick, symbols: state.policy.symbols)
            guard let progress = sync.progress else { return ("\(spinner) 同步中 syncing", .statusPending) }
            let count = progress.total.map { "\(CountFormat.grouped(progress.received))/\(CountFormat.grouped($0))" }
                ?? CountFormat.grouped(progress.received)
            return ("\(spinner) 同步中 \(progress.kind.label) \(count)", .statusPending)
        }
        guard let report = sync.lastReport else { return ("未同步 not synced", .barStale) }
        let time = clock(report.finishedAt, offset: state.utcOffsetSeconds)
        if report.error != nil { return ("✗ 同步失败 sync failed \(time)", .statusFailed) }
        return ("✓ 已同步 synced \(time)", .bar)
    }

    /// `⚠ 3 条无法解析 :problems` while the store holds records the sync could not decode (issue 13: they are
    /// never silent), nil when there are none.
    static func problemsText(_ state: AppState) -> String? {
        guard let count = state.problems.count, count > 0 else { return nil }
        return "⚠ \(CountFormat.grouped(count)) 条无法解析 :problems"
    }

    /// From this width on the status bar has room for the relay's figures in words beside any hints.
    static let wideStatusWidth = 120

    /// `中继 42次/分 失败3 最近14:05:03`, with `丢失写入2` when the journal lost writes: the last minute's calls and
    /// failures of a relay writing to this store. `compact` (`中继42/分 失败3 14:05:03 丢失2`) leaves the hints room
    /// on an 80-column line.
    static func relayText(_ activity: RelayActivity, offset: Int, compact: Bool = false) -> String {
        let calls = CountFormat.grouped(activity.callsLastMinute)
        var text = compact ? "中继\(calls)/分" : "中继 \(calls)次/分"
        if activity.failuresLastMinute > 0 { text += " 失败\(CountFormat.grouped(activity.failuresLastMinute))" }
        if let last = activity.lastCallAt { text += (compact ? " " : " 最近") + clock(last, offset: offset) }
        if activity.lostWrites > 0 {
            text += (compact ? " 丢失" : " 丢失写入") + CountFormat.grouped(activity.lostWrites)
        }
        return text
    }

    static func clock(_ time: Timestamp, offset: Int) -> String {
        let f = time.fields(offsetSeconds: offset)
        return "\(f.hour.zeroPadded(to: 2)):\(f.minute.zeroPadded(to: 2)):\(f.second.zeroPadded(to: 2))"
    }
}
