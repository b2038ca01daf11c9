import ListContract
import Localization
import SellerCore
import TermUI

/// The last row: the `/` or `:` prompt while one is open, otherwise the status bar with key hints from the
/// keymap on the left and the sync state on the right.
enum BottomLine {
    static func render(_ state: AppState, in area: Rect, into buffer: inout Buffer) {
        switch state.mode {
        case .filter(let input, _):
            prompt("/", input, placeholder: ScreenHintText.filterPlaceholder(state.language),
                   extra: state.activeList?.filterError ?? "", in: area, into: &buffer)
        case .command(let input):
            prompt(":", input, placeholder: ScreenHintText.commandPlaceholder(state.language),
                   extra: state.commandCandidates.joined(separator: " "), in: area, into: &buffer)
        case .quitQuestion(let question):
            buffer.fill(area, role: .input)
            buffer.write(question.text(state.language), x: area.x, y: area.y, width: area.width, role: .input)
        case .normal, .help:
            var (text, role) = syncText(state)
            if let problems = problemsText(state) {
                text = problems + "  " + text
                if role != .statusFailed { role = .statusWarn }
            }
            if let export = state.exportStatusText {
                text = export + "  " + text
                role = .statusPending
            }
            if let upload = OutboxPresentation.uploadText(state.uploads, language: state.language) {
                text = upload + "  " + text
                role = .statusPending
            }
            if let download = state.attachments.progress {
                text = AttachmentText.progress(download)(state.language) + "  " + text
                role = .statusPending
            }
            // A dialog's keys matter more than the relay's figures on a narrow line.
            if let activity = state.relay.activity, state.dialog == nil || area.width >= wideStatusWidth {
                text = relayText(activity, offset: state.utcOffsetSeconds, compact: area.width < wideStatusWidth)(
                    state.language) + "  " + text
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
        let language = state.language
        if let dialog = state.dialog { return dialogHints(dialog, keymap: state.keymap, language: language) }
        let unavailable = state.unavailableCommands
        let actions = actionCommands(state.activeTab, journal: state.selectedIsJournalMessage)
            .filter { !unavailable.contains($0) }
        if state.problems.isOpen {
            // The `:problems` view takes moves; any other key closes it.
            let moves = [(Command.down, ScreenHintText.moveDown), (.up, ScreenHintText.moveUp), (.back, ScreenHintText.close)]
            return moves.compactMap { command, text in
                state.keymap.keys(for: command).first.map { StatusBar.Hint($0.label, text(language)) }
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
            return StatusBar.Hint(key.label, shortLabel(command, on: state.activeTab)(language))
        }
        if state.readOnly { hints.insert(StatusBar.Hint("RO", ScreenHintText.readOnly(language)), at: 0) }
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
    static func dialogHints(_ dialog: ActionDialog, keymap: Keymap, language: Language) -> [StatusBar.Hint] {
        typealias T = ScreenHintText
        func hint(_ context: KeyContext, _ command: ContextCommand, _ usual: Key, _ text: Phrase) -> StatusBar.Hint? {
            let keys = keymap.keys(for: command, in: context)
            return (keys.contains(usual) ? usual : keys.first).map { StatusBar.Hint($0.label, text(language)) }
        }
        switch dialog {
        case .confirm:
            return [hint(.dialog, .switchButton, .tab, T.switchButton), hint(.dialog, .accept, .enter, T.accept),
                    hint(.dialog, .cancel, .escape, T.cancel)].compactMap { $0 }
        case .form(let form):
            return [hint(.form, .nextField, .tab, T.nextField), hint(.buttons, .accept, .enter, T.newlineOrAccept),
                    form.waitForCustomer == nil ? nil : hint(.form, .toggleWait, .ctrl("t"), T.waitForCustomer),
                    hint(.form, .cancel, .escape, T.cancel)].compactMap { $0 }
        case .deliver:
            return [hint(.picker, .complete, .tab, T.completeOrNext), hint(.deliver, .nextField, .ctrl("n"), T.nextField),
                    hint(.picker, .accept, .enter, T.openOrAdd), hint(.deliver, .cancel, .escape, T.cancel)]
                .compactMap { $0 }
        }
    }

    /// The hint's label: Enter opens a list on the overview, and `R` resends on the outbox.
    static func shortLabel(_ command: Command, on tab: ConsoleTab) -> Phrase {
        if command == .open && tab == .overview { return ScreenHintText.openLine }
        if command == .restart && tab == .outbox { return ScreenHintText.resend }
        return ScreenHintText.label(command) ?? Phrase(verbatim: command.rawValue)
    }

    /// `同步中 ⠋ 订单 12,000/1,000,000`, `同步中 ⠋ 订单 建立索引` (a first sync builds the kind's indexes),
    /// `已同步 14:05`, `同步失败 14:05`, or `本地数据` (offline).
    static func syncText(_ state: AppState) -> (String, StyleRole) {
        let sync = state.sync
        let language = state.language
        guard sync.available else { return (ScreenHintText.offline(language), .barStale) }
        if sync.running {
            let spinner = Spinner.frame(state.tick, symbols: state.policy.symbols)
            guard let progress = sync.progress else {
                return ("\(spinner) " + ScreenHintText.syncing(language), .statusPending)
            }
            let count = progress.total.map { "\(CountFormat.grouped(progress.received))/\(CountFormat.grouped($0))" }
                ?? CountFormat.grouped(progress.received)
            let what = ScreenTabText.title(ConsoleTab(kind: progress.kind))
            if progress.indexing {
                return ("\(spinner) " + ScreenHintText.syncIndexing(what)(language), .statusPending)
            }
            return ("\(spinner) " + ScreenHintText.syncing(what, count)(language), .statusPending)
        }
        guard let report = sync.lastReport else { return (ScreenHintText.notSynced(language), .barStale) }
        let time = clock(report.finishedAt, offset: state.utcOffsetSeconds)
        if report.error != nil { return ("✗ " + ScreenHintText.syncFailed(time)(language), .statusFailed) }
        return ("✓ " + ScreenHintText.synced(time)(language), .bar)
    }

    /// `⚠ 3 条无法解析 :problems` while the store holds records the sync could not decode (issue 13: they are
    /// never silent), nil when there are none.
    static func problemsText(_ state: AppState) -> String? {
        guard let count = state.problems.count, count > 0 else { return nil }
        return ScreenHintText.problems(CountFormat.grouped(count))(state.language)
    }

    /// From this width on the status bar has room for the relay's figures in words beside any hints.
    static let wideStatusWidth = 120

    /// `中继 42次/分 失败3 最近14:05:03`, with `丢失写入2` when the journal lost writes: the last minute's calls and
    /// failures of a relay writing to this store. `compact` (`中继42/分 失败3 14:05:03 丢失2`) leaves the hints room
    /// on an 80-column line.
    static func relayText(_ activity: RelayActivity, offset: Int, compact: Bool = false) -> Phrase {
        ScreenHintText.relay(
            calls: CountFormat.grouped(activity.callsLastMinute),
            failures: activity.failuresLastMinute > 0 ? CountFormat.grouped(activity.failuresLastMinute) : nil,
            last: activity.lastCallAt.map { clock($0, offset: offset) },
            lost: activity.lostWrites > 0 ? CountFormat.grouped(activity.lostWrites) : nil, compact: compact)
    }

    static func clock(_ time: Timestamp, offset: Int) -> String {
        let f = time.fields(offsetSeconds: offset)
        return "\(f.hour.zeroPadded(to: 2)):\(f.minute.zeroPadded(to: 2)):\(f.second.zeroPadded(to: 2))"
    }
}
