import Foundation

/// The process's peak resident memory, from `/proc/self/status` (VmHWM). Unlike `getrusage`'s `ru_maxrss`, it
/// belongs to this program's own address space: a process started by `posix_spawn` from a large parent (a
/// test runner) inherits the parent's high-water mark in `ru_maxrss` at exec.
enum PeakMemory {
    /// Kilobytes, or nil where `/proc` is not available.
    static func kilobytes() -> Int? { kilobytes(process: "self") }

    /// Another process's (a child the benchmark started, read before it is stopped), by pid.
    static func kilobytes(pid: Int32) -> Int? { kilobytes(process: String(pid)) }

    private static func kilobytes(process: String) -> Int? {
        guard let status = try? String(contentsOfFile: "/proc/\(process)/status", encoding: .utf8) else { return nil }
        for line in status.split(separator: "\n") where line.hasPrefix("VmHWM:") {
            return Int(line.dropFirst(6).trimmingCharacters(in: .whitespaces).split(separator: " ").first ?? "")
        }
        return nil
    }

    /// With `SELLER_CONSOLE_PEAK_RSS_FILE=PATH`, any command writes its peak resident memory in kB to PATH as it
    /// exits: how the tests and the benchmark measure the real binary.
    static func reportIfAsked(environment: [String: String] = ProcessInfo.processInfo.environment) {
        guard let path = environment["SELLER_CONSOLE_PEAK_RSS_FILE"], let peak = kilobytes() else { return }
        try? Data("\(peak)\n".utf8).write(to: URL(fileURLWithPath: path))
    }
}
