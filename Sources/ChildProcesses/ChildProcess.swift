import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A program run as a child (by the tests, by `benchmark-relay` for the relay it measures, and by the console for
/// the clipboard programs and the browser opener), with its standard output and error in files rather than
/// pipes: a child that prints more than a pipe holds (64 KiB) can never block on a full pipe while the parent
/// waits for it to exit, and a killed child leaves what it printed so far.
/// It starts with an empty signal mask and default signal dispositions, because a parent may block signals its
/// children must still die of. Every wait is bounded.
public final class ChildProcess: @unchecked Sendable {
    /// How a finished child ended, and what it printed.
    public struct Outcome: Sendable {
        /// The exit status, or `128 + signal` when a signal ended it (as a shell reports it).
        public var status: Int32
        /// The signal that ended it, nil when it exited.
        public var signal: Int32?
        /// Standard output and error byte for byte (tests of hostile output look for raw control bytes).
        public var outputData: Data
        public var errorData: Data
        /// Wall-clock time from spawn to exit.
        public var seconds: Double
        /// User plus system CPU time of the child, from `wait4`.
        public var cpuSeconds: Double

        public var output: String { String(decoding: outputData, as: UTF8.self) }
        public var errors: String { String(decoding: errorData, as: UTF8.self) }
    }

    /// A program the test needs is not installed or not built.
    public struct NotFound: Error, CustomStringConvertible {
        public var name: String
        public init(name: String) { self.name = name }
        public var description: String { "\(name) not found" }
    }

    public struct TimedOut: Error, CustomStringConvertible {
        public var command: String
        public var seconds: Double
        public var description: String { "\(command) still running after \(seconds) s: killed" }
    }

    public let pid: pid_t
    public let command: String
    private let folder: OutputFolder
    private let started = Date()
    private let lock = NSLock()
    private var finished: Outcome?

    /// Starts `path` with `arguments`. `environment` nil inherits this process's; `overrides` are applied on
    /// top either way (a nil value removes a variable). `input` becomes its stdin (otherwise `/dev/null`): held
    /// in a pipe filled before the child starts when it fits one (up to 1 MiB), so text such as a copied secret
    /// never touches a disk; only larger input goes through a file in the private folder.
    public init(_ path: String, _ arguments: [String], environment: [String: String]? = nil,
                overrides: [String: String?] = [:], input: Data? = nil) throws {
        folder = try OutputFolder()
        command = ([URL(fileURLWithPath: path).lastPathComponent] + arguments.prefix(2)).joined(separator: " ")
        var variables = environment ?? ProcessInfo.processInfo.environment
        for (name, value) in overrides { variables[name] = value }
        var inputPath = "/dev/null"
        let inputPipe = input.flatMap(FilledPipe.init)
        defer { inputPipe?.close() }
        if let input, inputPipe == nil {
            inputPath = folder.file("stdin")
            try input.write(to: URL(fileURLWithPath: inputPath))
        }

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        if let inputPipe {
            posix_spawn_file_actions_adddup2(&actions, inputPipe.readEnd, 0)
        } else {
            posix_spawn_file_actions_addopen(&actions, 0, inputPath, O_RDONLY, 0)
        }
        posix_spawn_file_actions_addopen(&actions, 1, folder.file("stdout"), O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, folder.file("stderr"), O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var empty = sigset_t()
        sigemptyset(&empty)
        posix_spawnattr_setsigmask(&attributes, &empty)
        var all = sigset_t()
        sigfillset(&all)
        posix_spawnattr_setsigdefault(&attributes, &all)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))

        let argv = ([path] + arguments).map { strdup($0) } + [nil]
        let envp = variables.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            for pointer in argv { free(pointer) }
            for pointer in envp { free(pointer) }
        }
        var child: pid_t = 0
        let result = posix_spawn(&child, path, &actions, &attributes, argv, envp)
        guard result == 0 else { throw POSIXError(POSIXErrorCode(rawValue: result) ?? .EINVAL) }
        pid = child
    }

    deinit {
        if finished == nil {
            Glibc.kill(pid, SIGKILL)
            var status: Int32 = 0
            while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        }
    }

    /// Runs a program to completion (at most `timeout` seconds, then it is killed and `TimedOut` thrown).
    public static func run(_ path: String, _ arguments: [String], environment: [String: String]? = nil,
                           overrides: [String: String?] = [:], input: Data? = nil,
                           timeout: TimeInterval = 120) throws -> Outcome {
        try ChildProcess(path, arguments, environment: environment, overrides: overrides, input: input)
            .wait(timeout: timeout)
    }

    /// `run` on a thread of its own, so waiting for a long child never holds one of the cooperative pool's
    /// threads (two on this machine) that other tests' network code needs.
    public static func runOffPool(_ path: String, _ arguments: [String], environment: [String: String]? = nil,
                                  overrides: [String: String?] = [:], input: Data? = nil,
                                  timeout: TimeInterval = 120) async throws -> Outcome {
        try await withCheckedThrowingContinuation { continuation in
            Thread {
                continuation.resume(with: Result {
                    try run(path, arguments, environment: environment, overrides: overrides, input: input,
                            timeout: timeout)
                })
            }.start()
        }
    }

    /// Whether the child has not been reaped yet (it may be a zombie that exited a moment ago: `outcome` or
    /// `wait` tells how it ended).
    public var isRunning: Bool { poll() == nil }

    /// Sends `signal`; false when the child is already reaped.
    @discardableResult
    public func send(_ signal: Int32) -> Bool {
        lock.lock()
        defer { lock.unlock() }
        guard finished == nil else { return false }
        return Glibc.kill(pid, signal) == 0
    }

    /// What it printed so far (or in all, once it ended).
    public var outputSoFar: String { String(decoding: read("stdout"), as: UTF8.self) }
    public var errorsSoFar: String { String(decoding: read("stderr"), as: UTF8.self) }

    /// The outcome once the child has ended, without waiting.
    public func poll() -> Outcome? {
        lock.lock()
        defer { lock.unlock() }
        if let finished { return finished }
        var status: Int32 = 0
        var usage = rusage()
        var reaped = wait4(pid, &status, WNOHANG, &usage)
        while reaped < 0 && errno == EINTR { reaped = wait4(pid, &status, WNOHANG, &usage) }
        guard reaped == pid else { return nil }
        let signal = status & 0x7f
        let cpu = Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
            + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1_000_000
        finished = Outcome(status: signal == 0 ? (status >> 8) & 0xff : 128 + signal,
                           signal: signal == 0 ? nil : signal, outputData: read("stdout"),
                           errorData: read("stderr"), seconds: Date().timeIntervalSince(started), cpuSeconds: cpu)
        return finished
    }

    /// Waits for the child to end, at most `timeout` seconds; past that it is killed and `TimedOut` thrown.
    public func wait(timeout: TimeInterval = 120) throws -> Outcome {
        if let outcome = poll(within: timeout) { return outcome }
        send(SIGKILL)
        _ = poll(within: 10)
        throw TimedOut(command: command, seconds: timeout)
    }

    /// Polls every 5 ms until the child has ended or `seconds` have passed.
    private func poll(within seconds: TimeInterval) -> Outcome? {
        let end = Date().addingTimeInterval(seconds)
        while Date() < end {
            if let outcome = poll() { return outcome }
            Thread.sleep(forTimeInterval: 0.005)
        }
        return poll()
    }

    private func read(_ name: String) -> Data {
        FileManager.default.contents(atPath: folder.file(name)) ?? Data()
    }
}

