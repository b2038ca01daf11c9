import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Runs a program to completion with its output in files (a gigabyte run may print a lot) and reports its exit
/// status. Its memory is measured by the program itself (`SELLER_CONSOLE_PEAK_RSS_FILE`): `wait4`'s `ru_maxrss`
/// of a child spawned from this large test process includes this process's own high-water mark.
struct MeasuredProcess {
    var status: Int32
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
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        let exited = (status & 0x7f) == 0
        return MeasuredProcess(
            status: exited ? (status >> 8) & 0xff : 128 + (status & 0x7f),
            output: (try? String(contentsOfFile: outPath, encoding: .utf8)) ?? "",
            errors: (try? String(contentsOfFile: errPath, encoding: .utf8)) ?? "")
    }

    /// `run` on a thread of its own, so waiting for a long child never holds a thread of the cooperative pool
    /// (two on this machine) that other tests' network code needs.
    static func runOffPool(_ path: String, _ arguments: [String], environment: [String: String],
                           outputFolder: String) async throws -> MeasuredProcess {
        try await withCheckedThrowingContinuation { continuation in
            Thread {
                continuation.resume(with: Result {
                    try run(path, arguments, environment: environment, outputFolder: outputFolder)
                })
            }.start()
        }
    }
}
