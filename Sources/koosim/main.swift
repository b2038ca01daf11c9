import Foundation
import Simulator

// koosim: the KooGallery marketplace simulator. Serves the seller gateway and the open APIs on 127.0.0.1 until
// SIGINT or SIGTERM, then stops gracefully. `koosim isv` serves a sample seller production interface instead.
let arguments = Array(CommandLine.arguments.dropFirst())
if arguments.first == "isv" { sampleISVServer().run(Array(arguments.dropFirst())) }
KoosimServer(name: "koosim", usage: KoosimCommand.usage) { arguments in
    let configuration = try KoosimCommand.parse(arguments)
    let simulator = MarketSimulator(configuration: configuration)
    let baseURL = try simulator.start()
    if let caller = simulator.caller {
        // Says on stderr when `--call` is done (the ledger is in `--call-log` by then); koosim keeps serving.
        Task.detached {
            await simulator.callsFinished()
            FileHandle.standardError.write(Data("koosim: \(caller.callCount) marketplace calls made\n".utf8))
        }
    }
    return KoosimServer.Started(url: baseURL, note: "\(configuration.orders) orders, seed \(configuration.seed)",
                                stop: simulator.stop)
}.run(arguments)
