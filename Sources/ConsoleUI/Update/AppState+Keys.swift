import ListContract
import SellerCore
import TermUI

// Keys: a dialog takes every key while open; then text prompts and the help overlay; otherwise the keymap turns
// a key into a command.
extension AppState {
    mutating func handleKey(_ key: Key) -> [Effect] {
        if key == .resize { return [] }
        if lists.held.hold(key) { return [] }
        if case .mouse(let event) = key { return handleMouse(event) }
        if actions.dialog != nil {
            return layout.isTooSmall ? [] : actions.handleDialogKey(key, actionContext, toasts: &notices)
        }
        if views.isChoosing { return handleViewChooserKey(key) }
        if problems.isOpen {
            problems.handle(keymap.command(for: key), pageHeight: ProblemsView.pageHeight(size))
            return []
        }
        if clipboard.chooser != nil { return handleCopyChooserKey(key) }
        switch prompt.mode {
        case .filter(let input, let previous):
            return runPrompt(prompt.filterKey(key, input: input, previous: previous, keymap: keymap))
        case .command(let input):
            let kind = activeList?.query.kind
            return runPrompt(prompt.commandKey(key, input: input, keymap: keymap) { text in
                LineCompletion.complete(
                    text,
                    statusNames: kind.map { QuickFilter.presets(for: $0).map(\.name) } ?? [],
                    sortColumns: kind.map { ListSortColumn.columns(for: $0).map(\.rawValue) } ?? [],
                    themeNames: themeNames, viewNames: views.saved.map(\.name))
            })
        case .help(let offset):
            prompt.helpKey(keymap.command(for: key), key: key, offset: offset, pageHeight: size.height,
                           maxOffset: helpMaxOffset)
            return []
        case .quitQuestion:
            prompt.close()
            if key == .char("y") || key == .char("Y") { quitting = true }
            return []
        case .normal:
            break
        }
        guard let command = keymap.command(for: key) else { return [] }
        if layout.isTooSmall && command != .quit { return [] }
        return perform(command)
    }

    /// Commands that cannot work in this console: every action under `--readonly`. The hints and the help
    /// leave them out, so they offer only what works. Sync stays offline: `r` then says why and what to do.
    public var unavailableCommands: Set<Command> {
        readOnly ? Set(Command.allCases.filter { $0.group == .actions }) : []
    }

    /// The `?` overlay's groups for this console (see `unavailableCommands`).
    public var helpGroups: [HelpOverlay.Group] {
        keymap.helpGroups(hiding: unavailableCommands, language: language) + [FilterSyntaxHelp.group(language)]
    }

    /// The help overlay's last scroll offset: its lines less those its box shows at this size.
    var helpMaxOffset: Int {
        let lines = HelpOverlay(title: ScreenHelpText.title(language), groups: helpGroups).lineCount
        return max(0, lines - (min(lines + 2, size.height) - 2))
    }

    private mutating func runPrompt(_ outcome: PromptOutcome) -> [Effect] {
        switch outcome {
        case .nothing: return []
        case .filter(let text): return setFilter(text)
        case .run(let line): return run(line)
        }
    }

    /// Runs a command of the keymap.
    public mutating func perform(_ command: Command) -> [Effect] {
        let rows = layout.visibleRows
        let page = focus == .detail ? layout.detailLines : rows
        switch command {
        case .down: return move(lines: 1)
        case .up: return move(lines: -1)
        case .pageDown: return move(lines: page)
        case .pageUp: return move(lines: -page)
        case .halfPageDown: return move(lines: max(1, page / 2))
        case .halfPageUp: return move(lines: -max(1, page / 2))
        case .top, .bottom: return jump(toEnd: command == .bottom)
        case .nextTab: return switchTab(to: ConsoleTab(rawValue: (activeTab.rawValue + 1) % ConsoleTab.allCases.count))
        case .previousTab:
            let count = ConsoleTab.allCases.count
            return switchTab(to: ConsoleTab(rawValue: (activeTab.rawValue + count - 1) % count))
        case .tab1, .tab2, .tab3, .tab4, .tab5, .tab6, .tab7: return switchTab(to: command.tab)
        case .tab0: return switchTab(to: command.tab)
        case .open: return open()
        case .back: return back()
        case .nextLink, .previousLink:
            guard detail.record != nil else { return [] }
            focus = .detail
            if !detail.selectLink(step: command == .nextLink ? 1 : -1, viewport: detailViewport) {
                showToast(ScreenMessageText.noLinks, kind: .info)
            }
            return []
        case .filter:
            guard let list = activeList else { return [] }
            prompt.openFilter(list.query.filterText)
            return []
        case .quickFilter: return activeTab == .outbox ? outbox.cyclePreset() : cycleQuickFilter()
        case .sortNext:
            if sortKeySavesAttachments { return openSavePrompt() }
            return activeList.map { apply($0.sortedByNextColumn, to: activeTab) } ?? []
        case .saveAttachments: return openSavePrompt()
        case .sortReverse: return activeList.map { apply($0.sortReversed, to: activeTab) } ?? []
        case .commandLine:
            prompt.openCommandLine()
            return []
        case .sync: return sync.request(at: now, language: language, toasts: &notices)
        case .help:
            prompt.openHelp()
            return []
        case .quit:
            return requestQuit()
        case .views: return openViewChooser()
        case .copyId: return copySelectedId()
        case .copyChooser: return openCopyChooser()
        case .openLink: return openSellerCenter()
        case .mark, .markAll, .restart, .confirmRequirement, .rejectRequirement, .deliver, .acceptTicket,
             .replyTicket, .resolveTicket, .discard, .replay, .deliverLicense:
            let (effects, advance) = actions.perform(command, actionContext, toasts: &notices)
            // Space marked a row: on to the next, so marking a run is Space Space (the next move fetches); the
            // detail pane follows the selection as it does for any move.
            guard advance else { return effects }
            lists.advance(activeTab, height: rows)
            return effects + followSelection(forceReload: false)
        }
    }

