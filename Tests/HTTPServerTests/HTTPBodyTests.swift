import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Testing
import TestSupport
@testable import HTTPServer

/// What a handler sees of request bodies: chunked ones reassembled, small ones in memory, large ones in a
/// spool file with exactly the bytes sent, removed once the handler is done.
@Suite struct HTTPBodyTests {
    /// What a handler saw of one body.
    struct Seen: Sendable {
        var inMemory: Bool
        var fileURL: URL?
        var bytes: [UInt8]
        var fileExistedDuringHandler: Bool
    }

    private func recordingServer(spool: TemporaryDirectory, threshold: Int = 1024 * 1024)
        throws -> (HTTPServer, UInt16, Recorder<Seen>) {
        let seen = Recorder<Seen>()
        let (server, port) = try startServer({ configuration in
            configuration.spoolDirectory = spool.url
            configuration.spoolThreshold = threshold
            configuration.maxBodyBytes = 64 * 1024 * 1024
        }) { request in
            let url = request.body.fileURL
            let exists = url.map { FileManager.default.fileExists(atPath: $0.path) } ?? false
            let bytes = (try? request.body.readAll()) ?? []
            seen.append(Seen(inMemory: request.body.inMemoryBytes != nil, fileURL: url, bytes: bytes,
                             fileExistedDuringHandler: exists))
            return .response(.text("\(bytes.count)"))
        }
        return (server, port, seen)
    }

    @Test func reassemblesChunkedBodiesWithExtensionsAndTrailers() throws {
        let spool = try TemporaryDirectory("http-chunked")
        let (server, port, seen) = try recordingServer(spool: spool)
        defer { server.stop() }
        let client = try RawClient(port: port)
        try client.send("POST /c HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n"
                        + "5;ext=1\r\nhello\r\n1\r\n \r\n000006\r\nworld!\r\n0\r\nX-Trailer: t\r\n\r\n"
                        + rawRequest("GET", "/after"))
        #expect(try client.readResponse().text == "12")
        #expect(try client.readResponse().text == "0")
        #expect(seen.values.first?.bytes == Array("hello world!".utf8))
        #expect(seen.values.first?.inMemory == true)
    }

    @Test func spoolsALargeContentLengthBodyToAFile() throws {
        let spool = try TemporaryDirectory("http-spool-cl")
        let (server, port, seen) = try recordingServer(spool: spool)
        defer { server.stop() }
        let payload = patternBytes(3 * 1024 * 1024 + 17)
        let client = try RawClient(port: port)
        try client.send(Array("PUT /big HTTP/1.1\r\nHost: a\r\nContent-Length: \(payload.count)\r\n\r\n".utf8) + payload)
        #expect(try client.readResponse().text == "\(payload.count)")
        let body = try #require(seen.values.first)
        #expect(!body.inMemory)
        #expect(body.fileExistedDuringHandler)
        #expect(body.fileURL?.deletingLastPathComponent().standardizedFileURL.path == spool.url.standardizedFileURL.path)
        #expect(body.bytes == payload)
        // The file belongs to the server and is gone once the handler returned.
        #expect(waitUntil { (try? FileManager.default.contentsOfDirectory(atPath: spool.path)) == [] })
    }

    @Test func spoolsAChunkedBodyOnceItPassesTheThreshold() throws {
        let spool = try TemporaryDirectory("http-spool-chunked")
        let (server, port, seen) = try recordingServer(spool: spool, threshold: 100_000)
        defer { server.stop() }
        let payload = patternBytes(250_000, seed: 7)
        var wire = Array("POST /c HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n".utf8)
        var offset = 0
        while offset < payload.count {
            let size = min(30_000, payload.count - offset)
            wire += Array("\(String(size, radix: 16))\r\n".utf8) + payload[offset..<(offset + size)] + [13, 10]
            offset += size
        }
        wire += Array("0\r\n\r\n".utf8)
        let client = try RawClient(port: port)
        try client.send(wire)
        #expect(try client.readResponse().text == "250000")
        let body = try #require(seen.values.first)
        #expect(!body.inMemory)
        #expect(body.bytes == payload)
    }

    @Test func keepsSmallBodiesInMemory() throws {
        let spool = try TemporaryDirectory("http-small")
        let (server, port, seen) = try recordingServer(spool: spool)
        defer { server.stop() }
        let client = try RawClient(port: port)
        try client.send(rawRequest("POST", "/s", body: "{\"a\":1}"))
        #expect(try client.readResponse().text == "7")
        #expect(seen.values.first?.inMemory == true)
        #expect(seen.values.first?.bytes == Array("{\"a\":1}".utf8))
        #expect((try? FileManager.default.contentsOfDirectory(atPath: spool.path)) == [])
    }

    @Test func urlSessionUploadsALargeBodyIntoASpoolFile() async throws {
        let spool = try TemporaryDirectory("http-upload")
        let (server, port, seen) = try recordingServer(spool: spool)
        defer { server.stop() }
        let payload = patternBytes(2 * 1024 * 1024 + 3, seed: 99)
        var request = URLRequest(url: url(port, "/supervision-tasks/T1/deliverables"))
        request.httpMethod = "POST"
        request.setValue("application/octet-stream", forHTTPHeaderField: "Content-Type")
        request.httpBody = Data(payload)
        let (data, response) = try await fetch(loopbackSession(), request)
        #expect(response.statusCode == 200)
        #expect(String(decoding: data, as: UTF8.self) == "\(payload.count)")
        let body = try #require(seen.values.first)
        #expect(!body.inMemory)
        #expect(body.bytes == payload)
    }
}