/// A pipe already holding all of a child's input, its write end closed, so the child reads it to the end and no
/// thread has to feed it. Nil when the input does not fit the pipe (Linux lets a pipe grow to 1 MiB unprivileged).
private struct FilledPipe {
    let readEnd: Int32

    init?(_ input: Data) {
        var ends: [Int32] = [0, 0]
        guard pipe(&ends) == 0 else { return nil }
        let (readEnd, writeEnd) = (ends[0], ends[1])
        // Other children started meanwhile must not inherit either end (the spawn's dup2 clears it on stdin).
        _ = fcntl(readEnd, F_SETFD, FD_CLOEXEC)
        _ = fcntl(writeEnd, F_SETFD, FD_CLOEXEC)
        defer { Glibc.close(writeEnd) }
        let setPipeSize: Int32 = 1031   // F_SETPIPE_SZ, Linux
        let capacity = input.count <= 65_536
            ? 65_536 : Int(fcntl(writeEnd, setPipeSize, Int32(min(input.count, 1 << 20))))
        _ = fcntl(writeEnd, F_SETFL, O_NONBLOCK)
        var written = 0
        if capacity >= input.count {
            written = input.withUnsafeBytes { bytes in
                guard let base = bytes.baseAddress else { return 0 }
                var offset = 0
                while offset < bytes.count {
                    let count = Glibc.write(writeEnd, base + offset, bytes.count - offset)
                    if count < 0 && errno == EINTR { continue }
                    guard count > 0 else { break }
                    offset += count
                }
                return offset
            }
        }
        guard written == input.count else {
            Glibc.close(readEnd)
            return nil
        }
        self.readEnd = readEnd
    }

    func close() { Glibc.close(readEnd) }
}

/// The private folder a child's stdin, stdout and stderr files live in, removed with the `ChildProcess`.
private final class OutputFolder: Sendable {
    let path: String

    init() throws {
        path = URL(fileURLWithPath: NSTemporaryDirectory())
            .appendingPathComponent("seller-console-child-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true,
                                                attributes: [.posixPermissions: 0o700])
    }

    func file(_ name: String) -> String { path + "/" + name }

    deinit { try? FileManager.default.removeItem(atPath: path) }
}
