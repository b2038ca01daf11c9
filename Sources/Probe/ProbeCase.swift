/// One test case: the call the marketplace would make, how it is signed, and what a correct server answers.
public struct ProbeCase: Sendable {
    public let name: String
    public let activity: String
    public let signing: ProbeSigning
    public let expectation: ProbeExpectation
    /// The call's fields besides `activity` and `testFlag`, from the run's ids and what earlier answers returned.
    let fields: @Sendable (ProbeState) -> [(String, String)]

    init(_ name: String, _ activity: String, signing: ProbeSigning = .valid, expect expectation: ProbeExpectation,
         fields: @escaping @Sendable (ProbeState) -> [(String, String)]) {
        self.name = name
        self.activity = activity
        self.signing = signing
        self.expectation = expectation
        self.fields = fields
    }

    /// Every field of the call, in the order sent: `activity`, the case's own fields, `testFlag=1`.
    public func parameters(_ state: ProbeState) -> [(String, String)] {
        [("activity", activity)] + fields(state) + [("testFlag", "1")]
    }
}

/// How a case signs its call: as the marketplace does, or in one of the ways a correct server must refuse.
public enum ProbeSigning: String, Sendable, Equatable {
    case valid
    /// No signature at all.
    case unsigned
    /// Signed with another key.
    case wrong
    /// Signed correctly, ten minutes ago (outside the 60 s window of §4.5).
    case stale
}

/// What a correct server answers a case with.
public enum ProbeExpectation: Sendable, Equatable {
    /// `resultCode` `000000` (or `000004` where the activity may finish asynchronously) and the listed fields.
    case success(ProbeRequirements, asyncAllowed: Bool)
    /// Anything but success: the call must not be accepted.
    case refusal
}

/// The fields an answer must carry beyond `resultCode` and `resultMsg`.
public struct ProbeRequirements: OptionSet, Sendable, Hashable {
    public let rawValue: Int
    public init(rawValue: Int) { self.rawValue = rawValue }

    /// `instanceId` (create).
    public static let instanceId = ProbeRequirements(rawValue: 1)
    /// `appInfo` with `frontEndUrl` (V1 create).
    public static let appInfo = ProbeRequirements(rawValue: 2)
    /// `info[]` with an entry for the instance and its `appInfo.frontEndUrl` (query).
    public static let queryInfo = ProbeRequirements(rawValue: 4)
    /// The same `instanceId` as the first create (idempotency).
    public static let sameInstance = ProbeRequirements(rawValue: 8)
}
