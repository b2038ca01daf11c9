import Foundation
import HTTPServer

/// A sample seller production interface on 127.0.0.1 (`koosim isv`): implements every activity of one
/// interface family correctly and misbehaves on demand, so `probe` and the relay can be tested offline.
///
/// ```swift
/// var configuration = SampleISVConfiguration(accessKey: key, interface: .saasV1)
/// configuration.misbehaviours = [.badBodySign]
/// let isv = SampleProductionInterface(configuration: configuration)
/// let url = try isv.start()          // "http://127.0.0.1:PORT/"
/// // … isv.calls lists what it saw and answered
/// isv.stop()
/// ```
public final class SampleProductionInterface: Sendable {
    public let configuration: SampleISVConfiguration
    private let service: ISVService
    private let server: HTTPServer

    public init(configuration: SampleISVConfiguration) {
        self.configuration = configuration
        let service = ISVService(configuration: configuration)
        var serverConfiguration = HTTPServerConfiguration(port: configuration.port)
        serverConfiguration.serverName = "koosim-isv"
        serverConfiguration.shutdownGracePeriod = 2
        self.service = service
        server = HTTPServer(configuration: serverConfiguration) { request in service.handle(request) }
    }

    /// Starts listening and returns the production URL (`http://127.0.0.1:PORT/`).
    @discardableResult
    public func start() throws -> String {
        let port = try server.start()
        return "http://127.0.0.1:\(port)/"
    }

    /// The production URL once started, nil before.
    public var url: String? { server.port.map { "http://127.0.0.1:\($0)/" } }

    /// Every call seen so far, in the order answered.
    public var calls: [ISVCallRecord] { service.calls }

    /// Stops: `slow` answers still waiting are released, then the server stops gracefully.
    public func stop() {
        service.stop()
        server.stop()
    }
}
