import CSQLite
import Synchronization

/// Stops what a connection is running, from another thread: the console's reader is interrupted when a newer
/// read makes the one in flight pointless (a filter typed on), rather than finishing a walk nobody will see.
/// SQLite allows `sqlite3_interrupt` from any thread while the connection is open; the handle is cleared before
/// the connection closes, so a late call does nothing. A statement interrupted this way fails with
/// `SQLITE_INTERRUPT`; one that starts after all running statements ended is not affected.
public final class Interrupter: Sendable {
    /// The raw handle, only ever passed to `sqlite3_interrupt` under the lock.
    struct Handle: @unchecked Sendable {
        let pointer: OpaquePointer
    }

    private let handle: Mutex<Handle?>

    init(_ pointer: OpaquePointer) {
        handle = Mutex(Handle(pointer: pointer))
    }

    /// Interrupts the statements the connection is running now, if it is still open.
    public func interrupt() {
        handle.withLock { if let handle = $0 { sqlite3_interrupt(handle.pointer) } }
    }

    /// Called before the connection closes (and again with the handle if the close failed).
    func set(_ pointer: OpaquePointer?) {
        handle.withLock { $0 = pointer.map(Handle.init) }
    }
}
