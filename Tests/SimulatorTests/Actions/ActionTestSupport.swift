import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import MarketAPI
import SellerCore
import Signing
import TestSupport
@testable import Simulator

/// The shared `SimulatorHarness` with an upload folder, plus a signed URLSession client for raw action requests.
final class ActionSimulator: @unchecked Sendable {
    let harness: SimulatorHarness
    let port: UInt16
    let session: URLSession
    static let epoch = Timestamp(koogallery: "20261123080000") ?? Timestamp(millis: 0)

    var simulator: MarketSimulator { harness.simulator }
    var directory: TemporaryDirectory { harness.directory }
    var accessKey: String { harness.accessKey }
    var secretKey: String { harness.secretKey }

    init(orders: Int = 400, seed: UInt64 = 7, clientTimeout: TimeInterval = 10,
         _ configure: (inout SimulatorConfiguration) -> Void = { _ in }) throws {
        harness = try SimulatorHarness(orders: orders, seed: seed, epoch: Self.epoch, accessKey: "action-ak-0001") {
            configuration in
            configuration.uploadDirectory = configuration.spoolDirectory.appendingPathComponent("uploads",
                                                                                                 isDirectory: true)
            configure(&configuration)
        }
        port = UInt16(harness.baseURL.split(separator: ":").last.map(String.init) ?? "") ?? 0
        session = loopbackSession(timeout: clientTimeout, maxConnections: 32)
    }

    deinit { session.invalidateAndCancel() }

    var world: World { simulator.world }

    /// Sends one APIG-signed request; `secretKey` overrides the right one to provoke a 401.
    func send(_ method: String, _ path: String, query: String = "", headers: [(String, String)] = [],
              body: [UInt8] = [], secretKey: String? = nil) async throws -> Reply {
        let urlText = "http://127.0.0.1:\(port)\(path)" + (query.isEmpty ? "" : "?" + query)
        let signer = APIGSigner(accessKey: accessKey, secretKey: secretKey ?? self.secretKey)
        guard let target = URL(string: urlText),
              let signable = APIGRequest(method: method, url: urlText, headers: headers.map { APIGRequest.Header($0.0, $0.1) },
                                         body: body) else {
            throw URLError(.badURL)
        }
        var request = URLRequest(url: target)
        request.httpMethod = method
        for header in signable.headers where header.name.lowercased() != "host" {
            request.setValue(header.value, forHTTPHeaderField: header.name)
        }
        for header in signer.sign(signable, date: Date()).headersToAdd {
            request.setValue(header.value, forHTTPHeaderField: header.name)
        }
        if !body.isEmpty { request.httpBody = Data(body) }
        let (data, response) = try await fetch(session, request)
        var fields: [String: String] = [:]
        for (name, value) in response.allHeaderFields {
            if let name = name as? String, let value = value as? String { fields[name.lowercased()] = value }
        }
        return Reply(status: response.statusCode, headers: fields, body: [UInt8](data))
    }

    /// Posts an action with its idempotency key (nil sends none).
    func post(_ route: ActionRoute, key: String?, body: String = "{}", secretKey: String? = nil) async throws -> Reply {
        var headers = [("Content-Type", "application/json")]
        if let key { headers.append((ActionRoute.idempotencyHeader, key)) }
        return try await send("POST", route.path, headers: headers, body: Array(body.utf8), secretKey: secretKey)
    }

    /// Puts one chunk of an upload.
    func putChunk(task: String, upload: String, offset: Int, bytes: ArraySlice<UInt8>, fileName: String,
                  size: Int, sha256: String) async throws -> Reply {
        let headers = [("Content-Type", "application/octet-stream"),
                       (ActionRoute.fileNameHeader, RFC3986.encode(fileName)),
                       (ActionRoute.fileSizeHeader, String(size)), (ActionRoute.fileSHA256Header, sha256)]
        return try await send("PUT", ActionRoute.upload(taskId: task, uploadId: upload).path, query: "offset=\(offset)",
                              headers: headers, body: Array(bytes))
    }

    func uploadStatus(task: String, upload: String) async throws -> Reply {
        try await send("GET", ActionRoute.upload(taskId: task, uploadId: upload).path)
    }

    /// Sets record `index` of `kind` into the state a test needs, through the world's own update.
    @discardableResult
    func craft(_ kind: EntityKind, at index: Int, _ change: (inout SellerRecord) -> Void) -> SellerRecord? {
        world.update(kind, at: index) { record, _ in change(&record) }
    }

    func task(at index: Int, node: SupervisionNode, scenario: SupervisionScenario = .general,
              flow: FlowKind = .standardManual) -> SupervisionTask? {
        let record = craft(.supervision, at: index) { record in
            guard case .supervision(var task) = record else { return }
            task.node = node
            task.scenario = scenario
            task.flowKind = flow
            record = .supervision(task)
        }
        guard case .supervision(let task)? = record else { return nil }
        return task
    }

    func ticket(at index: Int, status: TicketStatus) -> Ticket? {
        let record = craft(.tickets, at: index) { record in
            guard case .ticket(var ticket) = record else { return }
            ticket.status = status
            record = .ticket(ticket)
        }
        guard case .ticket(let ticket)? = record else { return nil }
        return ticket
    }

    /// A message in `state` whose automatic window is open or over.
    func message(at index: Int, state: ExceptionState, windowOpen: Bool = false,
                 activity: Activity? = nil) -> ProduceMessage? {
        let record = craft(.exceptions, at: index) { record in
            guard case .exception(var message) = record else { return }
            message.state = state
            // Open or closed as of the world's clock (the wall clock), not of the epoch the records were made at.
            message.windowEndsAt = self.world.clock().adding(seconds: windowOpen ? 10 * 86_400 : -3600)
            if let activity {
                message.activity = activity
                if activity == .newInstance { message.instanceId = nil }
            }
            record = .exception(message)
        }
        guard case .exception(let message)? = record else { return nil }
        return message
    }

    func current(_ kind: EntityKind, _ id: String) -> SellerRecord? { world.find(kind, id: id)?.record }
}

/// One answer as the test client received it.
struct Reply: Sendable {
    var status: Int
    var headers: [String: String]
    var body: [UInt8]

    var text: String { String(decoding: body, as: UTF8.self) }
    var error: APIErrorBody? { APIErrorBody.decode(body) }

    func record(_ kind: EntityKind) throws -> SellerRecord { try ActionWire.decodeResult(kind: kind, body: body) }
    func uploadStatus() throws -> UploadStatus { try ActionWire.decodeUploadStatus(body) }
}

/// A fresh idempotency key, shaped like the console's.
func newKey() -> String { "act-" + UUID().uuidString.lowercased() }
