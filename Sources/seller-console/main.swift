import Foundation

// seller-console: the KooGallery seller's terminal console. Subcommands are dispatched here; each lives in
// CLI/ and returns its exit code.
let usage = """
    usage: seller-console [command] [options]

    commands:
      open          the console on your profile's store (the default when no command is given)
      demo          start the bundled marketplace simulator and open the console on it
      sync          pull orders, instances, exceptions, supervision tasks and tickets into the local store
      list          print a list of the local store (orders … tickets, outbox) as a table or JSON Lines
      retry | confirm | reject | deliver | ticket
                    seller actions (重新启动, 确认需求, 驳回, 交付, 工单): queued in the outbox and sent
      outbox        send queued actions, or retry / discard one
      sign-request  show the canonical request, string to sign and Authorization header of a request
      benchmark-sync  measure sync ingest from the local simulator (release build recommended)
      benchmark-console  measure first frame, keystroke latency and memory of the console on a store
      help          this text; `seller-console <command> --help` for a command's options
    """

// Large buffers (upload chunks, sync pages) are mapped and unmapped on their own instead of being kept in a
// malloc arena after use, and threads share two arenas: peak memory stays near what is live (DESIGN §11; a 1 GB
// delivery measured 51 MB peak before, 46 MB after).
#if os(Linux)
_ = GlibcMalloc.option(GlibcMalloc.mmapThreshold, 128 * 1024)
_ = GlibcMalloc.option(GlibcMalloc.arenaMax, 2)
#endif

let arguments = Array(CommandLine.arguments.dropFirst())
// No command, or options only, opens the console.
let command = arguments.first.flatMap { $0.hasPrefix("-") && $0 != "--help" && $0 != "-h" ? nil : $0 } ?? "open"
let rest = command == "open" && arguments.first != "open" ? arguments : Array(arguments.dropFirst())
let wantsHelp = rest.contains("--help") || rest.contains("-h")

let status: Int32
switch command {
case "open":
    if wantsHelp { Console.print(OpenCommand.usage); status = 0 } else { status = await OpenCommand.run(rest) }
case "sync":
    if wantsHelp { Console.print(SyncCommand.usage); status = 0 } else { status = await SyncCommand.run(rest) }
case "sign-request":
    if wantsHelp { Console.print(SignRequestCommand.usage); status = 0 } else { status = SignRequestCommand.run(rest) }
case "demo":
    if wantsHelp { Console.print(DemoCommand.usage); status = 0 } else { status = await DemoCommand.run(rest) }
case "list":
    if wantsHelp { Console.print(ListCommand.usage); status = 0 } else { status = ListCommand.run(rest) }
case "benchmark-sync":
    if wantsHelp { Console.print(BenchmarkCommand.usage); status = 0 } else { status = await BenchmarkCommand.run(rest) }
case "benchmark-console":
    if wantsHelp { Console.print(ConsoleBenchmarkCommand.usage); status = 0 } else { status = ConsoleBenchmarkCommand.run(rest) }
case "retry", "confirm", "reject", "deliver", "ticket":
    if wantsHelp { Console.print(ActionCommand.usage); status = 0 } else { status = await ActionCommand.run(command, rest) }
case "outbox":
    if wantsHelp { Console.print(OutboxCommand.usage); status = 0 } else { status = await OutboxCommand.run(rest) }
case "terminal-check": status = TerminalCheckCommand.run(rest)
case "help", "--help", "-h":
    Console.print(usage)
    status = 0
default:
    Console.error("unknown command \(command)\n\(usage)")
    status = ExitCode.usage
}
PeakMemory.reportIfAsked()
exit(status)
