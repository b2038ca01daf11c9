#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Why the server could not start. Everything that goes wrong after `start()` is per connection and reported
/// through the log hook instead.
public enum HTTPServerError: Error, Sendable, Equatable, CustomStringConvertible {
    /// A system call failed; carries its name and `errno`.
    case system(String, Int32)
    /// `start()` was called on a server that is already running or has been stopped.
    case notStartable
    /// `bindAddress` is not an IPv4 literal.
    case invalidBindAddress(String)

    public var description: String {
        switch self {
        case let .system(call, code): return "\(call) failed: \(String(cString: strerror(code))) (errno \(code))"
        case .notStartable: return "the HTTP server was already started or stopped"
        case let .invalidBindAddress(text):
            return "cannot listen on \"\(text.prefix(64))\": expected an IPv4 address such as 127.0.0.1"
        }
    }
}
