import ListContract
import SellerCore
import TermUI

// What joins notifications, `:goto`, acting on a followed record and the quit question to the rest of the
// console (issue 13 items 2, 5 and 7).
extension AppState {
    /// New counts arrived: after a sync, a toast for what it brought.
    mutating func receiveAttention(_ counts: AttentionCounts) {
        if let text = attention.receive(counts) { showToast(text, kind: .warn) }
    }

    /// The detail pane shows a record: a new one is new no longer. The pane keeps saying 新 while it shows it;
    /// the list's row loses its mark at once (the store's answer would come with the next refresh).
    mutating func markSeenIfNew(_ response: DetailResponse) -> [Effect] {
        guard response.request.generation == detail.generation, response.row?.isNew == true,
              let record = response.record else { return [] }
        let tab = ConsoleTab(kind: record.kind)
        if let index = lists.tabs[tab]?.window.rows.firstIndex(where: { $0.id == record.id }) {
            lists.tabs[tab]?.window.rows[index].isNew = false
        }
        return [.write(.markSeen(RecordRef(kind: record.kind, id: record.id), at: now))]
    }

    // MARK: :goto

    /// `:goto ID`: asks the store for the record.
    mutating func goto(_ text: String) -> [Effect] {
        let id = text.trimmingCharacters(in: .whitespaces)
        guard !id.isEmpty else {
            showToast(":goto 需要记录编号 :goto needs a record id", kind: .error)
            return []
        }
        return [.read(.findRecords(id))]
    }

    /// What the store found for `:goto`: one record opens in the detail pane of its tab (Esc goes back to the
    /// list); none or several say so.
    mutating func receiveFound(_ text: String, _ found: [RecordRef]) -> [Effect] {
        let shown = TextSanitizer.sanitize(text, limit: 40)
        guard let record = found.first else {
            showToast("没有编号为「\(shown)」的记录 No record with id \(shown)", kind: .warn)
            return []
        }
        guard found.count == 1 else {
            let names = found.prefix(3).map { "\($0.kind.label) \(TextSanitizer.sanitize($0.id, limit: 24))" }
            showToast("「\(shown)」匹配多条记录，请输入更长的编号 Ambiguous id: " + names.joined(separator: ", ")
                      + (found.count > 3 ? " …" : ""), kind: .warn)
            return []
        }
        let effects = switchTab(to: ConsoleTab(kind: record.kind))
        return effects + openFollowed(DetailState.Target(kind: record.kind, id: record.id))
    }

    /// Shows `target` in the detail pane as if reached by a link from the list's selection, so actions target it
    /// and Esc comes back.
    mutating func openFollowed(_ target: DetailState.Target) -> [Effect] {
        let from = activeList?.window.selectedRow.map { DetailState.Target(kind: $0.kind, id: $0.id) } ?? target
        var effects = detail.show(target, keepingTrail: false)
        detail.trail = [DetailState.Stop(target: from, scroll: 0, selectedLink: nil)]
        focus = .detail
        effects.append(.log("goto \(target.kind.commandName) \(target.id)"))
        return effects
    }

    /// The tab and row an action key targets: the record a followed link shows, whatever tab it is on; else the
    /// active tab's selection.
    var actionTarget: (tab: ConsoleTab, list: TabState?, row: ListRow?) {
        if detail.isFollowing, let row = detail.row, row.kind == detail.record?.kind, row.id == detail.record?.id {
            let tab = ConsoleTab(kind: row.kind)
            return (tab, lists.tabs[tab], row)
        }
        return (activeTab, activeList, activeList?.window.selectedRow)
    }

    // MARK: Quit

    /// `q`: quits at once when the outbox's count (read at start and after every outbox change) says nothing is
    /// unfinished, or was never read; otherwise asks the store what a quit would leave exactly.
    mutating func requestQuit() -> [Effect] {
        if (outboxActivity.count ?? 0) == 0 {
            quitting = true
            return []
        }
        return [.read(.pendingWork)]
    }

    /// What a quit leaves: nothing quits; anything asks first (`y` quits, any other key stays).
    mutating func receivePendingWork(_ work: PendingWork) {
        guard work.unsent > 0 else {
            quitting = true
            return
        }
        prompt.askQuit(QuitQuestion(work))
    }
}

/// The question a quit with unsent actions asks, whole in Chinese as the seller reads it on the bottom line.
public struct QuitQuestion: Hashable, Sendable {
    public var text: String

    init(_ work: PendingWork) {
        let sending = work.inFlight > 0 ? "（\(work.inFlight) 个发送中）" : ""
        text = "还有 \(work.unsent) 个操作未发送\(sending)，下次启动时会继续发送。退出？ y/n"
    }
}
