#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CNcursesw
import Synchronization

/// What the signal handlers and the `atexit` hook need. It lives in storage allocated once and is reached
/// only through a raw pointer, so a handler reads plain memory: no locks, allocation or Swift runtime calls.
struct RestoreState {
    /// The terminal modes from before ncurses changed anything.
    var saved = termios()
    var hasTermios: Int32 = 0
    /// The terminal ncurses draws on (stdout), where the reset sequence is written.
    var ttyFD: Int32 = -1
    /// A duplicate of the original standard error while it points at the log file, else -1.
    var savedStderr: Int32 = -1
    /// Non-zero from the moment curses owns the terminal until it is given back.
    var active: Int32 = 0
    /// The thread that opened the terminal; only it may call `endwin`.
    var uiThread: pthread_t = pthread_t()
}

/// Gives the terminal back on every way out (ARCHITECTURE §8): `restore()`, `exit()` (via `atexit`), SIGINT,
/// SIGTERM, SIGHUP, and crashes (SIGILL is how Swift traps on x86_64, SIGTRAP on arm64; also SIGSEGV,
/// SIGABRT, SIGBUS, SIGFPE). A handler restores the saved termios, writes the reset sequences, and re-raises
/// the signal with its default action, so the parent sees the real cause (a shell reports 128+signal, and
/// an interrupted script loop stops). Process-wide, because ncurses and signal dispositions are.
enum TerminalRestore {
    static let terminationSignals: [Int32] = [SIGINT, SIGTERM, SIGHUP]
    static let crashSignals: [Int32] = [SIGILL, SIGTRAP, SIGSEGV, SIGABRT, SIGBUS, SIGFPE]
    static let handledSignals = terminationSignals + crashSignals
    /// Ours plus the ones ncurses takes itself (SIGTSTP for suspend, SIGWINCH for resize, and SIGINT/SIGTERM
    /// when they were at their default): all are put back as they were before the terminal opened.
    static let restoredSignals = handledSignals + [SIGTSTP, SIGWINCH]

    nonisolated(unsafe) static let state: UnsafeMutablePointer<RestoreState> = {
        let pointer = UnsafeMutablePointer<RestoreState>.allocate(capacity: 1)
        pointer.initialize(to: RestoreState())
        return pointer
    }()

    /// The dispositions from before the terminal opened, put back by `restoreDispositions`.
    nonisolated(unsafe) static let previous: UnsafeMutablePointer<sigaction> = {
        let pointer = UnsafeMutablePointer<sigaction>.allocate(capacity: restoredSignals.count)
        pointer.initialize(repeating: sigaction(), count: restoredSignals.count)
        return pointer
    }()

    private struct Registration {
        var claimed = false
        var atexitInstalled = false
        var alternateStack = false
    }

    private static let registration = Mutex(Registration())

    /// Takes the process's one terminal slot; false if a terminal is already open.
    static func claim() -> Bool {
        registration.withLock { r in
            if r.claimed { return false }
            r.claimed = true
            return true
        }
    }

    static func release() {
        registration.withLock { $0.claimed = false }
    }

    /// Records the terminal's modes before ncurses changes them ("reset_shell_mode" state, but ours).
    static func saveTerminal(fd: Int32) {
        let s = state
        s.pointee.ttyFD = fd
        s.pointee.hasTermios = tcgetattr(fd, &s.pointee.saved) == 0 ? 1 : 0
        s.pointee.uiThread = pthread_self()
    }

    /// Records every disposition in `restoredSignals`, before newterm installs any of its own.
    static func snapshotDispositions() {
        for (i, signal) in restoredSignals.enumerated() { sigaction(signal, nil, previous + i) }
    }

    /// Puts back what `snapshotDispositions` recorded, so nothing of curses or of ours outlives the terminal
    /// (an ncurses SIGINT handler left behind would run against a deleted screen).
    static func restoreDispositions() {
        for (i, signal) in restoredSignals.enumerated() { sigaction(signal, previous + i, nil) }
    }