    /// Moves the list selection, or scrolls the detail pane when it has the focus.
    mutating func move(lines: Int) -> [Effect] {
        if focus == .detail {
            if activeTab == .outbox {
                outbox.scrollDetail(by: lines, context: displayContext, layout: layout)
            } else {
                detail.scroll(by: lines, viewport: detailViewport)
            }
            return []
        }
        if activeTab == .outbox { return outbox.moveSelection(by: lines, height: layout.visibleRows) }
        if activeTab == .overview { return overviewMove(lines: lines) }
        let height = layout.visibleRows
        let owed = lists.held.waitsForRows ? activeList?.window.overrun(lines) ?? 0 : 0
        let effects = lists.changeWindow(activeTab, height: height) { $0.move(by: lines - owed, height: height) }
        if owed != 0 { lists.held.owe(owed, at: now) }
        return effects + followSelection(forceReload: false)
    }

    /// `g` / `G`: the first or last row, or the top or end of the detail pane when it has the focus.
    mutating func jump(toEnd: Bool) -> [Effect] {
        if activeTab == .overview { return overviewJump(toEnd: toEnd) }
        if activeTab == .outbox {
            guard focus == .detail else { return outbox.jump(toEnd: toEnd, height: layout.visibleRows) }
            outbox.detailScroll = toEnd ? outbox.detailMaxScroll(context: displayContext, layout: layout) : 0
            return []
        }
        if focus == .detail {
            detail.scroll(toEnd: toEnd, viewport: detailViewport)
            return []
        }
        let (effects, moved) = lists.jump(activeTab, toEnd: toEnd, height: layout.visibleRows)
        return moved ? effects + followSelection(forceReload: false) : effects
    }

    /// Enter: the detail pane takes the focus, or follows its selected link when it has it.
    mutating func open() -> [Effect] {
        if activeTab == .overview { return openOverviewLine() }
        if activeTab == .outbox {
            if outbox.selectedItem != nil { focus = .detail }
            return []
        }
        if focus == .detail {
            guard let effects = detail.followLink(viewport: detailViewport) else {
                showToast(ScreenMessageText.noLinks, kind: .info)
                return []
            }
            if !effects.isEmpty { focus = .detail }
            return effects
        }
        guard activeList?.window.selectedRow != nil else { return [] }
        focus = .detail
        return []
    }

    /// Esc: dismisses the newest toast, clears the marks, goes back along the detail's trail (then to the
    /// list), or clears the filter. The toast comes first: an Esc meant for a message must not cost the filter.
    mutating func back() -> [Effect] {
        if notices.dismissNewest() { return [] }
        if export.running { return cancelExport() }
        if activeTab == .exceptions, actions.clearMarks() { return [] }
        if focus == .detail {
            guard let effects = detail.goBack(selectedRow: activeList?.window.selectedRow) else {
                focus = .list
                return []
            }
            return effects
        }
        if let list = activeList, list.query.scope != nil { return clearScope() }
        if let list = activeList, !list.query.filterText.isEmpty { return setFilter("") }
        return []
    }

    mutating func switchTab(to tab: ConsoleTab?) -> [Effect] {
        guard let tab, tab != activeTab || focus != .list || detail.isFollowing else { return [] }
        activeTab = tab
        focus = .list
        detail.trail = []
        let outboxEffects = tab == .outbox && (outbox.stale || !outbox.loaded) ? outbox.reload() : []
        return lists.prefetch(tab, height: layout.visibleRows) + followSelection(forceReload: false) + outboxEffects
    }

    /// Points the detail pane at the active list's selection (see `DetailState.follow`).
    mutating func followSelection(forceReload: Bool) -> [Effect] {
        detail.follow(activeList?.window.selectedRow, clearWhenNone: activeList?.loaded == true || activeTab == .outbox,
                      forceReload: forceReload)
    }

    /// A page or window arrived: the owed move goes on, and once it is done the held keys run in order (a key
    /// that runs past the rows again holds the rest once more, its wait bounded from now).
    mutating func resumeHeldKeys() -> [Effect] {
        lists.held.waitsForRows = true
        guard lists.held.isHolding else { return [] }
        let owed = lists.held.owed
        lists.held.owed = 0
        let effects = move(lines: owed)
        return lists.held.isHolding ? effects : effects + runHeldKeys(waitingForRows: true)
    }

    /// The wait ended without the rows (the load failed, or nothing came for `HeldKeys.maxWaitMillis`): what is
    /// loaded is what there is, and the held keys run on it, moves stopping at the loaded end.
    mutating func releaseHeldKeys() -> [Effect] {
        guard lists.held.isHolding else { return [] }
        return runHeldKeys(waitingForRows: false)
    }

    private mutating func runHeldKeys(waitingForRows: Bool) -> [Effect] {
        let keys = lists.held.keys
        lists.held = HeldKeys()
        lists.held.waitsForRows = waitingForRows
        return keys.flatMap { handleKey($0) }
    }
}
