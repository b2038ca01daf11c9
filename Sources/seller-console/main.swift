import Foundation

// seller-console: the KooGallery seller's terminal console. Subcommands are dispatched here; each lives in
// CLI/ and returns its exit code.
let usage = """
    usage: seller-console <command> [options]

    commands:
      demo          start the bundled marketplace simulator, sync it into a store and show it
      sync          pull orders, instances, exceptions, supervision tasks and tickets into the local store
      sign-request  show the canonical request, string to sign and Authorization header of a request
      benchmark-sync  measure sync ingest from the local simulator (release build recommended)
      help          this text; `seller-console <command> --help` for a command's options
    """

let arguments = Array(CommandLine.arguments.dropFirst())
let command = arguments.first ?? "help"
let rest = Array(arguments.dropFirst())
let wantsHelp = rest.contains("--help") || rest.contains("-h")

let status: Int32
switch command {
case "sync":
    if wantsHelp { Console.print(SyncCommand.usage); status = 0 } else { status = await SyncCommand.run(rest) }
case "sign-request":
    if wantsHelp { Console.print(SignRequestCommand.usage); status = 0 } else { status = SignRequestCommand.run(rest) }
case "demo":
    if wantsHelp { Console.print(DemoCommand.usage); status = 0 } else { status = await DemoCommand.run(rest) }
case "benchmark-sync":
    if wantsHelp { Console.print(BenchmarkCommand.usage); status = 0 } else { status = await BenchmarkCommand.run(rest) }
case "terminal-check": status = TerminalCheckCommand.run(rest)
case "help", "--help", "-h":
    Console.print(usage)
    status = 0
default:
    Console.error("unknown command \(command)\n\(usage)")
    status = ExitCode.usage
}
exit(status)
