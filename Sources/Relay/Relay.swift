import Foundation
import HTTPServer
import MarketClient
import SellerCore
import Synchronization

/// `seller-console relay`: an HTTP server in front of the seller's production interface that journals every
/// marketplace call and its answer, and never changes what either side gets (issue 12, Build §1–§3).
///
/// ```swift
/// let relay = Relay(configuration: RelayConfiguration(upstream: "https://isv.example.com/produce")) {
///     try LocalStore(path: storePath)          // opened on the relay's journal thread
/// }
/// let address = try relay.start()               // "127.0.0.1:PORT"
/// // … on SIGTERM:
/// let summary = relay.stop()                    // in-flight calls finish and are journalled
/// ```
public final class Relay: Sendable {
    public let configuration: RelayConfiguration
    private let openJournal: @Sendable () throws -> CallJournal
    private let writer: JournalWriter
    private let relayId: String
    private let state: Running

    public init(configuration: RelayConfiguration, journal: @escaping @Sendable () throws -> CallJournal) {
        self.configuration = configuration
        openJournal = journal
        writer = JournalWriter(capacity: configuration.journalQueueCapacity, onLoss: configuration.onLostWrite)
        relayId = "R" + CallIDs.stamp(configuration.nowMilliseconds()) + "-\(ProcessInfo.processInfo.processIdentifier)"
        state = Running()
    }

    /// Opens the journal, closes the calls a previous relay left unanswered, starts listening, and returns the
    /// address ("host:port"). A relay starts once.
    @discardableResult
    public func start() throws -> String {
        let client: MarketClient
        do {
            client = try MarketClient(validating: ClientConfiguration(baseURL: configuration.upstream, accessKey: "",
                                                                      secretKey: ""))
        } catch {
            throw RelayError.invalidUpstream(error.description)
        }
        let id = relayId, now = configuration.nowMilliseconds
        let heartbeat: JournalWriter.Write = { [state, writer] journal in
            let summary = state.summary(lost: writer.lostWrites)
            try journal.relayHeartbeat(id: id, calls: summary.calls, lostWrites: summary.lostWrites,
                                       at: Timestamp(millis: now()))
        }
        try writer.start(open: openJournal, timeout: 30, idle: heartbeat, every: configuration.heartbeatSeconds)
        let log = try configuration.journalLogDirectory.map { directory in
            try recoverLog(directory)
            return try JournalLog(directory: directory)
        }
        if let log { writer.use(log) }
        let closed = CountBox()
        writer.submit({ journal in closed.value = try journal.closeUnansweredCalls(at: Timestamp(millis: now())) },
                      wait: 30)
        let handler = RelayHandler(configuration: configuration, writer: writer,
                                   forwarder: UpstreamForwarder(client: client, timeout: configuration.upstreamTimeout,
                                                                responseLimit: configuration.upstreamResponseLimit),
                                   log: log)
        let server = HTTPServer(configuration: serverConfiguration()) { handler.handle($0) }
        do {
            try server.start()
        } catch {
            writer.finish(last: { _ in }, timeout: 5)
            throw RelayError.listen("\(error)")
        }
        let address = server.localAddress ?? "\(configuration.listenHost):\(server.port ?? 0)"
        let upstream = configuration.upstream
        writer.submit { journal in
            try journal.relayStarted(id: id, pid: Int(ProcessInfo.processInfo.processIdentifier), listen: address,
                                     upstream: upstream, at: Timestamp(millis: now()))
        }
        state.set(server: server, handler: handler, closedAtStart: closed.value)
        return address
    }

    /// Stops gracefully: no new calls, calls in flight finish (up to the upstream timeout) and are journalled,
    /// then the journal is drained and the relay's status row closed. Returns what the relay did.
    @discardableResult
    public func stop() -> RelaySummary {
        guard let server = state.takeServer() else { return summary }
        server.stop()
        let final = summary
        let id = relayId, now = configuration.nowMilliseconds
        writer.finish(last: { journal in
            try journal.relayStopped(id: id, calls: final.calls, lostWrites: final.lostWrites,
                                     at: Timestamp(millis: now()))
        }, timeout: 30)
        return summary
    }

    /// The counts so far.
    public var summary: RelaySummary { state.summary(lost: writer.lostWrites) }

    /// Carries what a killed relay's log holds and the store lacks into the store (arrivals and answers are
    /// idempotent there), then deletes the log's old segments; a segment stays when the store could not take it.
    private func recoverLog(_ directory: String) throws {
        do {
            try JournalLog.makeDirectory(directory)
        } catch {
            throw RelayError.journalOpen("\(error)")
        }
        let (records, segments) = JournalLog.recover(directory: directory)
        guard !segments.isEmpty else { return }
        let applied = CountBox()
        writer.submit({ journal in
            for record in records {
                switch record {
                case .arrival(let arrival): try journal.recordArrival(arrival)
                case .answer(let callId, let answer): try journal.recordAnswer(callId: callId, answer)
                }
            }
            applied.value = records.count
        }, wait: 120)
        if applied.value == records.count { JournalLog.remove(segments) }
    }

    private func serverConfiguration() -> HTTPServerConfiguration {
        var server = HTTPServerConfiguration(port: configuration.listenPort)
        server.bindAddress = configuration.listenHost
        server.maxActiveRequests = configuration.maxActiveRequests
        server.maxBodyBytes = configuration.bodyLimit
        server.spoolThreshold = configuration.bodyLimit + 1
        server.serverName = nil
        // In-flight calls may take the whole upstream timeout; stopping lets them finish.
        server.shutdownGracePeriod = configuration.upstreamTimeout + 5
        return server
    }
}

/// The running server and handler, set once by `start` and taken once by `stop`.
private final class Running: @unchecked Sendable {
    private let lock = NSLock()
    private var server: HTTPServer?
    private var handler: RelayHandler?
    private var closedAtStart = 0

    func set(server: HTTPServer, handler: RelayHandler, closedAtStart: Int) {
        lock.withLock {
            self.server = server
            self.handler = handler
            self.closedAtStart = closedAtStart
        }
    }

    func takeServer() -> HTTPServer? {
        lock.withLock {
            defer { server = nil }
            return server
        }
    }

    func summary(lost: Int) -> RelaySummary {
        lock.withLock {
            var summary = handler?.summary ?? RelaySummary()
            summary.lostWrites = lost
            summary.closedAtStart = closedAtStart
            return summary
        }
    }
}

/// A count handed from the writer's thread (calls closed, records recovered).
private final class CountBox: Sendable {
    private let count = Mutex(0)
    var value: Int {
        get { count.withLock { $0 } }
        set { count.withLock { $0 = newValue } }
    }
}
