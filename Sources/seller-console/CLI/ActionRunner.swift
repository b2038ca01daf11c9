import CommandArguments
import Foundation
import Localization
import Profiles
import MarketClient
import SellerCore
import SellerStore
import Sync

/// Enqueues actions, sends them, waits for their outcome and reports it: the shared half of the action
/// commands and `outbox send`.
struct ActionRunner {
    let options: Arguments
    let storePath: String
    /// The command's `--timeout`: how long it waits for outcomes.
    let timeout: Double
    /// `timeout` from the command's start: no request of the command outlives it.
    let deadline: ContinuousClock.Instant

    init(options: Arguments, storePath: String, defaultTimeout: Double = 300) {
        self.options = options
        self.storePath = storePath
        timeout = options.number("--timeout") ?? defaultTimeout
        deadline = .now + .milliseconds(Int64(timeout * 1000))
    }

    /// Why the profile or base URL cannot work (a typo'd site, plain http to a real host), checked before
    /// anything is queued; nil when it can, or when only the keys are missing (queueing offline is fine).
    func configurationProblem() -> Phrase? {
        do {
            _ = try makeClient()
            return nil
        } catch let error as ProfileError where error.invalidConfiguration {
            return error.message
        } catch let error as ClientError {
            if case .invalidBaseURL = error { return Phrase(verbatim: error.description) }
            return nil
        } catch {
            return nil
        }
    }

    /// A runner on the store the options name; nil (after saying why) when there is none: actions need synced
    /// records to check against.
    init?(options: Arguments, defaultTimeout: Double = 300) {
        let path = options.value("--store") ?? ProfileResolver.resolveStorePath(name: options.value("--profile"))
        guard FileManager.default.fileExists(atPath: path) else {
            Console.error(StoreText.noStore(path))
            return nil
        }
        self.init(options: options, storePath: path, defaultTimeout: defaultTimeout)
    }

