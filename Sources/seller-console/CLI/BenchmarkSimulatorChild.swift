import ChildProcesses
import Foundation
import Simulator

/// `koosim` as a child of `benchmark-sync --separate`: the binary next to this one, started as a seller would
/// start it (`--port 0`, the same orders, seed and key pair as the in-process mode), so the sync crosses a real
/// process boundary and the simulator's CPU and memory are its own.
struct SimulatorChild {
    /// What the simulator used, read from `/proc` before it is stopped.
    struct Figures {
        var cpu: CPUTimes?
        var peakKilobytes: Int?
    }

    private let child: ChildProcess

    init(_ configuration: SimulatorConfiguration) throws {
        guard let executable = Self.executable else {
            throw BenchmarkChildren.Failed(description: "koosim is not next to this program; build it (swift build)")
        }
        child = try ChildProcess(executable, [
            "--port", "0", "--ak", configuration.accessKey, "--sk", configuration.secretKey,
            "--orders", String(configuration.orders), "--seed", String(configuration.seed),
        ], overrides: ["KOOSIM_EXIT_WITH_PARENT": String(getpid())])   // no koosim left serving after a Ctrl-C
    }

    var pid: Int32 { child.pid }

    /// `koosim` in this program's folder (SwiftPM builds both products into one), when it is there.
    private static var executable: String? {
        guard let me = BenchmarkChildren.thisProgram else { return nil }
        let path = URL(fileURLWithPath: me).deletingLastPathComponent().appendingPathComponent("koosim").path
        return FileManager.default.isExecutableFile(atPath: path) ? path : nil
    }

    /// The base URL koosim prints as its first line once it serves; waits at most 60 s (a large world takes a
    /// while to generate on a debug build).
    func baseURL() async throws -> String {
        try await BenchmarkChildren.firstLine(of: child, name: "koosim", within: 60) { line in
            guard line.hasPrefix("http://127.0.0.1:") else {
                throw BenchmarkChildren.Failed(description: "koosim printed \(line.prefix(200)) instead of its URL")
            }
            return String(line)
        }
    }

    /// Its CPU time so far (taken once it serves, so that building the world is not counted as serving it).
    var cpu: CPUTimes? { CPUTimes.of(pid: child.pid) }

    /// Reads its CPU time since `start` and its peak memory, then stops it (SIGTERM, as Ctrl-C would) and
    /// waits at most 30 s.
    func stop(cpuSince start: CPUTimes?) -> Figures {
        let now = CPUTimes.of(pid: child.pid)
        let figures = Figures(cpu: now.map { current in start.map { current - $0 } ?? current },
                              peakKilobytes: PeakMemory.kilobytes(pid: child.pid))
        child.send(SIGTERM)
        _ = try? child.wait(timeout: 30)
        return figures
    }
}
