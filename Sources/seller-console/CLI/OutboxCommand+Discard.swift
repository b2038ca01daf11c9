import CommandArguments
import SellerCore
import SellerStore
import Sync

extension OutboxCommand {
    /// `outbox discard ID… [--force]`: an action whose last attempt may have been applied is looked up by its
    /// idempotency key first (`OutcomeReconciler`). Applied → it is marked done instead; never applied → it is
    /// discarded; unknown (still processing, marketplace unreachable) → kept, exit 8, unless `--force`.
    static func discard(_ ids: [Int64], _ runner: ActionRunner) async -> Int32 {
        let force = runner.options.has("--force")
        var settled: [Int64] = []
        var unknown = 0
        var impossible = 0
        do {
            try await StoreConnection.using(path: runner.storePath, memory: .compact) { store in
                let reconciler = OutcomeReconciler(client: try? runner.makeClient())
                for id in ids {
                    switch try await reconciler.discard(id: id, force: force, in: store, at: OutboxClock.now) {
                    case .discarded(.unknown(let reason)):
                        Console.error(ActionReportText.discardedAnyway(id, reason))
                        settled.append(id)
                    case .discarded:
                        settled.append(id)
                    case .appliedAfterAll:
                        Console.error(ActionReportText.appliedAfterAll(id))
                        settled.append(id)
                    case .outcomeUnknown(let reason):
                        unknown += 1
                        Console.error(ActionReportText.outcomeUnknown(id, reason))
                    case .notPossible:
                        impossible += 1
                        Console.error(ActionReportText.notPossible(id))
                    }
                }
            }
        } catch {
            Console.error(ActionReportText.cannotChangeOutbox(error))
            return ExitCode.failure
        }
        runner.reportItems(settled)
        if unknown > 0 { return ExitCode.outcomeUnknown }
        return impossible > 0 ? ExitCode.actionFailed : ExitCode.success
    }
}
