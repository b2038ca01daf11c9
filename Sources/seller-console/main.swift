import CommandArguments
import Foundation

// seller-console: the KooGallery seller's terminal console. `Commands.table` says which subcommands exist;
// each lives in CLI/ and returns its exit code.

// Large buffers (upload chunks, sync pages) are mapped and unmapped on their own instead of being kept in a
// malloc arena after use, and threads share two arenas: peak memory stays near what is live (ARCHITECTURE §11; a 1 GB
// delivery measured 51 MB peak before, 46 MB after).
#if os(Linux)
_ = GlibcMalloc.option(GlibcMalloc.mmapThreshold, 128 * 1024)
_ = GlibcMalloc.option(GlibcMalloc.arenaMax, 2)
#endif

let status: Int32
let words = CommandLanguage.split(Array(CommandLine.arguments.dropFirst()))
if let error = words.error {
    Console.error(error)
    exit(ExitCode.usage)
}
switch Commands.table.request(for: words.rest) {
case .run(let command, let name, let arguments):
    do {
        status = try await command.run(name, arguments)
    } catch {
        Console.error("\(error)\n\(command.usage)")
        status = ExitCode.usage
    }
case .help(let text):
    Console.print(text)
    status = ExitCode.success
case .version:
    Console.print(Commands.table.versionLine)
    status = ExitCode.success
case .unknown(let message):
    Console.error(message)
    status = ExitCode.usage
}
PeakMemory.reportIfAsked()
exit(status)
