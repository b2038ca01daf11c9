import Foundation
import SellerCore
import SellerStore
import Simulator

/// What `benchmark-sync` prints: one figure per line, `name: value unit`, in the same order in both modes, so
/// runs can be compared line by line and scripts can pick a figure by its name.
struct SyncBenchmarkReport {
    /// Where the simulator ran, and what it used when it was a process of its own.
    enum SimulatorPlace {
        case inProcess
        case child(pid: Int32, SimulatorChild.Figures)
    }

    var configuration: SimulatorConfiguration
    var storePath: String
    var outcome: BenchmarkSync.Outcome
    var simulator: SimulatorPlace

    var text: String {
        let summary = outcome.summary
        let orders = summary[.orders]
        let total = summary.totalRecords
        let place = switch simulator {
        case .inProcess: "simulator in this process"
        case .child(let pid, _): "simulator `koosim` (pid \(pid))"
        }
        var lines = [
            "sync benchmark: \(configuration.orders) orders (seed \(configuration.seed)), \(place), "
                + "fresh store \(storePath)",
            "  orders:      \(orders.added) in \(seconds(orders.seconds)) s = \(outcome.ordersPerSecond) orders/s",
            "  all kinds:   \(total) records in \(seconds(summary.seconds)) s = "
                + "\(BenchmarkSync.Outcome.rate(total, summary.seconds)) records/s",
        ]
        for kind in EntityKind.synced {
            let name = kind.commandName.padding(toLength: 12, withPad: " ", startingAt: 0)
            lines.append("  \(name) \(summary[kind].added) in \(seconds(summary[kind].seconds)) s, "
                         + "\(summary[kind].pages) pages")
        }
        lines.append("  cpu user:    \(seconds(outcome.cpu.user)) s (this process, during the sync)")
        lines.append("  cpu system:  \(seconds(outcome.cpu.system)) s (this process, during the sync)")
        switch simulator {
        case .inProcess:
            lines.append("  simulator user:   included in this process's cpu")
            lines.append("  simulator system: included in this process's cpu")
        case .child(_, let figures):
            lines.append("  simulator user:   \(figures.cpu.map { seconds($0.user) + " s" } ?? "unknown")")
            lines.append("  simulator system: \(figures.cpu.map { seconds($0.system) + " s" } ?? "unknown")")
        }
        lines.append("  peak memory: \(megabytes(PeakMemory.kilobytes())) (this process)")
        switch simulator {
        case .inProcess: lines.append("  simulator peak memory: included in this process's")
        case .child(_, let figures): lines.append("  simulator peak memory: \(megabytes(figures.peakKilobytes))")
        }
        lines += storeLines(orders: orders.added)
        lines += profileLines()
        return lines.joined(separator: "\n")
    }

    /// The files as the store left them when it closed (main file and WAL), and SQLite's page figures.
    private func storeLines(orders: Int) -> [String] {
        func size(_ path: String) -> Int {
            ((try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? NSNumber)?.intValue ?? 0
        }
        let main = size(storePath), wal = size(storePath + "-wal")
        let figures = outcome.figures
        return [
            "  store bytes: \(main + wal) (main file \(main), wal \(wal), after close)",
            "  bytes/order: \(orders > 0 ? String((main + wal) / orders) : "-")",
            "  page count:  \(figures.map { String($0.pageCount) } ?? "unknown")",
            "  page size:   \(figures.map { String($0.pageSize) } ?? "unknown")",
            "  free pages:  \(figures.map { String($0.freePages) } ?? "unknown")",
        ]
    }

    /// With `--profile`: each kind's wall time = time inside its page writes + building the indexes a bulk load
    /// left out + time waiting for pages (the next page downloads while one is written, so waiting is what the
    /// download did not hide).
    private func profileLines() -> [String] {
        guard let writing = outcome.writing else { return [] }
        return EntityKind.synced.map { kind in
            let wall = outcome.summary[kind].seconds
            let written = Double(writing[kind] ?? 0) / 1e9
            let indexed = Double(outcome.indexing?[kind] ?? 0) / 1e9
            let share = wall > 0 ? Int((written / wall * 100).rounded()) : 0
            return "  profile \(padded(kind.commandName)) wall \(seconds(wall)) s = writing \(seconds(written)) s "
                + "(\(share)%) + building indexes \(seconds(indexed)) s "
                + "+ waiting for pages \(seconds(max(0, wall - written - indexed))) s"
        }
    }

    private func padded(_ name: String) -> String { (name + ":").padding(toLength: 12, withPad: " ", startingAt: 0) }
    private func seconds(_ value: Double) -> String { String(format: "%.2f", value) }
    private func megabytes(_ kilobytes: Int?) -> String {
        kilobytes.map { String(format: "%.1f MB", Double($0) / 1024) } ?? "unknown"
    }
}
