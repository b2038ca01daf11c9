#if canImport(Glibc)
import Glibc
#endif

/// The ways a terminal program can end, which the terminal-restore tests take it through: the quit key, the
/// three signals a terminal user sends, and a crash. Each must give the terminal back in its own mode.
public enum ExitPath: String, CaseIterable, Sendable {
    case quitKey, sigint, sigterm, sighup, crash

    /// The signal a test sends for this way out; for a crash, the one it sends to a program that has no way to
    /// crash on purpose. Nil for the quit key.
    public var signal: Int32? {
        switch self {
        case .quitKey: nil
        case .sigint: SIGINT
        case .sigterm: SIGTERM
        case .sighup: SIGHUP
        case .crash: SIGSEGV
        }
    }

    /// Whether a shell's `$?` shows this way out: 0 for the quit key, 128 + the signal otherwise; a crash may
    /// also be Swift's own trap (SIGILL or SIGTRAP).
    public func statusMatches(_ status: Int) -> Bool {
        switch self {
        case .quitKey: status == 0
        case .crash: [SIGILL, SIGTRAP, SIGSEGV].map { 128 + Int($0) }.contains(status)
        case .sigint, .sigterm, .sighup: status == 128 + Int(signal ?? 0)
        }
    }
}
