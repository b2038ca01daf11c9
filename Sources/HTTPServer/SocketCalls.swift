#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The handful of POSIX socket calls the server needs, with the Linux/Darwin spelling differences kept in one
/// place so the connection and listener code reads as plain logic.
enum SocketCalls {
    #if os(Linux)
    static let streamType = Int32(SOCK_STREAM.rawValue)
    static let sendFlags = Int32(MSG_NOSIGNAL)
    #else
    static let streamType = SOCK_STREAM
    static let sendFlags: Int32 = 0
    #endif

    /// A listening TCP socket bound to `address` (an IPv4 literal; the configuration defaults it to 127.0.0.1),
    /// non-blocking, with SO_REUSEADDR so a restarted simulator can take its port back at once. Port 0 lets the
    /// kernel choose.
    static func listenOn(address: in_addr, port: UInt16, backlog: Int32) throws -> (descriptor: Int32, port: UInt16) {
        let fd = socket(AF_INET, streamType, 0)
        guard fd >= 0 else { throw HTTPServerError.system("socket", errno) }
        prepareDescriptor(fd)
        var one: Int32 = 1
        _ = setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, socklen_t(MemoryLayout<Int32>.size))
        var socketAddress = sockaddr_in()
        socketAddress.sin_family = sa_family_t(AF_INET)
        socketAddress.sin_port = port.bigEndian
        socketAddress.sin_addr = address
        let bound = withUnsafePointer(to: &socketAddress) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard bound == 0 else { return try failAndClose(fd, "bind") }
        guard listen(fd, backlog) == 0 else { return try failAndClose(fd, "listen") }
        guard let local = localAddress(of: fd) else { return try failAndClose(fd, "getsockname") }
        return (fd, local.port)
    }

    /// The address of a dotted-quad IPv4 literal ("127.0.0.1", "0.0.0.0"); nil for anything else (names,
    /// IPv6, leading zeros or signs that `inet_aton` would accept in odd ways).
    static func ipv4Address(_ text: String) -> in_addr? {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 4 else { return nil }
        var value: UInt32 = 0
        for part in parts {
            guard (1...3).contains(part.count), part.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }),
                  part.count == 1 || part.first != "0", let octet = UInt8(part) else { return nil }
            value = value << 8 | UInt32(octet)
        }
        return in_addr(s_addr: value.bigEndian)
    }

    private static func failAndClose(_ fd: Int32, _ call: String) throws -> (descriptor: Int32, port: UInt16) {
        let code = errno
        close(fd)
        throw HTTPServerError.system(call, code)
    }

    /// Accepts one pending connection. Returns nil when none is ready or the call failed; `errno` says why.
    static func acceptConnection(_ listener: Int32) -> (descriptor: Int32, remote: String)? {
        var storage = sockaddr_storage()
        var length = socklen_t(MemoryLayout<sockaddr_storage>.size)
        let fd = withUnsafeMutablePointer(to: &storage) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { accept(listener, $0, &length) }
        }
        guard fd >= 0 else { return nil }
        prepareDescriptor(fd)
        var one: Int32 = 1
        _ = setsockopt(fd, Int32(IPPROTO_TCP), TCP_NODELAY, &one, socklen_t(MemoryLayout<Int32>.size))
        return (fd, describe(storage))
    }

    /// Close-on-exec (so child processes never inherit a client's socket), non-blocking (every wait goes
    /// through `poll` with a deadline) and, on Darwin, no SIGPIPE.
    static func prepareDescriptor(_ fd: Int32) {
        _ = fcntl(fd, F_SETFD, FD_CLOEXEC)
        let flags = fcntl(fd, F_GETFL)
        if flags >= 0 { _ = fcntl(fd, F_SETFL, flags | O_NONBLOCK) }
        #if !os(Linux)
        var one: Int32 = 1
        _ = setsockopt(fd, SOL_SOCKET, SO_NOSIGPIPE, &one, socklen_t(MemoryLayout<Int32>.size))
        #endif
    }

    /// The address and port a socket is bound to, from getsockname.
    static func localAddress(of fd: Int32) -> (host: String, port: UInt16)? {
        var address = sockaddr_in()
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let result = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) }
        }
        guard result == 0, address.sin_family == sa_family_t(AF_INET) else { return nil }
        return (ipv4String(address.sin_addr), UInt16(bigEndian: address.sin_port))
    }

    /// "a.b.c.d:port" for IPv4 peers; anything else is reported by family only.
    static func describe(_ storage: sockaddr_storage) -> String {
        guard storage.ss_family == sa_family_t(AF_INET) else { return "unknown" }
        var copy = storage
        return withUnsafePointer(to: &copy) {
            $0.withMemoryRebound(to: sockaddr_in.self, capacity: 1) {
                "\(ipv4String($0.pointee.sin_addr)):\(UInt16(bigEndian: $0.pointee.sin_port))"
            }
        }
    }

    private static func ipv4String(_ address: in_addr) -> String {
        let value = UInt32(bigEndian: address.s_addr)
        return "\(value >> 24).\((value >> 16) & 0xFF).\((value >> 8) & 0xFF).\(value & 0xFF)"
    }

    /// Ends both directions without closing the descriptor: wakes any thread blocked on it.
    static func shutdownBoth(_ fd: Int32) { _ = shutdown(fd, Int32(SHUT_RDWR)) }

    /// Closes a descriptor (a name that does not clash with the `close()` of the types that call it).
    static func closeDescriptor(_ fd: Int32) { _ = close(fd) }

    /// Closes with SO_LINGER 0, so the peer receives a TCP RST instead of an orderly FIN.
    static func resetAndClose(_ fd: Int32) {
        var option = linger(l_onoff: 1, l_linger: 0)
        _ = setsockopt(fd, SOL_SOCKET, SO_LINGER, &option, socklen_t(MemoryLayout<linger>.size))
        close(fd)
    }
}
