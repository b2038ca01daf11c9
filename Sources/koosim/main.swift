import CommandArguments
import Foundation
import HTTPServer
import Simulator

// koosim: the KooGallery marketplace simulator. Serves the seller gateway and the open APIs on 127.0.0.1 until
// SIGINT or SIGTERM, then stops gracefully.
let arguments = Array(CommandLine.arguments.dropFirst())
if arguments.first == "isv" { runSampleISV(Array(arguments.dropFirst())) }
if arguments.contains("--help") || arguments.contains("-h") {
    print(KoosimCommand.usage)
    exit(ExitCode.success)
}
do {
    let configuration = try KoosimCommand.parse(arguments)
    let trap = TerminationSignals()
    let simulator = MarketSimulator(configuration: configuration)
    let baseURL = try simulator.start()
    FileHandle.standardOutput.write(Data((baseURL + "\n").utf8))
    FileHandle.standardError.write(Data("koosim: \(configuration.orders) orders, seed \(configuration.seed); Ctrl-C stops\n".utf8))
    _ = trap.wait()
    simulator.stop()
} catch let error as KoosimCommand.UsageError {
    FileHandle.standardError.write(Data("koosim: \(error)\n\(KoosimCommand.usage)\n".utf8))
    exit(ExitCode.usage)
} catch {
    FileHandle.standardError.write(Data("koosim: cannot start: \(error)\n".utf8))
    exit(ExitCode.failure)
}
