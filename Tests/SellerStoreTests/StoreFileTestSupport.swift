import Foundation

/// File facts for the store-file tests: modes, bytes, existence.
enum FileFacts {
    /// The permission bits of `path` (following symlinks), or nil when nothing is there.
    static func mode(_ path: String) -> Int? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return Int(info.st_mode & 0o7777)
    }

    static func exists(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0
    }

    static func bytes(_ path: String) -> Data? { FileManager.default.contents(atPath: path) }

    /// The store's application id as its header holds it (offset 68, big-endian), 0 for a shorter file.
    static func headerApplicationID(_ path: String) -> UInt32 {
        guard let data = bytes(path), data.count >= 72 else { return 0 }
        return data[68..<72].reduce(UInt32(0)) { $0 << 8 | UInt32($1) }
    }

    /// Whether any SQLite companion (`-wal`, `-shm`, `-journal`) is beside `path`.
    static func hasCompanions(_ path: String) -> Bool {
        ["-wal", "-shm", "-journal"].contains { exists(path + $0) }
    }
}

/// Runs `body` on a thread of its own whose effective user and group are `nobody` (65534), so the kernel enforces
/// permission bits for it even when the tests run as root. Linux keeps credentials per thread; glibc's setresuid
/// changes every thread of the process (it would disturb the tests running in parallel), so the raw system call
/// is made instead, and undone before the thread ends. Returns nil when the thread could not drop its privileges
/// (the caller then says what it could not test).
func asUnprivilegedUser<T: Sendable>(_ body: @escaping @Sendable () -> T) -> T? {
    guard getuid() == 0 else { return body() }
    let box = ResultBox<T>()
    let done = DispatchSemaphore(value: 0)
    let thread = Thread {
        defer { done.signal() }
        guard let syscall = RawSyscall() else { return }
        let nobody = 65_534
        guard syscall.call(RawSyscall.setresgid, -1, nobody, -1) == 0 else { return }
        guard syscall.call(RawSyscall.setresuid, -1, nobody, -1) == 0 else {
            _ = syscall.call(RawSyscall.setresgid, -1, 0, -1)
            return
        }
        box.value = body()
        // The saved user id is still 0, so the thread may take root back (and its capabilities with it).
        _ = syscall.call(RawSyscall.setresuid, -1, 0, -1)
        _ = syscall.call(RawSyscall.setresgid, -1, 0, -1)
    }
    thread.start()
    guard done.wait(timeout: .now() + 60) == .success else { return nil }
    return box.value
}

/// `syscall(2)` looked up at run time: it is variadic in C, so Swift cannot call it directly. On Linux x86-64 and
/// AArch64 a variadic call passes integer arguments exactly as a fixed one does.
private struct RawSyscall {
    typealias Function = @convention(c) (Int, Int, Int, Int) -> Int
    #if arch(x86_64)
    static let setresuid = 117, setresgid = 119
    #elseif arch(arm64)
    static let setresuid = 147, setresgid = 149
    #else
    static let setresuid = -1, setresgid = -1
    #endif

    let function: Function

    init?() {
        guard Self.setresuid >= 0, let handle = dlopen(nil, RTLD_NOW), let symbol = dlsym(handle, "syscall") else {
            return nil
        }
        function = unsafeBitCast(symbol, to: Function.self)
    }

    func call(_ number: Int, _ a: Int, _ b: Int, _ c: Int) -> Int { function(number, a, b, c) }
}

private final class ResultBox<T>: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: T?
    var value: T? {
        get { lock.withLock { stored } }
        set { lock.withLock { stored = newValue } }
    }
}