    func enqueueAndWait(_ actions: [SellerAction]) async -> Int32 {
        let outcomes: [EnqueueOutcome]
        do {
            // An earlier action on a target whose outcome is in doubt is settled first (OutcomeReconciler).
            outcomes = try await StoreConnection.using(path: storePath, memory: .compact) { store in
                try await OutcomeReconciler(client: try? makeClient()).enqueue(actions, in: store, at: OutboxClock.now)
            }
        } catch {
            Console.error(StoreText.cannotWriteOutbox(storePath, error))
            return ExitCode.failure
        }
        var queued: [Int64] = []
        var refused = 0
        for (action, outcome) in zip(actions, outcomes) {
            switch outcome {
            case .queued(let item): queued.append(item.id)
            case .refused(let reason):
                refused += 1
                let words = ActionRefusalWords.text(action, reason: reason, storePath: storePath,
                                                    now: OutboxClock.now())
                report(action: action, item: nil, refusal: reason, words: words)
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
            Console.error(ActionReportText.cannotSendNow(CommandErrors.phrase(error)))
            reportItems(queued)
            return ExitCode.stillPending
        }
        let ids = queued
        let settled = await sender.run(until: { try OutboxSender.allSettled(ids, in: $0) }, timeout: timeout)
        progress.finish()
        let items = reportItems(queued)
        if !settled || items.contains(where: { $0.state.isInFlight }) { return ExitCode.stillPending }
        if items.contains(where: { $0.state == .failed }) { return Self.exitCode(failed: items) }
        return refused > 0 ? ExitCode.refused : ExitCode.success
    }

    /// The exit status of `items` that failed, from the failure each was recorded with (never its words).
    static func exitCode(failed items: [OutboxItem]) -> Int32 {
        exitCode(failures: items.filter { $0.state == .failed }.compactMap(\.failure?.kind))
    }

    /// The exit status of failed actions, from the class each failure was recorded with: refused keys first
    /// (nothing can succeed until they are fixed), then actions the target's state does not allow.
    static func exitCode(failures: [OutboxFailure]) -> Int32 {
        if failures.contains(.keysRefused) { return ExitCode.authentication }
        if failures.contains(.notAllowed) { return ExitCode.refused }
        return ExitCode.actionFailed
    }

    /// A sender on the profile's marketplace; the progress line shows uploads on a terminal.
    func makeSender(concurrency: Int = SenderPolicy().concurrency) throws -> OutboxSender {
        let progress = self.progress
        var policy = SenderPolicy()
        policy.concurrency = max(1, concurrency)
        return OutboxSender(storePath: storePath, client: try makeClient(), policy: policy,
                            replay: replayTarget()) { event in
            if case .progress(let id, let sent, let total) = event { progress.show(id: id, sent: sent, total: total) }
        }
    }

    /// A client for the profile's marketplace (keys from the environment or the credentials file).
    func makeClient() throws -> MarketClient {
        let profile = try ProfileResolver.resolve(name: options.value("--profile"), baseURL: options.value("--base-url"),
                                                  storePath: storePath)
        var configuration = ClientConfiguration(baseURL: profile.baseURL, accessKey: profile.accessKey,
                                                secretKey: profile.secretKey)
        configuration.timeout = options.number("--request-timeout") ?? configuration.timeout
        // Every request ends by the command's deadline, so `--timeout` bounds the wall time, not just the wait.
        configuration.deadline = deadline
        return try MarketClient(validating: configuration)
    }

    var progress: UploadProgressLine { UploadProgressLine.shared }

    /// Where replays go: `--upstream` / `--key`, else the profile's relay settings.
    func replayTarget() -> ReplayTarget {
        let settings = (try? ProfileResolver.resolveRelay(name: options.value("--profile"), storePath: storePath))?
            .0 ?? RelaySettings()
        return ReplayTarget(upstream: options.value("--upstream") ?? settings.upstream,
                            productionKey: options.value("--key") ?? settings.productionKey,
                            timeout: min(20, max(1, timeout)))
    }

    /// `deliver-license` actions with their journalled getLicenseAsync call found by event id.
    func licenseCalls(_ actions: [SellerAction]) -> Result<[SellerAction], ActionRequest.Problem> {
        guard let store = try? LocalStore(path: storePath, readOnly: true, memory: .compact) else {
            return .failure(.init(description: "cannot open \(storePath)"))
        }
        defer { try? store.close() }
        var found: [SellerAction] = []
        for case .deliverLicense(_, let eventId, let license) in actions {
            guard let call = try? store.licenseCall(eventId: eventId) else {
                return .failure(.init(description: "no journalled getLicenseAsync call with eventId \(eventId)"))
            }
            found.append(.deliverLicense(callId: call.callId, eventId: eventId, license: license))
        }
        return .success(found)
    }

    @discardableResult
    func reportItems(_ ids: [Int64]) -> [OutboxItem] {
        guard let store = try? LocalStore(path: storePath, readOnly: true, memory: .compact) else { return [] }
        defer { try? store.close() }
        let items = ids.compactMap { try? store.outboxItem(id: $0) }
        for item in items {
            let record = try? store.record(item.action.targetKind, id: item.action.targetId)
            report(action: item.action, item: item, refusal: nil, record: record ?? nil)
            if !options.has("--json"), let sentence = Self.replayWindow(item, record: record ?? nil, in: store) {
                Console.print(sentence)
            }
        }
        return items
    }

    /// For a replay that ended: whether the marketplace will still retry the message, or 重新启动 is needed.
    static func replayWindow(_ item: OutboxItem, record: SellerRecord?, in store: LocalStore) -> String? {
        let messageId: String?
        switch (item.action, record) {
        case (.replayMessage(let id), _): messageId = id
        case (.replayCall, .call(let call)?): messageId = call.messageId
        default: return nil
        }
        guard item.state.isFinished || item.state == .failed, let messageId,
              case .exception(let message)? = try? store.record(.exceptions, id: messageId) else { return nil }
        return ReplayWindowText.phrase(ReplayWindow.verdict(for: message, now: OutboxClock.now()),
                                       messageId: message.messageId)(CommandLanguage.current)
    }

    /// `words` is the refusal as a person reads it (`ActionRefusalWords`); `--json` keeps the store's reason.
    func report(action: SellerAction, item: OutboxItem?, refusal: String?, record: SellerRecord? = nil,
                words: String? = nil) {
        if options.has("--json") {
            Console.print(ActionReport.json(action: action, item: item, refusal: refusal, record: record))
        } else {
            Console.print(ActionReport.line(action: action, item: item, refusal: words ?? refusal, record: record))
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
