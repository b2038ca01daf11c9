import Foundation

/// The front of the relay's journal: every arrival and answer is appended here (one `write` to a local file, no
/// SQLite) before the call goes on, and the writer thread carries the records into the store in batches. A record
/// is durable against a killed process the moment `append` returns (it is in the kernel's page cache), so the
/// arrival is journalled before the call is forwarded without waiting for a store commit; a relay started after a
/// kill carries what the store lacks from the log into it (`recover`), then closes the calls left unanswered.
///
/// The log is a folder of numbered segments (`00000001.log`, …), 0600 in a 0700 folder. A segment is sealed at
/// `segmentLimit` bytes and deleted once every record in it is in the store; the open segment is emptied when all
/// of it is. A record's place in the log is its sequence number, which the writer hands back to `committed`.
final class JournalLog: @unchecked Sendable {
    static let segmentLimit = 8 << 20

    private let directory: String
    private let lock = NSLock()
    private var descriptor: Int32
    private var number: Int
    private var bytes = 0
    private var lastSequence: UInt64 = 0
    /// The newest sequence in the open segment; 0 while it is empty.
    private var openNewest: UInt64 = 0
    private var sealed: [(path: String, newest: UInt64)] = []

    /// Opens a new segment after any that exist (recover those first).
    init(directory: String) throws {
        self.directory = directory
        try Self.makeDirectory(directory)
        number = (Self.segments(in: directory).last.map(Self.number(of:)) ?? 0) + 1
        descriptor = try Self.open(Self.path(directory, number))
    }

    deinit { close(descriptor) }

    /// Appends `record` and hands its sequence number (nil when the write failed) to `then`, which queues the
    /// record for the store while the log is still locked: records reach the writer in sequence order, so
    /// `committed(through:)` never drops a record the store does not have yet.
    func append(_ record: JournalLogRecord, then: (UInt64?) -> Void) {
        let line = record.line
        lock.withLock {
            if bytes >= Self.segmentLimit { rotate() }
            guard Self.writeAll(descriptor, line) else { return then(nil) }
            bytes += line.count
            lastSequence += 1
            openNewest = lastSequence
            then(lastSequence)
        }
    }

    /// Every record up to `sequence` is in the store: drop the segments that hold nothing newer.
    func committed(through sequence: UInt64) {
        lock.withLock {
            while let first = sealed.first, first.newest <= sequence {
                unlink(first.path)
                sealed.removeFirst()
            }
            if openNewest != 0, openNewest <= sequence, sealed.isEmpty {
                _ = ftruncate(descriptor, 0)
                bytes = 0
                openNewest = 0
            }
        }
    }

    /// Seals the open segment and starts the next; a segment that cannot be opened keeps the current one.
    private func rotate() {
        guard let next = try? Self.open(Self.path(directory, number + 1)) else { return }
        sealed.append((Self.path(directory, number), openNewest))
        close(descriptor)
        descriptor = next
        number += 1
        bytes = 0
    }

    // MARK: - Recovery

    /// The records of every segment in `directory`, oldest first, and the segment paths they came from (delete
    /// them with `remove` once the records are in the store). A torn last line is skipped.
    static func recover(directory: String) -> (records: [JournalLogRecord], segments: [String]) {
        let paths = segments(in: directory).map { directory + "/" + $0 }
        var records: [JournalLogRecord] = []
        for path in paths {
            guard let data = FileManager.default.contents(atPath: path) else { continue }
            let bytes = [UInt8](data)
            records += bytes.split(separator: UInt8(ascii: "\n")).compactMap { JournalLogRecord(line: $0) }
        }
        return (records, paths)
    }

    static func remove(_ segments: [String]) {
        for path in segments { unlink(path) }
    }

    // MARK: - Files

    static func segments(in directory: String) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
        return names.filter { $0.hasSuffix(".log") && number(of: $0) > 0 }.sorted { number(of: $0) < number(of: $1) }
    }

    static func number(of name: String) -> Int { Int(name.dropLast(4)) ?? 0 }

    static func path(_ directory: String, _ number: Int) -> String {
        directory + "/" + String(format: "%08d.log", number)
    }

    static func makeDirectory(_ directory: String) throws {
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: directory, isDirectory: &isFolder) {
            guard isFolder.boolValue else { throw JournalLogError("\(directory) is not a folder") }
            return
        }
        guard mkdir(directory, 0o700) == 0 || errno == EEXIST else {
            throw JournalLogError("cannot create \(directory): \(String(cString: strerror(errno)))")
        }
    }

    static func open(_ path: String) throws -> Int32 {
        let descriptor = Glibc.open(path, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else {
            throw JournalLogError("cannot open \(path): \(String(cString: strerror(errno)))")
        }
        return descriptor
    }

    static func writeAll(_ descriptor: Int32, _ bytes: [UInt8]) -> Bool {
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeBytes { buffer -> Int in
                guard let base = buffer.baseAddress else { return -1 }
                return write(descriptor, base + offset, bytes.count - offset)
            }
            if written < 0 && errno == EINTR { continue }
            guard written > 0 else { return false }
            offset += written
        }
        return true
    }
}

/// Why the journal log cannot be used (its folder or a segment).
struct JournalLogError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
