import SellerCore

/// One case's result: the verdict, the time the answer took, and the exchange (for `--verbose`).
public struct ProbeResult: Sendable {
    public let caseName: String
    public let judgement: Judgement
    public let seconds: Double
    public let request: ProbeRequest
    public let answer: Result<ProbeReply, ProbeFailure>
}

/// Sends a family's cases in order, carrying the `instanceId` create returned into the later calls, and judges
/// each answer. If the first call cannot reach the server at all, the run stops there.
public struct ProbeRunner: Sendable {
    public var family: ProbeFamily
    public var accessKey: String
    public var timeout: Double
    public var transport: any ProbeTransport

    public init(family: ProbeFamily, accessKey: String, timeout: Double, transport: any ProbeTransport) {
        self.family = family
        self.accessKey = accessKey
        self.timeout = timeout
        self.transport = transport
    }

    /// Runs `cases` (all of the family's when empty); `progress` is told before each case and `finished` after it.
    public func run(_ cases: [ProbeCase], state initial: ProbeState,
                    progress: @Sendable (_ index: Int, _ count: Int, _ name: String) -> Void = { _, _, _ in },
                    finished: @Sendable (ProbeResult) -> Void = { _ in }) async throws -> [ProbeResult] {
        let chosen = cases.isEmpty ? family.cases : cases
        let judge = ProbeJudge(accessKey: accessKey, scheme: family.scheme, timeout: timeout)
        var state = initial
        var results: [ProbeResult] = []
        for (index, probeCase) in chosen.enumerated() {
            progress(index, chosen.count, probeCase.name)
            let request = ProbeRequestBuilder.build(probeCase, scheme: family.scheme, state: state,
                                                    accessKey: accessKey, nonce: try ProbeRequestBuilder.randomNonce())
            let clock = ContinuousClock()
            let started = clock.now
            let answer = await transport.exchange(request, timeout: timeout)
            let elapsed = started.duration(to: clock.now).components
            let seconds = Double(elapsed.seconds) + Double(elapsed.attoseconds) / 1e18
            let judgement = judge.judge(probeCase, answer: answer, seconds: seconds,
                                        firstInstanceId: state.createdInstanceId, instanceId: state.instanceId)
            if probeCase.name == "create", case .success(let reply) = answer,
               let returned = ProbeRunner.instanceId(in: reply) {
                state.instanceId = returned
                state.createdInstanceId = returned
            }
            let result = ProbeResult(caseName: probeCase.name, judgement: judgement, seconds: seconds,
                                     request: request, answer: answer)
            results.append(result)
            finished(result)
            if index == 0, case .failure(let failure) = answer, failure.unreachable { break }
        }
        return results
    }

    /// The `instanceId` string of a JSON answer, if any.
    static func instanceId(in reply: ProbeReply) -> String? {
        guard let value = try? JSONParser.parse(reply.body), case .object(let members) = value,
              case .string(let id)? = ProbeAnswer.member("instanceId", of: members), !id.isEmpty else { return nil }
        return id
    }

    /// 0 when every case passed (warnings included), 1 when one failed, 3 when the server could not be reached
    /// at all (every answer a connection failure).
    public static func exitCode(_ results: [ProbeResult]) -> Int32 {
        let unreachable = results.allSatisfy { result in
            if case .failure(let failure) = result.answer { return failure.unreachable }
            return false
        }
        if !results.isEmpty && unreachable { return 3 }
        return results.contains { $0.judgement.verdict == .fail } ? 1 : 0
    }
}
