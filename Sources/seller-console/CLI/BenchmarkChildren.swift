import ChildProcesses
import Foundation

/// What the benchmarks share about the programs they start (the relay, koosim): where this program is, and
/// waiting for the line a child prints once it serves.
enum BenchmarkChildren {
    struct Failed: Error, CustomStringConvertible {
        var description: String
    }

    /// This program's path (`/proc/self/exe`), whatever the shell called it.
    static var thisProgram: String? {
        (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? Bundle.main.executablePath
    }

    /// The first whole line of `child`'s output that `read` makes a value of (`read` may throw to refuse a line);
    /// fails when the child exits first or nothing comes within `seconds`. `name` says who, in the errors.
    static func firstLine<Value>(of child: ChildProcess, name: String, within seconds: Int,
                                 _ read: (Substring) throws -> Value?) async throws -> Value {
        let deadline = ContinuousClock.now + .seconds(seconds)
        while ContinuousClock.now < deadline {
            // Only lines that have ended: a line still being written could be cut inside its address.
            for line in child.outputSoFar.split(separator: "\n", omittingEmptySubsequences: false).dropLast() {
                if let value = try read(line) { return value }
            }
            if let ended = child.poll() {
                throw Failed(description: "\(name) exited with \(ended.status): \(ended.errors.prefix(500))")
            }
            try await Task.sleep(for: .milliseconds(10))
        }
        throw Failed(description: "\(name) did not serve within \(seconds) s: \(child.errorsSoFar.prefix(500))")
    }
}
