import CommandArguments
import Foundation
import HTTPServer

/// One of koosim's servers run from its command line: `--help` prints the usage, a usage error exits 2 with
/// it, otherwise the server starts, its URL is stdout's first line, and it serves until SIGINT or SIGTERM.
struct KoosimServer {
    /// What a started server tells the runner: its URL, a line for stderr, and how to stop it.
    struct Started {
        var url: String
        var note: String
        var stop: () -> Void
    }

    /// The name messages start with ("koosim", "koosim isv").
    var name: String
    var usage: String
    /// Parses the arguments (throwing `Arguments.UsageError` for a bad command line) and starts the server.
    var start: ([String]) throws -> Started

    func run(_ arguments: [String]) -> Never {
        if arguments.contains("--help") || arguments.contains("-h") {
            print(usage)
            exit(ExitCode.success)
        }
        do {
            // Before any server thread exists, so that every thread inherits the blocked signals.
            let trap = TerminationSignals()
            ParentWatch.startIfAsked()
            let started = try start(arguments)
            FileHandle.standardOutput.write(Data((started.url + "\n").utf8))
            FileHandle.standardError.write(Data("\(name): \(started.note); Ctrl-C stops\n".utf8))
            _ = trap.wait()
            started.stop()
            exit(ExitCode.success)
        } catch let error as Arguments.UsageError {
            FileHandle.standardError.write(Data("\(name): \(error)\n\(usage)\n".utf8))
            exit(ExitCode.usage)
        } catch {
            FileHandle.standardError.write(Data("\(name): cannot start: \(error)\n".utf8))
            exit(ExitCode.failure)
        }
    }
}
