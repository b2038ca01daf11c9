import MarketClient

/// An answer as the probe received it (status, lower-case header names, body): MarketClient's exchange.
public typealias ProbeReply = HTTPExchange

/// A call that got no answer, in words; `unreachable` when no connection could be made at all.
public struct ProbeFailure: Error, Sendable, Equatable {
    public var reason: String
    public var unreachable: Bool

    public init(reason: String, unreachable: Bool) {
        self.reason = reason
        self.unreachable = unreachable
    }
}

/// A case's outcome: pass, pass but slow (warn), or fail, with the reason in words.
public struct Judgement: Sendable, Equatable {
    public enum Verdict: String, Sendable {
        case pass
        case warn
        case fail
    }

    public var verdict: Verdict
    public var reason: String

    public init(verdict: Verdict, reason: String) {
        self.verdict = verdict
        self.reason = reason
    }

    public static func pass(_ reason: String) -> Judgement { Judgement(verdict: .pass, reason: reason) }
    public static func fail(_ reason: String) -> Judgement { Judgement(verdict: .fail, reason: reason) }
}

/// The published result codes (docs/KOOGALLERY.md §3.8).
public enum ResultCodes {
    public static let meanings: [String: String] = [
        "000000": "success", "000001": "authentication failed", "000002": "invalid parameter",
        "000003": "instance does not exist", "000004": "processing (async)", "000005": "other internal error",
        "000100": "no instance resource available", "000101": "mobile number empty or duplicate",
        "000102": "e-mail empty or duplicate", "000103": "product cannot be bought twice",
        "000104": "product internal service error", "000105": "account already subscribed",
        "000106": "sold out", "000107": "SaaS e-mail domain duplicate",
        "000900": "too little license quota", "000901": "outside the order's validity",
        "000902": "a period license needs an expiry date", "000903": "a fingerprint or hardware id is required",
    ]

    public static let success = "000000"
    public static let processing = "000004"
}
