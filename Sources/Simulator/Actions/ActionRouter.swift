import HTTPServer
import MarketAPI
import SellerCore

/// Answers the seller gateway's action routes (Assets/api/seller-gateway.md, "Actions"): the seven `POST` actions
/// behind `Idempotency-Key`, applied through SellerCore's state machines, and the resumable upload routes.
final class ActionRouter: Sendable {
    /// Largest JSON body an action takes; larger ones are refused (413) before they are read.
    static let maximumBodyBytes = 1 << 20
    /// Header marking an answer that repeats a remembered one.
    static let replayHeader = "Idempotent-Replayed"

    let world: World
    let ledger = ActionLedger()
    let idempotency = IdempotencyStore()
    let uploads: UploadStore
    private let applier: RecordApplier
    private let restarts: RestartRunner
    private let deliveries: DeliverySubmission

    init(world: World, configuration: SimulatorConfiguration) {
        self.world = world
        uploads = UploadStore(directory: configuration.uploadDirectory)
        applier = RecordApplier(world: world, ledger: ledger)
        let production = configuration.productionURL.map {
            ProductionCaller(baseURL: $0, accessKey: configuration.productionKey ?? configuration.accessKey,
                             timeout: configuration.productionTimeoutSeconds)
        }
        restarts = RestartRunner(applier: applier, production: production, seed: configuration.seed)
        deliveries = DeliverySubmission(applier: applier, uploads: uploads)
    }

    /// The body limit of an action route, for the server's per-route hook; nil for other paths.
    static func bodyLimit(for head: HTTPRequestHead) -> Int? {
        guard head.rawPath.hasPrefix(GatewayPaths.gatewayBase),
              let route = ActionRoute(gatewayPath: String(head.rawPath.dropFirst(GatewayPaths.gatewayBase.count))) else {
            return nil
        }
        if route.isUpload { return ActionRoute.maximumChunkBytes }
        return maximumBodyBytes
    }

    func handle(_ route: ActionRoute, _ request: HTTPRequest) -> HTTPResponse {
        if case .upload(let taskId, let uploadId) = route {
            return upload(.supervision, id: taskId, uploadId: uploadId, request)
        }
        if case .ticketUpload(let caseId, let uploadId) = route {
            return upload(.tickets, id: caseId, uploadId: uploadId, request)
        }
        guard request.head.method == "POST" else { return ActionRefusal.methodNotAllowed(allow: "POST").response }
        guard let key = request.head.headers[ActionRoute.idempotencyHeader] else {
            return ActionRefusal.badRequest("\(ActionRoute.idempotencyHeader): missing").response
        }
        guard IdempotencyStore.isValidKey(key) else {
            return ActionRefusal.badRequest(
                "\(ActionRoute.idempotencyHeader): 1–128 characters of A–Z a–z 0–9 - _ . expected").response
        }
        guard request.body.byteCount <= Self.maximumBodyBytes else {
            return ActionRefusal(status: 413, code: ResultCodes.payloadTooLarge,
                                 message: "an action body may have at most \(Self.maximumBodyBytes) bytes").response
        }
        let body: [UInt8]
        do {
            body = try request.body.readAll()
        } catch {
            return ActionRefusal.internalError("unreadable body: \(error)").response
        }
        switch idempotency.claim(key: key, fingerprint: Self.fingerprint(route, body)) {
        case .replay(var answer):
            answer.headers.set(Self.replayHeader, "true")
            return answer
        case .mismatch:
            return ActionRefusal(status: 422, code: ResultCodes.idempotencyMismatch,
                                 message: "Idempotency-Key \(key) was used with another route or body").response
        case .busy:
            return ActionRefusal(status: 503, code: ResultCodes.serviceUnavailable,
                                 message: "the first request with Idempotency-Key \(key) is still being processed",
                                 headers: ["Retry-After": "1"]).response
        case .abandoned:
            return ActionRefusal.abandoned(key: key).response
        case .fresh:
            let answer: HTTPResponse
            do {
                answer = .json(bytes: ActionWire.resultBody(try perform(route, key: key, body: body)))
            } catch {
                answer = error.response
            }
            idempotency.finish(key: key, answer: answer)
            return answer
        }
    }

