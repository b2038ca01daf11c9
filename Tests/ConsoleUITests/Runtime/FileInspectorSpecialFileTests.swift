import ConsoleRuntime
import ConsoleUI
import Foundation
import TestSupport
import Testing

/// `deliver --file` and the console's picker measure files through `FileInspector`: only regular files, and
/// anything else refused at once with what it is (a FIFO must never block, `/dev/zero` never be hashed).
@Suite(.exclusive, .serialized) struct FileInspectorSpecialFileTests {
    func refusal(_ path: String) -> String? {
        if case .refused(let reason) = FileInspector().measure(path) { return reason.description }
        return nil
    }

    @Test("a FIFO is refused at once, without waiting for a writer")
    func fifo() throws {
        let directory = try TemporaryDirectory("inspect-fifo")
        let path = directory.file("pipe")
        #expect(mkfifo(path, 0o600) == 0)
        let started = Date()
        #expect(refusal(path)?.contains("FIFO") == true)
        #expect(Date().timeIntervalSince(started) < 2)
    }

    @Test("devices, directories and sockets are refused with what they are")
    func otherKinds() throws {
        #expect(refusal("/dev/zero")?.contains("character device") == true)
        #expect(refusal("/dev/null")?.contains("character device") == true)
        let directory = try TemporaryDirectory("inspect-kinds")
        #expect(refusal(directory.path)?.contains("directory") == true)
        let socketPath = directory.file("s")
        let descriptor = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(descriptor) }
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        withUnsafeMutableBytes(of: &address.sun_path) { buffer in
            for (index, byte) in socketPath.utf8.prefix(buffer.count - 1).enumerated() { buffer[index] = byte }
        }
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(descriptor, $0, socklen_t(MemoryLayout<sockaddr_un>.size))
            }
        }
        #expect(bound == 0)
        #expect(refusal(socketPath)?.contains("socket") == true)
        #expect(refusal(directory.file("missing"))?.contains("No such file") == true)
    }

    @Test("a regular file is measured: size and SHA-256")
    func regular() throws {
        let directory = try TemporaryDirectory("inspect-file")
        let path = directory.file("a.txt")
        try Data("abc".utf8).write(to: URL(fileURLWithPath: path))
        #expect(FileInspector().measure(path) == .measured(
            size: 3, sha256: "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"))
        let empty = directory.file("empty")
        try Data().write(to: URL(fileURLWithPath: empty))
        #expect(FileInspector().measure(empty) == .measured(
            size: 0, sha256: "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"))
    }
}
