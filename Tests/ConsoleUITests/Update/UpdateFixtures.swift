@testable import ConsoleUI
import ListContract
import SellerCore
import Testing
import TermUI

/// States and messages for the `update` tests: no store, no threads, no clock. A 100x30 console stacks the list
/// over the detail pane and shows 13 rows of a list (the numbers the tests' page moves rely on).
enum UpdateFixtures {
    static let now = Timestamp(millis: 1_795_000_000_000)
    static let size = Size(width: 100, height: 30)

    /// A console that has sent its opening requests (every list at generation 1, nothing answered yet).
    static func started(readOnly: Bool = false, keymap: Keymap = .defaults) -> AppState {
        var state = AppState(size: size, now: now, keymap: keymap, readOnly: readOnly, startTab: ConsoleDriver.startTab)
        state.workingDirectory = "/work"
        _ = state.start()
        return state
    }

    static func orderRows(_ count: Int, from first: Int = 0) -> [ListRow] {
        (first..<(first + count)).map { index in
            let id = "CS" + String(100_000 + index)
            return ListRow(key: ListRowKey(sortValue: .integer(Int64(1_000_000 - index)), rowid: Int64(index + 1), id: id),
                           content: .order(OrderListRow(
                               orderId: id, createTime: now, customerName: "Buyer \(index)", productName: "Product",
                               orderType: StoredValue(rawValue: "NEW"), status: StoredValue(rawValue: "PROCESSING"), amount: "1.00", currencyUnit: "CNY",
                               pendingMark: nil, updatedAt: now)))
        }
    }

    /// Exceptions in a state the console does not know, so only the store judges an action on them.
    static func exceptionRows(_ ids: [String]) -> [ListRow] {
        ids.enumerated().map { index, id in
            ListRow(key: ListRowKey(sortValue: .integer(now.millis), rowid: Int64(index + 1), id: id), content: .exception(ExceptionListRow(
                messageId: id, lastAttemptAt: now, activity: StoredValue(rawValue: "newInstance"), orderId: "CS1", instanceId: nil,
                attemptCount: 1, windowEndsAt: now.adding(seconds: 3_600), exceptionInfo: "refused",
                state: StoredValue(rawValue: "STATE_FROM_A_NEWER_MARKETPLACE"), customerName: "Buyer", productName: "Product",
                pendingMark: nil)))
        }
    }

    /// A supervision task at a node the console does not know (the store judges the deliver).
    static func supervisionRow(_ id: String) -> ListRow {
        ListRow(key: ListRowKey(sortValue: .integer(now.millis), rowid: 1, id: id), content: .supervision(SupervisionListRow(
            taskId: id, orderId: "CS1", customerName: "Buyer", productName: "Product", node: StoredValue(rawValue: "NODE_FROM_THE_FUTURE"),
            nodeSince: now, rejectCount: 0, scenario: StoredValue(rawValue: "SCENARIO_FROM_THE_FUTURE"), flowKind: StoredValue(rawValue: "FLOW_FROM_THE_FUTURE"),
            pendingMark: nil)))
    }

    /// The answer to the tab's current window request (anchored at the top).
    static func window(_ state: AppState, _ tab: ConsoleTab, rows: [ListRow], atBottom: Bool = true,
                       generation: Int? = nil) throws -> Msg {
        let list = try #require(state.tabs[tab])
        let request = WindowRequest(tab: tab, query: list.query, anchor: .top,
                                    generation: generation ?? list.generation, rows: state.layout.visibleRows)
        return .windowLoaded(WindowResponse(request: request, rows: rows, anchorIndex: 0, atTop: true,
                                            atBottom: atBottom))
    }

    /// Opens a tab with its hotkey and answers its window; returns the effects of the answer.
    @discardableResult
    static func open(_ tab: ConsoleTab, rows: [ListRow], in state: inout AppState) throws -> [Effect] {
        _ = state.update(.key(.char(Character(tab.hotkey))))
        return state.update(try window(state, tab, rows: rows))
    }

    static func outboxItem(_ id: Int64, state: OutboxState = .failed, action: SellerAction? = nil) -> OutboxItem {
        OutboxItem(id: id, action: action ?? .restart(messageId: "PM\(id)"), idempotencyKey: "key-\(id)",
                   state: state, attempts: 1, lastError: state == .failed ? "409 refused" : nil,
                   targetLabel: "PM\(id)", createdAt: now, updatedAt: now, nextAttemptAt: nil, progress: nil)
    }

    /// Sends keys one by one and returns the effects of all of them, in order.
    static func press(_ keys: [Key], _ state: inout AppState) -> [Effect] {
        keys.flatMap { state.update(.key($0)) }
    }

    static func type(_ text: String, _ state: inout AppState) -> [Effect] {
        press(text.map { Key.char($0) }, &state)
    }
}
