import ListContract
import SellerCore

/// The names `update` builds effects with, one per request: they read as the request and produce the nested
/// value, so the code that asks for work need not know which executor does it.
extension Effect {
    public static func loadWindow(_ request: WindowRequest) -> Effect { .read(.window(request)) }
    public static func loadPage(_ request: PageRequest) -> Effect { .read(.page(request)) }
    public static func loadCount(tab: ConsoleTab, query: StoreListQuery, generation: Int) -> Effect {
        .read(.count(tab: tab, query: query, generation: generation))
    }
    public static var loadOutboxCount: Effect { .read(.outboxCount) }
    public static func loadDetail(_ request: DetailRequest) -> Effect { .read(.detail(request)) }
    public static func loadOutboxPage(_ request: OutboxPageRequest) -> Effect { .read(.outboxPage(request)) }
    public static var loadUploads: Effect { .read(.uploads) }
    public static func loadRelayActivity(at now: Timestamp) -> Effect { .read(.relayActivity(at: now)) }
    public static func loadAttention(_ clock: AttentionClock) -> Effect { .read(.attention(clock)) }

    public static func enqueue(_ actions: [SellerAction], at now: Timestamp) -> Effect {
        .write(.enqueue(actions, at: now))
    }
    public static func enqueueRestarts(matching query: StoreListQuery, limit: Int, at now: Timestamp) -> Effect {
        .write(.enqueueRestarts(matching: query, limit: limit, at: now))
    }
    public static func retryOutboxItem(id: Int64, at now: Timestamp) -> Effect { .write(.retryOutboxItem(id: id, at: now)) }
    public static func discardOutboxItem(id: Int64, at now: Timestamp, force: Bool = false) -> Effect {
        .write(.discardOutboxItem(id: id, at: now, force: force))
    }

    public static func listDirectory(_ path: String) -> Effect { .file(.listDirectory(path)) }
    public static func measureFile(_ path: String) -> Effect { .file(.measureFile(path)) }

    public static var startSync: Effect { .sync(.start) }
    public static var wakeSender: Effect { .sender(.wake) }
    /// Load a theme by name or path; `update` applies it when `.themeLoaded` comes back.
    public static func applyTheme(_ reference: String) -> Effect { .theme(.load(reference)) }
}
