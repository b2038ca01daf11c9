import Foundation
import HTTPServer
import MarketAPI
import SellerCore
import Signing

/// Answers the seller gateway and the open APIs: checks the APIG signature, injects faults, and serves the
/// world's records.
final class GatewayRouter: Sendable {
    let world: World
    let configuration: SimulatorConfiguration
    let faults: FaultInjector
    let actions: ActionRouter
    /// Licenses handed back through the market-event upload.
    let licenses = LicenseDeliveries()
    /// Files served at their download path (requirement attachments and deliverables).
    let attachments = AttachmentStore()

    init(world: World, configuration: SimulatorConfiguration) {
        self.world = world
        self.configuration = configuration
        faults = FaultInjector(rate: configuration.faultRate, seed: configuration.seed)
        actions = ActionRouter(world: world, configuration: configuration)
    }

    func handle(_ request: HTTPRequest) -> HTTPHandlerResult {
        let fault = faults.draw()
        if let fault, fault.strikesBeforeHandling { return respond(to: fault) }
        let response = route(request)
        guard let fault else { return .response(response) }
        switch fault {
        case .reset: return .resetConnection
        case .stall: return .stall(seconds: configuration.stallSeconds)
        default: return .truncatedBody(response, sentBytes: response.body.count / 2)
        }
    }

    private func respond(to fault: InjectedFault) -> HTTPHandlerResult {
        let retryAfter: HTTPHeaders = ["Retry-After": String(configuration.retryAfterSeconds)]
        switch fault {
        case .unavailable:
            return .response(error(503, ResultCodes.serviceUnavailable, "service temporarily unavailable",
                                   headers: retryAfter))
        case .rateLimited:
            return .response(error(429, ResultCodes.rateLimited, "too many requests", headers: retryAfter))
        default:
            return .response(error(500, ResultCodes.internalError, "internal error"))
        }
    }

    func error(_ status: Int, _ code: String, _ message: String, headers: HTTPHeaders = [:]) -> HTTPResponse {
        .json(bytes: APIErrorBody(code: code, message: message).encoded(), status: status, headers: headers)
    }

    private func route(_ request: HTTPRequest) -> HTTPResponse {
        if let failure = authenticate(request) { return failure }
        let path = request.head.path
        if path.hasPrefix(GatewayPaths.gatewayBase) {
            return routeGateway(request, rest: String(path.dropFirst(GatewayPaths.gatewayBase.count)))
        }
        if path == GatewayPaths.queryOrder || path == GatewayPaths.queryOrder + "/" {
            return queryOrder(request)
        }
        if let eventId = GatewayPaths.marketEventId(rawPath: request.head.rawPath) {
            return MarketEventRoute(deliveries: licenses).handle(eventId: eventId, request)
        }
        return error(404, ResultCodes.notFound, "no such API: \(path)")
    }

    /// APIG signature check; nil when the request is authentic.
    private func authenticate(_ request: HTTPRequest) -> HTTPResponse? {
        let headers = request.head.headers.map { APIGRequest.Header($0.name, $0.value) }
        let payloadHash: String
        switch request.body {
        case .bytes(let bytes): payloadHash = FileDigest.sha256Hex(bytes)
        case .file(let url, _):
            guard let digest = try? FileDigest.sha256Hex(fileAt: url) else {
                return error(400, ResultCodes.invalidParameter, "unreadable body")
            }
            payloadHash = digest
        }
        let signed = APIGRequest(method: request.head.method, rawPath: request.head.rawPath,
                                 rawQuery: request.head.rawQuery ?? "", headers: headers, payloadHash: payloadHash)
        do {
            _ = try APIGVerifier.verify(signed, now: Date(timeIntervalSince1970: TimeInterval(world.clock().millis) / 1000)) {
                $0 == self.configuration.accessKey ? self.configuration.secretKey : nil
            }
            return nil
        } catch {
            return self.error(401, error.gatewayCode, error.description)
        }
    }