    /// Curses now owns the terminal: arm the handlers (if asked) and the `atexit` hook.
    static func activate(installHandlers: Bool) {
        let s = state
        guard installHandlers else { return }
        let needsSetup = registration.withLock { r -> (atexit: Bool, stack: Bool) in
            defer {
                r.atexitInstalled = true
                r.alternateStack = true
            }
            return (!r.atexitInstalled, !r.alternateStack)
        }
        if needsSetup.atexit { atexit(terminalAtExit) }
        if needsSetup.stack { installAlternateStack() }
        s.pointee.active = 1
        // A launcher may have blocked these (a blocked SIGSEGV or SIGILL kills without running any handler,
        // a blocked SIGTERM never arrives); this thread takes them.
        var unblock = sigset_t()
        sigemptyset(&unblock)
        for signal in handledSignals { sigaddset(&unblock, signal) }
        pthread_sigmask(SIG_UNBLOCK, &unblock, nil)
        for signal in handledSignals {
            var action = sigaction()
            action.__sigaction_handler.sa_handler = terminalSignalHandler
            sigemptyset(&action.sa_mask)
            // SA_RESETHAND: the disposition is SIG_DFL again once the handler runs; SA_NODEFER: so the
            // re-raise is delivered at once; SA_ONSTACK: so a stack overflow can still be handled.
            action.sa_flags = Int32(bitPattern: UInt32(SA_RESETHAND)) | Int32(SA_NODEFER) | Int32(SA_ONSTACK)
            sigaction(signal, &action, nil)
        }
    }

    /// The normal way out, after `endwin` on the UI thread: disarm, put the old handlers and stderr back.
    static func deactivate() {
        state.pointee.active = 0
        restoreDispositions()
        restoreStandardError()
    }

    /// Points fd 2 at `path` (appending), keeping a duplicate of the original to put back later.
    static func redirectStandardError(to path: String) throws(TerminalError) {
        let fd = open(path, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw .cannotOpenFile(path: path, errno: errno) }
        defer { close(fd) }
        let s = state
        if s.pointee.savedStderr < 0 {
            let saved = fcntl(STDERR_FILENO, F_DUPFD_CLOEXEC, 3)
            guard saved >= 0 else { throw .cannotOpenFile(path: "/dev/stderr", errno: errno) }
            s.pointee.savedStderr = saved
        }
        guard dup2(fd, STDERR_FILENO) >= 0 else { throw .cannotOpenFile(path: path, errno: errno) }
    }

    static func restoreStandardError() {
        let s = state
        let saved = s.pointee.savedStderr
        guard saved >= 0 else { return }
        s.pointee.savedStderr = -1
        _ = dup2(saved, STDERR_FILENO)
        _ = close(saved)
    }

    /// The async-signal-safe restore: only `dup2`, `write` and `tcsetattr` (all on signal-safety(7)'s
    /// list). CAN first aborts any escape sequence ncurses was halfway through writing; then attributes off,
    /// mouse reporting off, normal cursor keys and keypad, cursor shown, alternate screen left.
    static func emergencyRestore() {
        let s = state
        guard s.pointee.active != 0 else { return }
        s.pointee.active = 0
        if s.pointee.savedStderr >= 0 { _ = dup2(s.pointee.savedStderr, STDERR_FILENO) }
        let fd = s.pointee.ttyFD
        guard fd >= 0 else { return }
        let reset: StaticString =
            "\u{18}\u{1B}[0m\u{1B}[?1000l\u{1B}[?1002l\u{1B}[?1003l\u{1B}[?1006l\u{1B}[?1l\u{1B}>\u{1B}[?25h\u{1B}[?1049l"
        _ = write(fd, reset.utf8Start, reset.utf8CodeUnitCount)
        if s.pointee.hasTermios != 0 { _ = tcsetattr(fd, TCSANOW, &s.pointee.saved) }
    }

    /// A stack for the handlers of this (the UI) thread, so a stack overflow's SIGSEGV can still restore.
    private static func installAlternateStack() {
        var current = stack_t()
        guard sigaltstack(nil, &current) == 0, current.ss_flags & Int32(SS_DISABLE) != 0 else { return }
        let size = 64 * 1024
        guard let memory = malloc(size) else { return }
        var stack = stack_t()
        stack.ss_sp = memory
        stack.ss_size = size
        stack.ss_flags = 0
        if sigaltstack(&stack, nil) != 0 { free(memory) }
    }
}

/// Runs for every handled signal (SA_RESETHAND has already made the disposition SIG_DFL).
private func terminalSignalHandler(_ signal: Int32) {
    TerminalRestore.emergencyRestore()
    raise(signal)
}

/// `exit()` with the terminal still open: `endwin` if this is the UI thread (ncurses is not thread-safe),
/// the signal-safe restore otherwise.
private func terminalAtExit() {
    let s = TerminalRestore.state
    guard s.pointee.active != 0 else { return }
    if pthread_equal(pthread_self(), s.pointee.uiThread) != 0 {
        endwin()
        s.pointee.active = 0
        TerminalRestore.restoreStandardError()
    } else {
        TerminalRestore.emergencyRestore()
    }
}
