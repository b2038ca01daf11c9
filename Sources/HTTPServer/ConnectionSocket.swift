#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Why a socket read or write ended without data.
enum SocketFailure: Error {
    /// The peer closed or reset the connection, or the socket failed.
    case closed
    /// No progress before the deadline.
    case timedOut
    /// The server is stopping and the wait was one that stopping may interrupt.
    case stopped
}

/// What a read that never waits found.
enum ReceiveOutcome {
    case received
    case wouldBlock
    /// The peer closed or reset the connection, or the socket failed.
    case closed
}

/// One accepted, non-blocking client socket with a read buffer. Reads go through the buffer in large `recv`s
/// (never a syscall per byte); every wait is a `poll` bounded by a deadline, optionally also woken by the
/// server's stop signal. The buffer starts small and grows up to `capacity` only when a request needs it, so
/// hundreds of connections waiting for a head cost little memory.
///
/// Owned by one thread at a time: the polling thread while the connection waits for a head, a request thread
/// while it is served; the hand-over goes through a lock, which is why it may be `@unchecked Sendable`.
final class ConnectionSocket: @unchecked Sendable {
    static let initialAllocation = 4096

    let descriptor: Int32
    let capacity: Int
    private var storage: UnsafeMutablePointer<UInt8>
    private var allocated: Int
    private let stop: StopSignal
    private var start = 0
    private var end = 0

    init(descriptor: Int32, capacity: Int, stop: StopSignal) {
        self.descriptor = descriptor
        self.capacity = max(capacity, Self.initialAllocation)
        allocated = Self.initialAllocation
        storage = .allocate(capacity: allocated)
        self.stop = stop
    }

    deinit { storage.deallocate() }

    var bufferedCount: Int { end - start }

