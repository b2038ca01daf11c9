import ConsoleUI
import ListContract
import SellerCore
import SellerStore

/// Performs the read effects of the console against a store connection and answers with messages. One reader
/// per thread: a SQLite connection is used by one thread at a time (the worker's own, read-only, so a sync
/// writing meanwhile through its own connection never blocks it under WAL).
public final class StoreReader {
    /// Counting a filtered list stops here: "1,000+" is as useful as the exact figure and costs far less. The
    /// count walks about `cap / share of rows matching` rows, so with this cap a filter keystroke costs about
    /// the same at a million orders as at a thousand (10,000 took 27 ms of a 40 ms keystroke at a million).
    /// Status presets are exact at any size: their totals are kept by the store.
    public static let filteredCountCap = 1_000

    let store: LocalStore

    /// Told each read and how long it took, when set (`benchmark-console --breakdown`).
    public var observer: ((StoreRead, Duration) -> Void)?

    public init(store: LocalStore) {
        self.store = store
    }

    /// The answer to one read: its data, or why it could not be read.
    public func perform(_ read: StoreRead) -> Msg {
        guard let observer else { return answer(read) }
        let start = ContinuousClock.now
        let message = answer(read)
        observer(read, start.duration(to: .now))
        return message
    }

    private func answer(_ read: StoreRead) -> Msg {
        do {
            switch read {
            case .window(let request): return .windowLoaded(try loadWindow(request))
            case .page(let request):
                let page = request.direction == .below
                    ? try store.page(request.query, after: request.key)
                    : try store.page(request.query, before: request.key)
                return .pageLoaded(request, page)
            case .count(let tab, let query, let generation):
                let counted = try store.count(query, upTo: query.isFiltered ? StoreReader.filteredCountCap : nil)
                return .countLoaded(tab: tab, generation: generation, count: counted.count, capped: counted.reachedCap)
            case .outboxCount:
                return .outboxCountLoaded(try store.outboxCount())
            case .detail(let request):
                let record = try store.record(request.kind, id: request.id)
                let row = record == nil ? nil : try store.listRow(request.kind, id: request.id)
                return .detailLoaded(DetailResponse(
                    request: request, record: record, links: try links(of: record), row: row,
                    failedAction: try store.failedOutboxItem(target: request.kind, id: request.id)))
            case .outboxPage(let request):
                return .outboxPageLoaded(request, try store.outboxPage(states: request.states,
                                                                      beforeId: request.beforeId,
                                                                      limit: request.limit))
            case .uploads:
                return .uploadsLoaded(try store.outboxPage(states: [.sending], limit: 20)
                    .filter { $0.progress != nil })
            case .relayActivity(let now):
                return .relayActivityLoaded(try store.relayActivity(at: now))
            case .newRecords:
                return .newRecordsLoaded(try store.newRecordCounts())
            case .findRecords(let text):
                return .recordsFound(text, try store.findRecords(text))
            case .pendingWork:
                let work = try store.unsentActions()
                return .pendingWorkLoaded(PendingWork(unsent: work.unsent, inFlight: work.inFlight))
            case .syncProblems(let limit):
                return .syncProblemsLoaded(count: try store.syncProblemCount(),
                                           rows: limit > 0 ? try store.syncProblems(limit: limit) : [])
            case .attention(let clock):
                return .attentionLoaded(try store.attentionCounts(at: clock))
            }
        } catch let error as ListFilterError {
            // The filter being typed, not the store: the prompt shows why.
            guard let tab = read.tab else { return .loadFailed(tab: nil, message: StoreFailure(.read, error.description)) }
            return .filterRefused(tab: tab, message: error.phrase)
        } catch {
            return .loadFailed(tab: read.tab, message: StoreFailure(.read, String(describing: error)))
        }
    }

    /// What the detail pane links beside the record itself: an order's records and calls; for a gateway
    /// exception, the relay's calls of the same order and activity (a journal message names its own calls).
    func links(of record: SellerRecord?) throws -> OrderLinks? {
        switch record {
        case .order(let order)?:
            var links = try store.links(ofOrder: order.orderId)
            links.callIDs = try store.callIDs(orderId: order.orderId)
            return links
        case .exception(let message)? where message.source == .gateway:
            return OrderLinks(callIDs: try store.callIDs(orderId: message.orderId, activity: message.activity.rawValue))
        default:
            return nil
        }
    }

    /// A whole window: the first rows, the last rows, or the rows around a key (above it, then from its
    /// place on).
    func loadWindow(_ request: WindowRequest) throws -> WindowResponse {
        var query = request.query
        switch request.anchor {
        case .top:
            query.limit = request.rows
            let page = try store.page(query, after: nil)
            return WindowResponse(request: request, rows: page.rows, anchorIndex: 0, atTop: true,
                                  atBottom: !page.hasMore)
        case .bottom:
            query.limit = request.rows
            let page = try store.page(query, before: nil)
            return WindowResponse(request: request, rows: page.rows, anchorIndex: max(0, page.rows.count - 1),
                                  atTop: !page.hasMore, atBottom: true)
        case .around(let key, let above):
            query.limit = max(1, above)
            let before = try store.page(query, before: key)
            query.limit = ListWindow.pageSize * 2
            let from = try store.page(query, after: before.rows.last?.key)
            return WindowResponse(request: request, rows: before.rows + from.rows, anchorIndex: before.rows.count,
                                  atTop: !before.hasMore, atBottom: !from.hasMore)
        }
    }
}

extension StoreRead {
    /// The tab a read is for (to mark its failure); nil for the outbox and the detail pane.
    var tab: ConsoleTab? {
        switch self {
        case .window(let request): request.tab
        case .page(let request): request.tab
        case .count(let tab, _, _): tab
        case .outboxCount, .detail, .outboxPage, .uploads, .relayActivity, .newRecords, .findRecords, .pendingWork: nil
        case .syncProblems: nil
        case .attention: nil
        }
    }
}
