import ConsoleUI
import Foundation
import Synchronization

/// Messages from background threads to the loop that owns the terminal. Posting also writes a byte to a
/// pipe, so the loop, waiting in `poll` on the keyboard and that pipe, wakes at once instead of on its next
/// timeout.
public final class Inbox: Sendable {
    private let messages = Mutex<[Msg]>([])
    /// Read end (polled by the loop) and write end of the wake pipe; -1 when the pipe could not be made.
    public let wakeDescriptor: Int32
    private let writeDescriptor: Int32

    public init() {
        var fds: [Int32] = [-1, -1]
        if pipe(&fds) == 0 {
            for fd in fds { _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK) }
            for fd in fds { _ = fcntl(fd, F_SETFD, FD_CLOEXEC) }
        }
        wakeDescriptor = fds[0]
        writeDescriptor = fds[1]
    }

    deinit {
        if wakeDescriptor >= 0 { close(wakeDescriptor) }
        if writeDescriptor >= 0 { close(writeDescriptor) }
    }

    public func post(_ message: Msg) {
        messages.withLock { $0.append(message) }
        if writeDescriptor >= 0 {
            var byte: UInt8 = 1
            _ = write(writeDescriptor, &byte, 1)   // a full pipe already means "wake up"
        }
    }

    /// Everything posted so far, oldest first; empties the inbox and the wake pipe.
    public func drain() -> [Msg] {
        if wakeDescriptor >= 0 {
            var sink = [UInt8](repeating: 0, count: 256)
            while read(wakeDescriptor, &sink, sink.count) > 0 {}
        }
        return messages.withLock { messages in
            let taken = messages
            messages.removeAll(keepingCapacity: true)
            return taken
        }
    }
}
