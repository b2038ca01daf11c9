import Foundation
@testable import MarketClient
import MarketAPI
import SellerCore
import Testing
import TestSupport

/// Limits on what an answer may cost, HTTPS-only outside loopback, TLS failures in words.
@Suite("client limits and TLS", .exclusive, .serialized)
struct ClientLimitsTests {
    @Test("the gzip bomb builder makes a gzip stream that inflates to what it says")
    func bombIsGzip() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("bomb-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("bomb.gz").path
        try Data(GzipBomb.make(inflatedBytes: 1 + 258 * 4000)).write(to: URL(fileURLWithPath: path))
        let text = try ChildProcess.run("/bin/sh", ["-c", "gzip -dc < '\(path)' 2>/dev/null | wc -c"], timeout: 60).output
        #expect(text.trimmingCharacters(in: .whitespacesAndNewlines) == "\(1 + 258 * 4000)")
    }

    @Test("a 2 MB gzip answer that inflates to 2 GB stops at the list limit, in words")
    func gzipBomb() async throws {
        let bomb = GzipBomb.make(inflatedBytes: 2 << 30)
        #expect(bomb.count < 2_200_000)
        let server = try ScriptedServer { connection in
            guard let head = connection.readRequest() else { return }
            let acceptsGzip = head.lowercased().contains("accept-encoding: gzip")
            connection.write(ClientFaultTests.answer(
                status: "200 OK", headers: acceptsGzip ? ["Content-Encoding: gzip"] : [], body: bomb))
            connection.close()
        }
        defer { server.stop() }
        let (error, elapsed) = await ClientFaultTests.failure(ClientFaultTests.client(server, timeout: 10))
        #expect(error?.description == "network error: answer larger than 32 MB", "\(String(describing: error))")
        #expect(elapsed < 10)
        #expect(server.requestHeads.first?.lowercased().contains("accept-encoding: gzip\r") == true,
                "asks only for gzip: \(server.requestHeads)")
    }

    @Test("plain http goes only to loopback; malformed base URLs are refused with the reason")
    func baseURLs() throws {
        for loopback in ["http://127.0.0.1:8089", "http://127.9.8.7", "http://localhost:1/", "http://[::1]:8080",
                         "https://mkt.example.com", "https://10.0.0.1:8443/prefix"] {
            #expect(throws: Never.self, "\(loopback)") { try BaseURL(validating: loopback) }
        }
        let refusals = [
            "http://mkt.example.com": "plain http is allowed only to loopback (127.0.0.0/8, ::1, localhost); use https://mkt.example.com",
            "http://127.0.0.1.evil.com": "plain http is allowed only to loopback",
            "http://10.0.0.1": "plain http is allowed only to loopback",
            "ftp://127.0.0.1": "the scheme must be https",
            "mkt.example.com": "not a URL",
            "": "it is empty",
            "https://": "it has no host",
            "https://user:hunter2@mkt.example.com": "must not contain a user name or password",
        ]
        for (url, reason) in refusals {
            do {
                _ = try MarketClient(validating: ClientConfiguration(baseURL: url, accessKey: "a", secretKey: "s"))
                Issue.record("\(url) was accepted")
            } catch {
                #expect(error.description.hasPrefix("invalid base URL: "), "\(url)")
                #expect(error.description.contains(reason), "\(url): \(error)")
                #expect(!error.description.contains("hunter2"))
            }
        }
    }

    @Test("a self-signed certificate: 'TLS certificate not trusted (self-signed certificate) for mkt.example.com'",
          .enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/openssl"),
                   "the openssl command is not installed: TLS test skipped"))
    func selfSigned() async throws {
        let tls = try SelfSignedServer()
        defer { tls.stop() }
        var configuration = ClientConfiguration(baseURL: "https://mkt.example.com:\(tls.port)", accessKey: "ak",
                                                secretKey: "sk-very-secret")
        configuration.timeout = 5
        configuration.maxAttempts = 1
        configuration.resolveOverrides = ["mkt.example.com:\(tls.port):127.0.0.1"]
        let (error, _) = await ClientFaultTests.failure(MarketClient(configuration: configuration))
        #expect(error?.description
                == "network error: TLS certificate not trusted (self-signed certificate) for mkt.example.com")
    }

    @Test("the secret key never shows in description, debugDescription or dump")
    func redaction() throws {
        let secret = "SK-s3cr3t-value-0001"
        var configuration = ClientConfiguration(baseURL: "https://mkt.example.com", accessKey: "AK-visible",
                                                secretKey: secret)
        configuration.limitTotalTime(to: 5)
        let client = MarketClient(configuration: configuration)
        var dumped = ""
        dump(configuration, to: &dumped)
        var dumpedClient = ""
        dump(client, to: &dumpedClient)
        for text in [String(describing: configuration), String(reflecting: configuration), dumped, dumpedClient,
                     String(describing: client), String(reflecting: client),
                     String(describing: Mirror(reflecting: configuration).children.map(\.value))] {
            #expect(!text.contains(secret), "\(text)")
        }
        #expect(String(describing: configuration).contains("AK-visible"))
        #expect(dumped.contains("<redacted>"))
    }
}

/// `openssl s_server` with a fresh self-signed certificate for mkt.example.com on a loopback port.
final class SelfSignedServer {
    let port: UInt16
    private let process: ChildProcess
    private let directory: URL

    init() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("tls-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let key = directory.appendingPathComponent("key.pem").path, cert = directory.appendingPathComponent("cert.pem").path
        _ = try ChildProcess.run("/usr/bin/openssl", [
            "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes",
            "-subj", "/CN=mkt.example.com", "-addext", "subjectAltName=DNS:mkt.example.com",
            "-days", "2", "-keyout", key, "-out", cert,
        ], timeout: 60)
        // A free port: bind 0, read it, let it go, and hand it to s_server at once.
        let probe = try ScriptedServer { $0.close() }
        port = probe.port
        probe.stop()
        process = try ChildProcess("/usr/bin/openssl", ["s_server", "-quiet", "-www", "-accept", "127.0.0.1:\(port)",
                                                         "-key", key, "-cert", cert])
        let port = self.port
        _ = waitForListening(port: port)
    }

    func stop() {
        process.send(SIGKILL)
        _ = try? process.wait(timeout: 10)
        try? FileManager.default.removeItem(at: directory)
    }

    private func waitForListening(port: UInt16) -> Bool {
        let end = Date().addingTimeInterval(10)
        while Date() < end {
            let probe = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
            var address = sockaddr_in()
            address.sin_family = sa_family_t(AF_INET)
            address.sin_addr.s_addr = inet_addr("127.0.0.1")
            address.sin_port = port.bigEndian
            let connected = withUnsafePointer(to: &address) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                    connect(probe, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
                }
            }
            close(probe)
            if connected == 0 { return true }
            Thread.sleep(forTimeInterval: 0.02)
        }
        return false
    }
}
