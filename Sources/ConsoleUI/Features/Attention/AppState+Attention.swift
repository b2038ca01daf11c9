import ListContract
import SellerCore
import TermUI

// What joins notifications and acting on a followed record to the rest of the console (issue 13 items 2, 5).
extension AppState {
    /// New counts arrived: after a sync, a toast for what it brought.
    mutating func receiveNewRecords(_ counts: NewRecordCounts) {
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

    /// The tab and row an action key targets: the record a followed link shows, whatever tab it is on; else the
    /// active tab's selection. While a followed record loads there is none (never the list's row behind it).
    var actionTarget: (tab: ConsoleTab, list: TabState?, row: ListRow?) {
        guard detail.isFollowing, let target = detail.target else {
            return (activeTab, activeList, activeList?.window.selectedRow)
        }
        let tab = ConsoleTab(kind: target.kind)
        guard let row = detail.row, row.kind == target.kind, row.id == target.id, detail.record?.id == target.id else {
            return (tab, lists.tabs[tab], nil)
        }
        return (tab, lists.tabs[tab], row)
    }
}