    /// The bytes read but not yet consumed. Invalid after the next read, which may move the buffer.
    var buffered: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(start: storage + start, count: end - start) }

    func consume(_ count: Int) {
        start += min(count, end - start)
        if start == end {
            start = 0
            end = 0
        }
    }

    /// Reads at least one more byte into the buffer. `stoppable` lets the stop signal end the wait (used only
    /// between requests). The caller keeps the buffered amount below `capacity`.
    func fill(until deadline: MonotonicDeadline, stoppable: Bool = false) throws {
        while true {
            switch try receiveAvailable() {
            case .received: return
            case .closed: throw SocketFailure.closed
            case .wouldBlock: try wait(for: Int16(POLLIN), until: deadline, stoppable: stoppable)
            }
        }
    }

    /// Reads whatever has arrived, without waiting. Throws 431 when the buffer is full at `capacity`.
    func receiveAvailable() throws -> ReceiveOutcome {
        try makeRoom()
        while true {
            let free = allocated - end
            let count = recv(descriptor, storage + end, free, 0)
            if count > 0 {
                end += count
                // A read that filled every free byte means data is streaming: let the next read be larger.
                if count == free { resize(to: min(capacity, allocated * 2)) }
                return .received
            }
            if count == 0 { return .closed }
            switch errno {
            case EINTR: continue
            case EAGAIN, EWOULDBLOCK: return .wouldBlock
            default: return .closed
            }
        }
    }

    /// Gives back a grown buffer once it is empty, before the connection goes back to waiting for a head.
    func releaseSpareMemory() {
        if bufferedCount == 0 && allocated > Self.initialAllocation { resize(to: Self.initialAllocation) }
    }

    /// Moves unread bytes to the front once free space runs low (so reads stay large), and grows the buffer
    /// when it is full.
    private func makeRoom() throws {
        if start > 0 && allocated - end < Self.initialAllocation {
            memmove(storage, storage + start, end - start)
            end -= start
            start = 0
        }
        if end == allocated {
            guard allocated < capacity else { throw HTTPRequestError(431, "request does not fit the read buffer") }
            resize(to: min(capacity, allocated * 2))
        }
    }

    private func resize(to size: Int) {
        guard size != allocated, size >= end - start else { return }
        let replacement = UnsafeMutablePointer<UInt8>.allocate(capacity: size)
        replacement.update(from: storage + start, count: end - start)
        storage.deallocate()
        storage = replacement
        allocated = size
        end -= start
        start = 0
    }

    /// Sends every byte or fails; a peer that stops reading fails at the deadline instead of holding the thread.
    func write(_ bytes: UnsafeRawBufferPointer, until deadline: MonotonicDeadline) throws {
        guard let base = bytes.baseAddress else { return }
        var sent = 0
        while sent < bytes.count {
            let count = send(descriptor, base + sent, bytes.count - sent, SocketCalls.sendFlags)
            if count >= 0 {
                sent += count
                continue
            }
            switch errno {
            case EINTR: continue
            case EAGAIN, EWOULDBLOCK: try wait(for: Int16(POLLOUT), until: deadline, stoppable: false)
            default: throw SocketFailure.closed
            }
        }
    }

    func write(_ bytes: [UInt8], until deadline: MonotonicDeadline) throws {
        try bytes.withUnsafeBytes { try write($0, until: deadline) }
    }

    /// Sends what the socket takes at once, without waiting: for the short error answers of the polling thread,
    /// which must never block on one client (a fresh socket's send buffer holds them whole).
    func sendWithoutWaiting(_ bytes: [UInt8]) {
        _ = bytes.withUnsafeBytes { send(descriptor, $0.baseAddress, $0.count, SocketCalls.sendFlags) }
    }

    /// Holds the connection without answering until the deadline, the server's stop, or the client hanging up,
    /// whichever is first (a stall fault must not pin a thread for a client long gone). Whatever the client
    /// sends meanwhile is buffered and ignored.
    func holdSilently(until deadline: MonotonicDeadline) {
        while !deadline.hasPassed {
            guard bufferedCount < capacity - 1 else {
                stop.wait(until: deadline)
                return
            }
            do { try fill(until: deadline, stoppable: true) } catch { return }
        }
    }

    /// Reads one CRLF-terminated line (without the CRLF) of at most `maxBytes`, for chunk sizes and trailers.
    func readLine(maxBytes: Int, until deadline: MonotonicDeadline) throws -> [UInt8] {
        var scanned = 0
        while true {
            let window = buffered
            if let newline = window[scanned...].firstIndex(of: 0x0A) {
                guard newline > 0, window[newline - 1] == 0x0D else {
                    throw HTTPRequestError.badRequest("line not terminated by CRLF")
                }
                let line = Array(window[..<(newline - 1)])
                consume(newline + 1)
                return line
            }
            scanned = window.count
            guard window.count <= maxBytes else { throw HTTPRequestError.badRequest("line too long") }
            try fill(until: deadline)
        }
    }

    /// Waits until the socket is readable (or writable) or the deadline passes.
    private func wait(for events: Int16, until deadline: MonotonicDeadline, stoppable: Bool) throws {
        var entries = [pollfd(fd: descriptor, events: events, revents: 0),
                       pollfd(fd: stop.readDescriptor, events: Int16(POLLIN), revents: 0)]
        while true {
            let ready = poll(&entries, stoppable ? 2 : 1, deadline.pollTimeout)
            if ready > 0 {
                if stoppable && entries[1].revents != 0 { throw SocketFailure.stopped }
                return
            }
            if ready == 0 && deadline.hasPassed { throw SocketFailure.timedOut }
            if ready < 0 && errno != EINTR { throw SocketFailure.closed }
        }
    }

    /// Whether the peer has already sent bytes that nobody read. Closing over unread input makes the kernel
    /// send RST, which can destroy a response the client has not read yet.
    var hasUnreadInput: Bool {
        if bufferedCount > 0 { return true }
        var entry = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
        return poll(&entry, 1, 0) > 0 && (entry.revents & Int16(POLLIN)) != 0
    }

    /// Prepares an orderly close: if input is pending, half-closes and discards what arrives (bounded in time
    /// and bytes) so the response just written is not wiped out by the reset that closing over unread input
    /// causes. The caller closes the descriptor afterwards.
    func drainBeforeClose(lingerSeconds: Double, maxDiscard: Int) {
        guard hasUnreadInput else { return }
        _ = shutdown(descriptor, Int32(SHUT_WR))
        let deadline = MonotonicDeadline.after(lingerSeconds)
        var discarded = 0
        while discarded < maxDiscard {
            discarded += bufferedCount
            consume(bufferedCount)
            do { try fill(until: deadline) } catch { break }
        }
    }

    /// Reads exactly the CRLF that must follow a chunk's data.
    func expectCRLF(until deadline: MonotonicDeadline) throws {
        while bufferedCount < 2 { try fill(until: deadline) }
        let window = buffered
        guard window[0] == 0x0D && window[1] == 0x0A else {
            throw HTTPRequestError.badRequest("chunk data not followed by CRLF")
        }
        consume(2)
    }
}
