import CommandArguments
import Foundation
import SellerCore
import SellerStore
import Sync

/// `seller-console outbox send | retry ID | discard ID`: the outbox without the console. `send` runs the same
/// sender as the console until nothing is left in flight; retry and discard are the 队列 tab's `R` and `D`.
enum OutboxCommand {
    static let usage = """
        usage: seller-console outbox send [--timeout S] [--concurrency N] [--lease-seconds N] [--max-backoff S]
                                          [options]
               seller-console outbox retry OUTBOX_ID… [--no-wait] [options]
               seller-console outbox discard OUTBOX_ID… [--force] [options]

          send      send every due action until none is queued, sending or waiting (default timeout 600 s);
                    --max-backoff caps the wait between attempts of one action (default 60 s);
                    --concurrency N actions sent at once, 1 to 16 (default 4)
          retry     send failed or waiting actions again now, with their idempotency keys, and wait
          discard   give up actions that are not being sent; their targets lose the pending mark. One whose
                    last attempt got no answer may have been applied: the marketplace is asked first (applied →
                    marked done instead; never applied → discarded). When it cannot tell, the action is kept
                    unless --force is given (exit 8)
        options: --json  --profile P  --store PATH  --base-url URL
        exit status: 0 done, 2 usage, 3 keys refused, 4 no store, 6 failed, 7 still pending at --timeout,
                     8 not discarded: the outcome is unknown (use --force to discard anyway)
        """

    static func run(_ arguments: [String]) async throws(Arguments.UsageError) -> Int32 {
        let (positionals, rest) = Arguments.splitPositionals(arguments)
        let options = try Arguments(rest, options: ActionCommand.commonOptions.union(["--concurrency", "--lease-seconds",
                                                                                          "--max-backoff"]),
                                    flags: ActionCommand.commonFlags.union(["--force"]))
        guard let verb = positionals.first else {
            throw Arguments.UsageError(description: "outbox needs a verb: send, retry or discard")
        }
        let ids = positionals.dropFirst().compactMap { Int64($0.trimmingCharacters(in: CharacterSet(charactersIn: "#"))) }
        guard ids.count == positionals.count - 1 else {
            Console.error(ActionReportText.idsAreNumbers)
            return ExitCode.usage
        }
        // `outbox send` drains everything and gets longer than one action's wait.
        guard let runner = ActionRunner(options: options, defaultTimeout: verb == "send" ? 600 : 300) else {
            return ExitCode.noStore
        }
        switch verb {
        case "send" where ids.isEmpty: return await send(runner, options)
        case "retry" where !ids.isEmpty: return await change(ids, runner) { try $0.retryOutboxItem(id: $1, at: $2) }
        case "discard" where !ids.isEmpty: return await discard(ids, runner)
        default:
            throw Arguments.UsageError(description: "unknown or incomplete outbox command")
        }
    }

    private static func send(_ runner: ActionRunner, _ options: Arguments) async -> Int32 {
        do {
            var sender = try runner.makeSender()
            if ["--concurrency", "--lease-seconds", "--max-backoff"].contains(where: { options.value($0) != nil }) {
                var policy = sender.policy
                if let value = options.number("--max-backoff") {
                    policy.maxBackoff = max(0.1, value)
                    policy.initialBackoff = min(policy.initialBackoff, policy.maxBackoff)
                }
                if let value = options.integer("--concurrency") { policy.concurrency = value }
                if let value = options.integer("--lease-seconds") { policy.leaseSeconds = Int64(value) }
                sender = OutboxSender(storePath: sender.storePath, client: try runner.makeClient(), policy: policy)
            }
            let finished = await sender.run(until: { try OutboxSender.nothingInFlight(in: $0) },
                                            timeout: runner.timeout)
            runner.progress.finish()
            let counts = try await StoreConnection.using(path: runner.storePath, readOnly: true, memory: .compact) {
                try await $0.perform { try $0.outboxCounts() }
            }
            Console.print(ActionReportText.counts(counts))
            if !finished { return ExitCode.stillPending }
            return (counts[.failed] ?? 0) > 0 ? ExitCode.actionFailed : ExitCode.success
        } catch {
            Console.error(ActionReportText.cannotSend(CommandErrors.phrase(error)))
            return ExitCode.failure
        }
    }

    private static func change(_ ids: [Int64], _ runner: ActionRunner, wait: Bool = true,
                               _ body: @Sendable (LocalStore, Int64, Timestamp) throws -> Bool)
        async -> Int32 {
        let changed: [Int64]
        do {
            changed = try await StoreConnection.using(path: runner.storePath, memory: .compact) { connection in
                try await connection.perform { store in
                    try ids.filter { id in
                        if try body(store, id, OutboxClock.now()) { return true }
                        Console.error(ActionReportText.notPossible(id))
                        return false
                    }
                }
            }
        } catch {
            Console.error(ActionReportText.cannotChangeOutbox(error))
            return ExitCode.failure
        }
        guard wait, !changed.isEmpty, !runner.options.has("--no-wait") else {
            runner.reportItems(changed)
            return changed.count == ids.count ? ExitCode.success : ExitCode.actionFailed
        }
        do {
            let sender = try runner.makeSender()
            let settled = await sender.run(until: { try OutboxSender.allSettled(changed, in: $0) },
                                           timeout: runner.timeout)
            runner.progress.finish()
            let items = runner.reportItems(changed)
            if !settled { return ExitCode.stillPending }
            if items.contains(where: { $0.state == .failed }) {
                return ActionRunner.exitCode(failed: items)
            }
            return items.allSatisfy { $0.state == .done } && changed.count == ids.count
                ? ExitCode.success : ExitCode.actionFailed
        } catch {
            Console.error(ActionReportText.cannotSend(CommandErrors.phrase(error)))
            return ExitCode.stillPending
        }
    }
}