    private func routeGateway(_ request: HTTPRequest, rest: String) -> HTTPResponse {
        // Action routes are parsed from the path as sent: ids are percent-encoded there, so a literal `:` or
        // `/` is syntax, never part of an id.
        let rawPath = request.head.rawPath
        if let file = AttachmentPath.ids(rawPath: rawPath) {
            return AttachmentRoute(store: attachments, uploads: actions.uploads)
                .handle(owner: AttachmentRoute.owner(file.kind, id: file.id), fileId: file.fileId, request)
        }
        if rawPath.hasPrefix(GatewayPaths.gatewayBase),
           let action = ActionRoute(gatewayPath: String(rawPath.dropFirst(GatewayPaths.gatewayBase.count))) {
            return actions.handle(action, request)
        }
        if rawPath.hasPrefix(GatewayPaths.gatewayBase),
           let key = ActionOutcomeWire.idempotencyKey(gatewayPath: String(rawPath.dropFirst(GatewayPaths.gatewayBase.count))) {
            return actions.lookupOutcome(key: key, request)
        }
        let segments = rest.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        guard let first = segments.first, let kind = EntityKind(rawValue: first) else {
            return error(404, ResultCodes.notFound, "no such resource: \(rest)")
        }
        switch (request.head.method, segments.count) {
        case ("GET", 1): return list(kind, request)
        case ("GET", 2): return detail(kind, id: RFC3986.decode(segments[1]))
        case (_, 1), (_, 2): return error(405, ResultCodes.requestParameterError, "method not allowed")
        default: return error(404, ResultCodes.notFound, "no such resource: \(rest)")
        }
    }

    private func list(_ kind: EntityKind, _ request: HTTPRequest) -> HTTPResponse {
        var limit = GatewayPaths.maximumPageSize
        if let text = request.query("limit") {
            guard let value = Int(text), (1...GatewayPaths.maximumPageSize).contains(value) else {
                return error(400, ResultCodes.invalidParameter, "limit must be 1…\(GatewayPaths.maximumPageSize)")
            }
            limit = value
        }
        var cursor: PageCursor?
        if let token = request.query("page_token") {
            guard let parsed = PageCursor(token: token) else {
                return error(400, ResultCodes.invalidParameter, "page_token is not one this gateway issued")
            }
            cursor = parsed
        }
        var since: Timestamp?
        if let text = request.query("updated_since") {
            guard let parsed = Timestamp(koogallery: text) else {
                return error(400, ResultCodes.invalidParameter, "updated_since must be yyyyMMddHHmmssSSS")
            }
            since = parsed
        }
        let page = world.page(kind, after: cursor, since: since, limit: limit)
        let records = page.records.map(\.record)
        let next = records.last.map { PageCursor(updatedAt: $0.updatedAt, id: $0.id) } ?? cursor
        let indices = page.records.map(\.index)
        let body = ListPageWire.encode(kind: kind, items: records, nextCursor: next, hasMore: page.hasMore,
                                       total: world.count(of: kind)) {
            writer, position, record in
            HostilePlan.encode(record, spoiled: self.world.hostileKind(of: kind, at: indices[position]), into: &writer)
        }
        return .json(bytes: body)
    }

    private func detail(_ kind: EntityKind, id: String) -> HTTPResponse {
        guard let found = world.find(kind, id: id) else {
            return error(404, ResultCodes.notFound, "no \(kind.commandName) with id \(id)")
        }
        var writer = JSONWriter()
        HostilePlan.encode(found.record, spoiled: world.hostileKind(of: kind, at: found.index), into: &writer)
        return .json(bytes: writer.bytes)
    }

    /// The open API `GET order/query?orderId=…[&orderLineId=…]` (docs/KOOGALLERY.md §5.1).
    private func queryOrder(_ request: HTTPRequest) -> HTTPResponse {
        guard let orderId = request.query("orderId"), !orderId.isEmpty else {
            return error(400, "MKT.0101", "orderId is required")
        }
        guard let found = world.find(.orders, id: orderId), case .order(var order) = found.record else {
            return error(400, "MKT.0101", "order \(orderId) does not exist")
        }
        if let lineId = request.query("orderLineId") {
            order.lines = order.lines.filter { $0.orderLineId == lineId }
            if order.lines.isEmpty { return error(400, "MKT.0101", "order line \(lineId) does not exist") }
        }
        var writer = JSONWriter()
        writer.beginObject()
        writer.key("resultCode"); writer.appendString(ResultCodes.success)
        writer.comma(); writer.key("resultMsg"); writer.appendString("Success")
        writer.comma(); writer.key("orderInfo")
        OrderWire.encode(order, into: &writer)
        writer.endObject()
        return .json(bytes: writer.bytes)
    }
}
