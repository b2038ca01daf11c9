import ChildProcesses
import Foundation
import Relay
import SellerStore

/// The benchmark's private folder: the relay's store and its journal log, an empty config folder (so no
/// profile of the machine's user is read) and the file the relay writes its peak memory to. Removed at the end.
final class BenchmarkFolder: Sendable {
    let path: String

    init() throws {
        path = URL(fileURLWithPath: NSTemporaryDirectory())
            .appendingPathComponent("seller-console-relay-bench-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path + "/config", withIntermediateDirectories: true,
                                                attributes: [.posixPermissions: 0o700])
    }

    var store: String { path + "/relay.db" }
    var config: String { path + "/config" }
    var peakMemory: String { path + "/relay.peak-rss" }

    deinit {
        LocalStore.removeFiles(at: store)
        try? FileManager.default.removeItem(atPath: path)
    }
}

/// `seller-console relay` as a child of the benchmark: this very binary, started with the flags a seller would
/// use, so what is measured is the shipped relay and its memory is its own.
struct RelayChild {
    /// How the relay ended: its own stop line and its peak resident memory.
    struct Stopped {
        var pid: Int32
        var summary: String
        var peakKilobytes: Int?
    }

    private let child: ChildProcess
    private let folder: BenchmarkFolder

    init(upstream: String, folder: BenchmarkFolder, key: String) throws {
        guard let executable = BenchmarkChildren.thisProgram else {
            throw BenchmarkChildren.Failed(description: "cannot find this program's path")
        }
        self.folder = folder
        child = try ChildProcess(executable, [
            "relay", "--upstream", upstream, "--listen", "127.0.0.1:0", "--key", key, "--store", folder.store,
            "--max-calls", "256", "--lang", "en",   // `address()` reads the English start line
        ], overrides: [
            "XDG_CONFIG_HOME": folder.config, "SELLER_CONSOLE_PEAK_RSS_FILE": folder.peakMemory,
            "SELLER_CONSOLE_PROFILE": nil, "SELLER_CONSOLE_AK": nil, "SELLER_CONSOLE_SK": nil,
            "SELLER_CONSOLE_PRODUCTION_KEY": nil,
        ])
    }

    /// The `HOST:PORT` the relay prints once it listens; waits at most 30 s.
    func address() async throws -> String {
        try await BenchmarkChildren.firstLine(of: child, name: "the relay", within: 30) { line in
            guard line.hasPrefix("relay listening on"), let url = line.split(separator: " ").dropFirst(3).first,
                  url.hasPrefix("http://") else { return nil }
            return String(url.dropFirst("http://".count).prefix { $0 != "/" })
        }
    }

    /// Stops the relay as a seller would (SIGTERM: calls in flight finish and are journalled) and waits for it.
    func stop() throws -> Stopped {
        child.send(SIGTERM)
        let outcome = try child.wait(timeout: 60)
        guard outcome.status == 0 else {
            throw BenchmarkChildren.Failed(
                description: "the relay exited with \(outcome.status): \(outcome.errors.prefix(500))")
        }
        let line = outcome.output.split(separator: "\n").last { $0.hasPrefix("relay stopped:") }
        let peak = (try? String(contentsOfFile: folder.peakMemory, encoding: .utf8))
            .flatMap { Int($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
        return Stopped(pid: child.pid, summary: line.map { String($0.dropFirst("relay ".count)) } ?? "no stop line",
                       peakKilobytes: peak)
    }
}
