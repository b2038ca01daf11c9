import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// User and system CPU seconds of a process: this one from `getrusage`, a child from `/proc/PID/stat` while it
/// still runs (a stopped and reaped child's figures would include its shutdown, and `wait4` gives only the sum).
struct CPUTimes: Sendable {
    var user: Double
    var system: Double

    static func - (later: CPUTimes, earlier: CPUTimes) -> CPUTimes {
        CPUTimes(user: later.user - earlier.user, system: later.system - earlier.system)
    }

    /// This process, all its threads.
    static func ofThisProcess() -> CPUTimes {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        func seconds(_ time: timeval) -> Double { Double(time.tv_sec) + Double(time.tv_usec) / 1_000_000 }
        return CPUTimes(user: seconds(usage.ru_utime), system: seconds(usage.ru_stime))
    }

    /// A running process by pid, or nil when `/proc` does not have it.
    static func of(pid: Int32) -> CPUTimes? {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
              let end = stat.lastIndex(of: ")") else { return nil }
        // The command name (field 2) is in parentheses and may hold spaces; fields 14 and 15 (utime, stime)
        // are the 12th and 13th after it, in clock ticks.
        let fields = stat[stat.index(after: end)...].split(separator: " ")
        guard fields.count > 12, let user = Double(fields[11]), let system = Double(fields[12]) else { return nil }
        let ticks = Double(max(1, sysconf(Int32(_SC_CLK_TCK))))
        return CPUTimes(user: user / ticks, system: system / ticks)
    }
}
