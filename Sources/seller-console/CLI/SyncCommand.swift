import CommandArguments
import ConsoleRuntime
import Foundation
import Localization
import Profiles
import MarketClient
import SellerCore
import SellerStore
import Sync
import TermUI

/// `seller-console sync`: pulls every kind into the store, with a progress line on a terminal and plain lines
/// otherwise, then a summary; on failure one line with the reason and a non-zero exit. Records that could not be
/// decoded are listed and make the exit status `ExitCode.recordsRejected` (9): the rest of the sync is stored.
enum SyncCommand {
    static let usage = """
        usage: seller-console sync [--profile P] [--store PATH] [--base-url URL] [--timeout SECONDS]
          --timeout     give up after this many seconds in all (also the longest wait for one answer),
                        0.1 to 86400; without it each answer may take 30 s and the sync as long as it needs
          Keys come from SELLER_CONSOLE_AK / SELLER_CONSOLE_SK or the profile's credentials (mode 0600).
          Exit status 9: synced, but records could not be read (listed; asked for again on every sync).
        """

    static func run(_ arguments: [String]) async throws(Arguments.UsageError) -> Int32 {
        let options = try Arguments(arguments, options: ["--profile", "--store", "--base-url", "--timeout"])
        do {
            let profile = try ProfileResolver.resolve(name: options.value("--profile"),
                                                      baseURL: options.value("--base-url"),
                                                      storePath: options.value("--store"))
            var configuration = ClientConfiguration(baseURL: profile.baseURL, accessKey: profile.accessKey,
                                                    secretKey: profile.secretKey)
            if let timeout = options.number("--timeout") {
                configuration.timeout = timeout
                configuration.limitTotalTime(to: timeout)
            }
            try configuration.validate()
            return await sync(configuration: configuration, storePath: profile.storePath)
        } catch {
            Console.error(CommandErrors.phrase(error))
            return ExitCode.usage
        }
    }

    /// Runs one sync and prints its summary; returns the exit code.
    static func sync(configuration: ClientConfiguration, storePath: String) async -> Int32 {
        let store: StoreConnection
        do {
            store = try await StoreConnection.open(path: storePath)
        } catch let error as StoreOpenError {
            Console.error(StoreText.refused(error))   // it names the path, and says the file was left untouched
            return error.isWrongFile ? ExitCode.usage : ExitCode.failure
        } catch {
            Console.error(StoreText.cannotOpen(storePath, error))
            return ExitCode.failure
        }
        for notice in store.notices { Console.error(StoreNoticeText.phrase(notice).text(CommandLanguage.current)) }
        let status = await sync(configuration: configuration, into: store)
        // Every good page commits its cursor, so a sync that failed before its first good answer leaves a store
        // it created empty, and it is removed: a wrong key or URL never leaves a store behind.
        _ = try? await store.closeRemovingIfUnused()
        return status
    }

    private static func sync(configuration: ClientConfiguration, into store: StoreConnection) async -> Int32 {
        let engine = SyncEngine(client: MarketClient(configuration: configuration), store: store)
        let progress = ProgressLine(enabled: isatty(STDERR_FILENO) == 1)
        do {
            let summary = try await engine.run { progress.show($0) }
            progress.finish()
            Console.print(describe(summary))
            let rejected = summary.totalRejected + summary.totalStillRejected
            return rejected > 0 ? ExitCode.recordsRejected : ExitCode.success
        } catch {
            progress.finish()
            Console.error(SyncText.failed(SyncFailureText.phrase(error)))
            if case .client(_, let reason) = error, reason.isAuthentication { return ExitCode.authentication }
            return ExitCode.failure
        }
    }

    /// The summary in `language`: time taken, each kind's counts, then the records that could not be read.
    static func describe(_ summary: SyncSummary, language: Language = CommandLanguage.current) -> String {
        var lines = [SyncText.took(summary.seconds)(language)]
        for kind in EntityKind.synced {
            lines.append(SyncText.counts(kind, summary[kind])(language))
        }
        let rejected = EntityKind.synced.flatMap { summary[$0].rejected + summary[$0].stillRejected }
        if !rejected.isEmpty {
            lines.append(SyncText.rejectedHeading(language))
            for reject in rejected.prefix(20) {
                // One line each, whatever the marketplace put in the id or reason.
                lines.append("  " + TextSanitizer.sanitize("\(reject)", mode: .singleLine, limit: 512))
            }
            if rejected.count > 20 { lines.append(SyncText.more(rejected.count - 20)(language)) }
        }
        return lines.joined(separator: "\n")
    }
}

/// A one-line progress display on a terminal; plain lines per kind otherwise.
final class ProgressLine {
    let enabled: Bool
    private var lastKind: EntityKind?
    private var lastCount = 0

    init(enabled: Bool) { self.enabled = enabled }

    func show(_ progress: SyncProgress) {
        if enabled {
            var line = SyncText.kind(progress.kind)(CommandLanguage.current) + " "
            if progress.stage == .indexing {
                line += SyncText.buildingIndexes(progress.received)(CommandLanguage.current)
            } else if let total = progress.total, total > 0 {
                let filled = min(30, progress.received * 30 / total)
                line += String(repeating: "█", count: filled) + String(repeating: "░", count: 30 - filled)
                    + " \(progress.received)/\(total)"
            } else {
                line += SyncText.received(progress.received)(CommandLanguage.current)
            }
            Console.errorControl(.redrawLine, line)
        } else if lastKind != progress.kind {
            if let lastKind { Console.error(SyncText.plain(lastKind, lastCount)) }
        }
        lastKind = progress.kind
        lastCount = progress.received
    }

    func finish() {
        if enabled {
            Console.errorControl(.redrawLine)
        } else if let lastKind {
            Console.error(SyncText.plain(lastKind, lastCount))
        }
    }
}
