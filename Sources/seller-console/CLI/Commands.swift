import CommandArguments

/// The subcommands of `seller-console`, in the order `help` lists them.
enum Commands {
    /// The release this binary is; `--version` and `version` print it.
    static let version = "0.10.0"

    static let table = CommandTable(
        program: "seller-console", version: version, defaultCommand: "open", commands: [
            Subcommand(["open"], summary: "the console on your profile's store (the default when no command is given)",
                       usage: OpenCommand.usage) { _, arguments throws(Arguments.UsageError) in
                try await OpenCommand.run(arguments)
            },
            Subcommand(["demo"], summary: "start the bundled marketplace simulator and open the console on it",
                       usage: DemoCommand.usage) { _, arguments throws(Arguments.UsageError) in
                try await DemoCommand.run(arguments)
            },
            Subcommand(["sync"], summary: "pull orders, instances, exceptions, supervision tasks and tickets into the "
                       + "local store", usage: SyncCommand.usage) { _, arguments throws(Arguments.UsageError) in
                try await SyncCommand.run(arguments)
            },
            Subcommand(["list"], summary: "print a list of the local store (orders … tickets, outbox) as a table or "
                       + "JSON Lines", usage: ListCommand.usage) { _, arguments throws(Arguments.UsageError) in
                try ListCommand.run(arguments)
            },
            Subcommand(["export"], summary: "write a list of the local store (the console's view) as CSV or JSON "
                       + "Lines, streaming", usage: ExportCommand.usage) { _, arguments throws(Arguments.UsageError) in
                try ExportCommand.run(arguments)
            },
            Subcommand(ActionRequest.verbs, summary: "seller actions (restart, confirm, reject, deliver, tickets): queued "
                       + "in the outbox and sent", usage: ActionCommand.usage) { verb, arguments throws(Arguments.UsageError) in
                try await ActionCommand.run(verb, arguments)
            },
            Subcommand(["order"], summary: "fetch an order from the published open API (order query ORDER_ID)",
                       usage: OrderCommand.usage) { _, arguments throws(Arguments.UsageError) in
                try await OrderCommand.run(arguments)
            },
            Subcommand(["outbox"], summary: "send queued actions, or retry / discard one",
                       usage: OutboxCommand.usage) { _, arguments throws(Arguments.UsageError) in
                try await OutboxCommand.run(arguments)
            },
            Subcommand(["sign-request"], summary: "show the canonical request, string to sign and Authorization "
                       + "header of a request", usage: SignRequestCommand.usage) { _, arguments throws(Arguments.UsageError) in
                try SignRequestCommand.run(arguments)
            },
            Subcommand(["verify"], summary: "check a marketplace call, a V1 Body-Sign or an open-API request "
                       + "against a key, showing the work", usage: VerifyCommand.usage) { _, arguments throws(Arguments.UsageError) in
                try VerifyCommand.run(arguments)
            },
            Subcommand(["sign"], summary: "sign a V1 or V2 call, a V1 Body-Sign or a usage push by hand, with a "
                       + "curl line", usage: SignCommand.usage) { _, arguments throws(Arguments.UsageError) in
                try SignCommand.run(arguments)
            },
            Subcommand(["crypt"], summary: "encrypt or decrypt a sensitive field (mobilePhone, email, appInfo)",
                       usage: CryptCommand.usage) { _, arguments throws(Arguments.UsageError) in
                try CryptCommand.run(arguments)
            },
            Subcommand(["probe"], summary: "test your production interface as the marketplace calls it (signed "
                       + "test cases, contract, idempotency)", usage: ProbeCommand.usage) { _, arguments throws(Arguments.UsageError) in
                try await ProbeCommand.run(arguments)
            },
            Subcommand(["relay"], summary: "journal the marketplace's calls to your production interface, passing "
                       + "them through unchanged", usage: RelayCommand.usage) { _, arguments throws(Arguments.UsageError) in
                try await RelayCommand.run(arguments)
            },
            Subcommand(["info"], summary: "where everything is: profile, site, config and credentials files, "
                       + "key sources, store, log, themes", usage: InfoCommand.usage) { _, arguments throws(Arguments.UsageError) in
                try InfoCommand.run(arguments)
            },
            Subcommand(["benchmark-sync"], summary: "measure sync ingest from the local simulator (release build "
                       + "recommended)", usage: BenchmarkCommand.usage) { _, arguments throws(Arguments.UsageError) in
                try await BenchmarkCommand.run(arguments)
            },
            Subcommand(["benchmark-relay"], summary: "measure what the relay adds to each call, its memory and its "
                       + "journal at a fixed call rate", usage: BenchmarkRelayCommand.usage) { _, arguments throws(Arguments.UsageError) in
                try await BenchmarkRelayCommand.run(arguments)
            },
            Subcommand(["benchmark-console"], summary: "measure first frame, keystroke latency and memory of the "
                       + "console on a store", usage: ConsoleBenchmarkCommand.usage) { _, arguments throws(Arguments.UsageError) in
                try ConsoleBenchmarkCommand.run(arguments)
            },
        ], footer: language)

    /// `--lang` is taken by every command, so the top-level help names it once. Help and usage text stay English
    /// in both languages, as option syntax does.
    static let language = """
        --lang zh|en  with any command: human output in Chinese or English (default: the profile's lang =,
                      else LC_ALL, LC_MESSAGES or LANG; C or POSIX gives Chinese). JSON is the same in both.
        """
}