    /// What a key is bound to: the route (with its target) and the body's digest; an empty body counts as `{}`.
    static func fingerprint(_ route: ActionRoute, _ body: [UInt8]) -> String {
        route.path + " " + FileDigest.sha256Hex(body.isEmpty ? Array("{}".utf8) : body)
    }

    private func perform(_ route: ActionRoute, key: String, body: [UInt8]) throws(ActionRefusal) -> SellerRecord {
        switch route {
        case .restart:
            return try restarts.run(route, key: key, body: body)
        case .submitDeliverables(let taskId):
            return try deliveries.run(route, taskId: taskId, key: key, body: body)
        case .confirmRequirement:
            try ActionBodies.empty(body)
            return try supervise(route, key: key, .sellerConfirmRequirement)
        case .rejectRequirement:
            return try supervise(route, key: key, try ActionBodies.rejectReason(body))
        case .acceptTicket:
            try ActionBodies.empty(body)
            return try handleTicket(route, key: key, .sellerAccept)
        case .replyTicket(let caseId):
            let attachments = try TicketAttachments(uploads: uploads).verified(body, caseId: caseId)
            return try handleTicket(route, key: key, try ActionBodies.reply(body), attachments: attachments)
        case .resolveTicket:
            return try handleTicket(route, key: key, try ActionBodies.resolve(body))
        case .upload, .ticketUpload:
            throw .methodNotAllowed(allow: "GET, PUT")
        }
    }

    private func supervise(_ route: ActionRoute, key: String, _ action: SupervisionAction)
        throws(ActionRefusal) -> SellerRecord {
        try applier.apply(route, key: key) { record, now throws(ActionRefusal) in
            guard case .supervision(var task) = record else { throw .notFound("not a supervision task") }
            do throws(TransitionError) {
                try SupervisionFlow.apply(action, to: &task, at: now)
            } catch {
                throw .illegal(error)
            }
            record = .supervision(task)
        }
    }

    /// `attachments` go on the message the action adds (a reply's files).
    private func handleTicket(_ route: ActionRoute, key: String, _ action: TicketAction,
                              attachments: [SupervisionFile] = []) throws(ActionRefusal) -> SellerRecord {
        let index = world.find(.tickets, id: route.target.id)?.index ?? 0
        return try applier.apply(route, key: key) { record, now throws(ActionRefusal) in
            guard case .ticket(var ticket) = record else { throw .notFound("not a ticket") }
            do throws(TransitionError) {
                try TicketFlow.apply(action, to: &ticket, at: now, messageId: "\(index)-\(ticket.messages.count + 1)")
            } catch {
                throw .illegal(error)
            }
            if !attachments.isEmpty, !ticket.messages.isEmpty {
                ticket.messages[ticket.messages.count - 1].attachments = attachments
            }
            record = .ticket(ticket)
        }
    }

    /// An upload for a supervision task's delivery or a ticket reply, kept under its record's owner key.
    private func upload(_ kind: EntityKind, id: String, uploadId: String, _ request: HTTPRequest) -> HTTPResponse {
        let taskId = AttachmentRoute.owner(kind, id: id)
        do throws(ActionRefusal) {
            let status: UploadStatus
            switch request.head.method {
            case "GET":
                status = try uploads.status(taskId: taskId, uploadId: uploadId)
            case "PUT":
                let chunk = try UploadRequest(request)
                guard world.find(kind, id: id) != nil else {
                    throw .notFound("no \(kind.commandName) with id \(id)")
                }
                status = try uploads.put(taskId: taskId, uploadId: uploadId, description: chunk.description,
                                         offset: chunk.offset, body: request.body, now: world.clock())
            default:
                throw .methodNotAllowed(allow: "GET, PUT")
            }
            return .json(bytes: ActionWire.uploadStatusBody(status))
        } catch {
            return error.response
        }
    }
}
