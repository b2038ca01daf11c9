import Simulator

/// `koosim isv`: a sample seller production interface on 127.0.0.1. The key is never printed.
func sampleISVServer() -> KoosimServer {
    KoosimServer(name: "koosim isv", usage: ISVCommand.usage) { arguments in
        let configuration = try ISVCommand.parse(arguments)
        let isv = SampleProductionInterface(configuration: configuration)
        let url = try isv.start()
        let kinds = configuration.misbehaviours.map(\.rawValue).sorted().joined(separator: ",")
        let note = "\(configuration.interface.rawValue), misbehave [\(kinds)], fail \(configuration.failRate)"
        return KoosimServer.Started(url: url, note: note, stop: isv.stop)
    }
}
