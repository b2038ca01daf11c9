import Foundation
import MarketClient
import SellerCore
import SellerStore
import Sync

/// Enqueues actions, sends them, waits for their outcome and reports it: the shared half of the action
/// commands and `outbox send`.
struct ActionRunner {
    let options: Arguments
    let storePath: String

    init(options: Arguments, storePath: String) {
        self.options = options
        self.storePath = storePath
    }

    /// A runner on the store the options name; nil (after saying why) when there is none: actions need synced
    /// records to check against.
    init?(options: Arguments) {
        let path = options.value("--store") ?? ProfileResolver.resolveStorePath(name: options.value("--profile"))
        guard FileManager.default.fileExists(atPath: path) else {
            Console.error("no store at \(path); run `seller-console sync` first")
            return nil
        }
        self.init(options: options, storePath: path)
    }

    func enqueueAndWait(_ actions: [SellerAction]) async -> Int32 {
        let outcomes: [EnqueueOutcome]
        do {
            let store = try LocalStore(path: storePath, memory: .compact)
            defer { try? store.close() }
            outcomes = try store.enqueue(actions, at: OutboxClock.now())
        } catch {
            Console.error("cannot write the outbox in \(storePath): \(error)")
            return ExitCode.failure
        }
        var queued: [Int64] = []
        var refused = 0
        for (action, outcome) in zip(actions, outcomes) {
            switch outcome {
            case .queued(let item): queued.append(item.id)
            case .refused(let reason):
                refused += 1
                report(action: action, item: nil, refusal: reason)
            }
        }
        guard !queued.isEmpty else { return ExitCode.refused }
        if options.has("--no-wait") {
            reportItems(queued)
            return refused > 0 ? ExitCode.refused : ExitCode.success
        }
        let sender: OutboxSender
        do {
            // One worker per action, up to the usual four: a single delivery needs no idle connections beside it.
            sender = try makeSender(concurrency: min(SenderPolicy().concurrency, queued.count))
        } catch {
            Console.error("queued, but cannot send now: \(error)")
            reportItems(queued)
            return ExitCode.stillPending
        }
        let timeout = options.value("--timeout").flatMap(Double.init) ?? 300
        let settled = await sender.run(until: { try OutboxSender.allSettled(queued, in: $0) }, timeout: timeout)
        progress.finish()
        let items = reportItems(queued)
        if !settled || items.contains(where: { $0.state.isInFlight }) { return ExitCode.stillPending }
        if items.contains(where: { $0.state == .failed }) {
            return items.contains { ($0.lastError ?? "").hasPrefix("409 ") } ? ExitCode.refused : ExitCode.actionFailed
        }
        return refused > 0 ? ExitCode.refused : ExitCode.success
    }

    /// A sender on the profile's marketplace; the progress line shows uploads on a terminal.
    func makeSender(concurrency: Int = SenderPolicy().concurrency) throws -> OutboxSender {
        let progress = self.progress
        var policy = SenderPolicy()
        policy.concurrency = max(1, concurrency)
        return OutboxSender(storePath: storePath, client: try makeClient(), policy: policy) { event in
            if case .progress(let id, let sent, let total) = event { progress.show(id: id, sent: sent, total: total) }
        }
    }

    /// A client for the profile's marketplace (keys from the environment or the credentials file).
    func makeClient() throws -> MarketClient {
        let profile = try ProfileResolver.resolve(name: options.value("--profile"), baseURL: options.value("--base-url"),
                                                  storePath: storePath)
        var configuration = ClientConfiguration(baseURL: profile.baseURL, accessKey: profile.accessKey,
                                                secretKey: profile.secretKey)
        configuration.timeout = options.value("--request-timeout").flatMap(Double.init) ?? configuration.timeout
        return MarketClient(configuration: configuration)
    }

    var progress: UploadProgressLine { UploadProgressLine.shared }

    @discardableResult
    func reportItems(_ ids: [Int64]) -> [OutboxItem] {
        guard let store = try? LocalStore(path: storePath, readOnly: true, memory: .compact) else { return [] }
        defer { try? store.close() }
        let items = ids.compactMap { try? store.outboxItem(id: $0) }
        for item in items {
            let record = try? store.record(item.action.targetKind, id: item.action.targetId)
            report(action: item.action, item: item, refusal: nil, record: record ?? nil)
        }
        return items
    }

    func report(action: SellerAction, item: OutboxItem?, refusal: String?, record: SellerRecord? = nil) {
        if options.has("--json") {
            Console.print(ActionReport.json(action: action, item: item, refusal: refusal, record: record))
        } else {
            Console.print(ActionReport.line(action: action, item: item, refusal: refusal, record: record))
        }
    }
}

/// The wall clock as the outbox records it.
enum OutboxClock {
    static func now() -> Timestamp { Timestamp(millis: Int64(Date().timeIntervalSince1970 * 1000)) }
}

extension ProfileResolver {
    /// The store of a profile without needing its keys (reading and queueing work offline).
    static func resolveStorePath(name: String?, environment: [String: String] = ProcessInfo.processInfo.environment)
        -> String {
        defaultStorePath(profile: name ?? environment["SELLER_CONSOLE_PROFILE"] ?? "default", environment)
    }
}
