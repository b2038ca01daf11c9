import ChildProcesses
import ConsoleUI
import Foundation

/// Runs the programs the console starts for the seller (`wl-copy`, `xclip`, `xdg-open`, `open`): found on the
/// `PATH` of `environment`, started with an argument vector (never a shell, so an address cannot run
/// anything), and waited for at most `timeoutSeconds`, then killed.
public struct ClipboardPrograms: Sendable {
    public var environment: [String: String]
    public var timeoutSeconds: Double

    public init(environment: [String: String] = ProcessInfo.processInfo.environment, timeoutSeconds: Double = 5) {
        self.environment = environment
        self.timeoutSeconds = timeoutSeconds
    }

    /// The executable `name` on the `PATH`, nil when there is none.
    public func find(_ name: String) -> String? {
        let path = environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        for folder in path.split(separator: ":") where folder.hasPrefix("/") {
            let candidate = folder + "/" + name
            if access(candidate, X_OK) == 0 { return String(candidate) }
        }
        return nil
    }

    /// Runs `name` to its end with `input` on its stdin; nil when it exited 0, else why not.
    public func run(_ name: String, _ arguments: [String], input: Data? = nil) -> ProgramFailure? {
        guard let path = find(name) else { return .notFound(name) }
        do {
            let outcome = try ChildProcess.run(path, arguments, environment: environment, input: input,
                                               timeout: timeoutSeconds)
            return outcome.status == 0 ? nil : .exitStatus(name, outcome.status)
        } catch is ChildProcess.TimedOut {
            return .timedOut(name, seconds: Int(timeoutSeconds.rounded(.up)))
        } catch {
            return .couldNotStart(name)
        }
    }
}
