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
                        Console.error("#\(id): discarded (--force) although it may have been applied: \(reason)")
                        settled.append(id)
                    case .discarded:
                        settled.append(id)
                    case .appliedAfterAll:
                        Console.error("#\(id): not discarded: the marketplace had applied it, so it is done now")
                        settled.append(id)
                    case .outcomeUnknown(let reason):
                        unknown += 1
                        Console.error("#\(id): not discarded: its last attempt got no answer, so it may already have "
                                      + "been applied, and the marketplace cannot tell now (\(reason)). Try again "
                                      + "later, or discard it anyway with --force")
                    case .notPossible:
                        impossible += 1
                        Console.error("#\(id): not possible (no such action, already finished, or being sent right now)")
                    }
                }
            }
        } catch {
            Console.error("cannot change the outbox: \(error)")
            return ExitCode.failure
        }
        runner.reportItems(settled)
        if unknown > 0 { return ExitCode.outcomeUnknown }
        return impossible > 0 ? ExitCode.actionFailed : ExitCode.success
    }
}
