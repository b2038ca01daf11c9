import CommandArguments
import Foundation
import HTTPServer
import Simulator

/// `koosim isv`: serves a sample seller production interface on 127.0.0.1 until SIGINT or SIGTERM. The URL
/// is stdout's first line; the key is never printed.
func runSampleISV(_ arguments: [String]) -> Never {
    if arguments.contains("--help") || arguments.contains("-h") {
        print(ISVCommand.usage)
        exit(ExitCode.success)
    }
    do {
        let configuration = try ISVCommand.parse(arguments)
        let trap = TerminationSignals()
        let isv = SampleProductionInterface(configuration: configuration)
        let url = try isv.start()
        FileHandle.standardOutput.write(Data((url + "\n").utf8))
        let kinds = configuration.misbehaviours.map(\.rawValue).sorted().joined(separator: ",")
        let note = "koosim isv: \(configuration.interface.rawValue), misbehave [\(kinds)], fail \(configuration.failRate)"
        FileHandle.standardError.write(Data((note + "; Ctrl-C stops\n").utf8))
        _ = trap.wait()
        isv.stop()
        exit(ExitCode.success)
    } catch let error as Arguments.UsageError {
        FileHandle.standardError.write(Data("koosim isv: \(error)\n\(ISVCommand.usage)\n".utf8))
        exit(ExitCode.usage)
    } catch {
        FileHandle.standardError.write(Data("koosim isv: cannot start: \(error)\n".utf8))
        exit(ExitCode.failure)
    }
}
