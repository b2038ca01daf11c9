import SellerCore

/// What an activity answers before any misbehaviour: the result code and message, and the extra members.
struct ISVAnswer: Equatable {
    var code: String
    var message: String
    var members: [JSONMember] = []

    static let success = "000000"

    static func ok(_ members: [JSONMember] = []) -> ISVAnswer { ISVAnswer(code: success, message: "success", members: members) }
    static func unauthenticated(_ why: String) -> ISVAnswer { ISVAnswer(code: "000001", message: "authentication failed: \(why)") }
    static func invalid(_ why: String) -> ISVAnswer { ISVAnswer(code: "000002", message: "invalid parameter: \(why)") }
    static func unknown(_ what: String) -> ISVAnswer { ISVAnswer(code: "000003", message: "\(what) does not exist") }
    static func internalError(_ why: String) -> ISVAnswer { ISVAnswer(code: "000005", message: "internal error: \(why)") }

    /// The whole answer as JSON members, `resultCode` and `resultMsg` first.
    var object: [JSONMember] {
        [JSONMember("resultCode", .string(code)), JSONMember("resultMsg", .string(message))] + members
    }
}
