import Foundation
import Testing
import TestSupport
@testable import HTTPServer

/// `bindAddress`: loopback by default, another IPv4 literal when asked (the relay's `--listen`), and anything
/// else refused before a socket is opened.
@Suite struct HTTPBindAddressTests {
    @Test func defaultsToLoopback() {
        #expect(HTTPServerConfiguration().bindAddress == "127.0.0.1")
    }

    @Test func bindsTheWildcardWhenAsked() throws {
        let (server, port) = try startServer({ $0.bindAddress = "0.0.0.0" }, handler: echoHandler)
        defer { server.stop() }
        #expect(server.localAddress == "0.0.0.0:\(port)")
        let client = try RawClient(port: port)
        try client.send(rawRequest())
        #expect(try client.readResponse().status == 200)
    }

    @Test func bindsAnotherLoopbackAddress() throws {
        let (server, port) = try startServer({ $0.bindAddress = "127.0.0.2" }, handler: echoHandler)
        defer { server.stop() }
        #expect(server.localAddress == "127.0.0.2:\(port)")
        let client = try RawClient(port: port, host: "127.0.0.2")
        try client.send(rawRequest())
        #expect(try client.readResponse().status == 200)
    }

    @Test("anything but a dotted-quad IPv4 literal is refused", arguments: [
        "localhost", "::1", "127.0.0", "127.0.0.1.1", "256.0.0.1", "01.2.3.4", "1.2.3.-4", "", " 127.0.0.1",
    ])
    func refusesNonLiterals(address: String) {
        var configuration = HTTPServerConfiguration()
        configuration.bindAddress = address
        let server = HTTPServer(configuration: configuration, handler: echoHandler)
        #expect(throws: HTTPServerError.invalidBindAddress(address)) { try server.start() }
    }

    @Test func parsesLiterals() {
        #expect(SocketCalls.ipv4Address("10.0.0.255").map { UInt32(bigEndian: $0.s_addr) } == 0x0A00_00FF)
        #expect(SocketCalls.ipv4Address("0.0.0.0").map { $0.s_addr } == 0)
    }
}
