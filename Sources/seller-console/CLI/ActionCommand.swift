import CommandArguments
import Foundation
import MarketClient
import SellerCore
import SellerStore
import Sync

/// `seller-console retry | confirm | reject | deliver | ticket …`: enqueue the same outbox actions as the
/// console's keys, then (unless `--no-wait`) send them and wait for their outcome.
enum ActionCommand {
    static let usage = """
        usage: seller-console retry MESSAGE_ID… [options]
               seller-console confirm TASK_ID [options]
               seller-console reject TASK_ID (--reason TEXT | --reason-file PATH) [options]
               seller-console deliver TASK_ID --file PATH[:KIND]… [--start "yyyy-MM-dd HH:mm"] [options]
               seller-console ticket accept CASE_ID [options]
               seller-console ticket reply CASE_ID (--message TEXT | --message-file PATH) [--wait-customer]
                   [--file PATH]… [options]
               seller-console ticket resolve CASE_ID --cause TEXT --solution TEXT [options]
               seller-console replay MESSAGE_ID|CALL_ID… [--upstream URL] [--key KEY] [options]
               seller-console deliver-license EVENT_ID (--file PATH | --text TEXT) [options]

        Each action is checked against the record in the local store (refused at once when its state does not
        allow it), written to the outbox, then sent with its idempotency key until the marketplace answers.
        A failed earlier action on the same target whose last attempt got no answer is looked up first: applied →
        it is marked done (and the very same action is refused: exit 5); unknown → the new one is refused until
        it can be learned or `outbox discard --force` gives the old one up.
          KIND          SOW 需求文档, ACCEPTANCE 验收文档 (default), SCREENSHOT 截图, OTHER 其他
          --start       服务实际开通时间, local time (or yyyyMMddHHmmss UTC)
        replay re-sends a journalled call (J-… ids are journal messages: their newest marketplace call) to the
        seller's interface, signed afresh with the production key (default: the profile's relay_upstream and
        key), and says whether the marketplace will still retry or 重新启动 in Seller Center is still needed.
        deliver-license hands a license back for a getLicenseAsync call answered 000004 (market-event upload).
        options:
          --no-wait         queue and return; the console or `seller-console outbox send` sends it later
          --timeout S       how long to wait for the outcome (default 300)
          --json            one JSON object per action on stdout
          --profile P  --store PATH  --base-url URL
        exit status: 0 done (or queued with --no-wait), 2 usage, 3 keys refused, 4 no store,
                     5 refused (not allowed in the target's state), 6 failed, 7 still pending at --timeout
        """

    static let commonOptions: Set<String> = ["--timeout", "--request-timeout", "--profile", "--store", "--base-url"]
    static let commonFlags: Set<String> = ["--no-wait", "--json"]

    static func run(_ verb: String, _ arguments: [String]) async throws(Arguments.UsageError) -> Int32 {
        let (positionals, rest) = Arguments.splitPositionals(arguments)
        let options = try Arguments(rest, options: commonOptions.union(["--reason", "--reason-file", "--file",
                                                                        "--start", "--message", "--message-file",
                                                                        "--cause", "--solution", "--upstream",
                                                                        "--key", "--text"]),
                                    flags: commonFlags.union(["--wait-customer"]))
        var actions: [SellerAction]
        do {
            // Reading --reason-file and measuring each --file (size and SHA-256, maybe a gigabyte) block: they
            // run on a queue of their own, not on Swift's cooperative pool.
            actions = try await BlockingExecutor(label: "action files").run {
                try ActionRequest.actions(verb: verb, positionals: positionals, options: options)
            }
        } catch {
            throw Arguments.UsageError(description: "\(error)")
        }
        guard let runner = ActionRunner(options: options) else { return ExitCode.noStore }
        if verb == "deliver-license" {
            switch runner.licenseCalls(actions) {
            case .success(let found): actions = found
            case .failure(let problem):
                Console.error(problem.description)
                return ExitCode.refused
            }
        }
        if let problem = runner.configurationProblem() {
            Console.error(problem)
            return ExitCode.usage
        }
        return await runner.enqueueAndWait(actions)
    }
}
