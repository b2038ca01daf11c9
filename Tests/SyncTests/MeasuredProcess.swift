import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Runs a program to completion and reports its exit status and peak resident set size (from `wait4`'s
/// rusage), with its output in files: how a test measures the real binary's memory.
struct MeasuredProcess {
    var status: Int32
    var peakRSSBytes: Int
    var output: String
    var errors: String

    static func run(_ path: String, _ arguments: [String], environment: [String: String],
                    outputFolder: String) throws -> MeasuredProcess {
        let outPath = outputFolder + "/stdout.txt", errPath = outputFolder + "/stderr.txt"
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, outPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, errPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        let argv = ([path] + arguments).map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            for pointer in argv { free(pointer) }
            for pointer in envp { free(pointer) }
        }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, path, &actions, nil, argv, envp)
        guard spawned == 0 else { throw POSIXError(POSIXErrorCode(rawValue: spawned) ?? .EINVAL) }
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) < 0 && errno == EINTR {}
        let exited = (status & 0x7f) == 0
        return MeasuredProcess(
            status: exited ? (status >> 8) & 0xff : 128 + (status & 0x7f),
            peakRSSBytes: Int(usage.ru_maxrss) * 1024,
            output: (try? String(contentsOfFile: outPath, encoding: .utf8)) ?? "",
            errors: (try? String(contentsOfFile: errPath, encoding: .utf8)) ?? "")
    }
}
