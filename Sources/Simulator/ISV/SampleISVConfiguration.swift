import Crypto
import Foundation
import HTTPServer

/// How a `SampleProductionInterface` behaves: a value, so tests and `koosim isv` build it the same way.
public struct SampleISVConfiguration: Sendable {
    /// The access key calls are signed with and sensitive fields are encrypted with. Never printed.
    public var accessKey: String
    public var interface: ISVInterface
    /// Misbehaviours applied to every call.
    public var misbehaviours: Set<ISVMisbehaviour> = []
    /// Share of calls (0…1) that get one extra misbehaviour, drawn with `seed`.
    public var failRate: Double = 0
    public var seed: UInt64 = 1
    /// The loopback port; 0 picks a free one.
    public var port: UInt16 = 0
    /// How long `slow` holds an answer: past the marketplace's 20 s timeout by default; tests shrink it.
    public var slowDelay: TimeInterval = 21
    /// The `encryptType` queries and V1 creates return, which selects the AES key size of `userName`/`password`.
    public var encryptType: SensitiveField.EncryptType = .aes256
    /// The clock V2 timestamps are checked against, in unix milliseconds.
    public var nowMilliseconds: @Sendable () -> Int64 = { Int64(Date().timeIntervalSince1970 * 1000) }
    /// Told each call's raw query and the answer sent for it (tests compare it with what the caller received).
    public var answerTap: (@Sendable (_ rawQuery: String?, _ response: HTTPResponse) -> Void)?

    public init(accessKey: String, interface: ISVInterface = .saasV2) {
        self.accessKey = accessKey
        self.interface = interface
    }
}
