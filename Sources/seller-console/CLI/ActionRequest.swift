import ConsoleRuntime
import ConsoleUI
import CommandArguments
import Foundation
import SellerCore

/// Turns a command line into the seller actions it asks for, reading files it names (reasons, messages,
/// deliverables) and measuring deliverables (size and streamed SHA-256) as the console's file picker does.
enum ActionRequest {
    struct Problem: Error, CustomStringConvertible { var description: String }

    /// The commands that queue a seller action, one per verb the switch below knows.
    static let verbs = ["retry", "confirm", "reject", "deliver", "ticket", "replay", "deliver-license"]

    static func actions(verb: String, positionals: [String], options: Arguments) throws -> [SellerAction] {
        func single(_ name: String) throws -> String {
            guard positionals.count == 1, let id = positionals.first, !id.isEmpty else {
                throw Problem(description: "\(verb) takes exactly one \(name)")
            }
            return id
        }
        switch verb {
        case "retry":
            guard !positionals.isEmpty else { throw Problem(description: "retry needs at least one message id") }
            return positionals.map { SellerAction.restart(messageId: $0) }
        case "replay":
            // `J-…` are journal messages (their newest marketplace call is re-sent); anything else is a call id.
            guard !positionals.isEmpty else { throw Problem(description: "replay needs at least one message or call id") }
            return positionals.map { $0.hasPrefix("J-") ? .replayMessage(messageId: $0) : .replayCall(callId: $0) }
        case "deliver-license":
            // The call id is filled in from the journal by `ActionCommand` (it needs the store).
            return [.deliverLicense(callId: "", eventId: try single("event id"), license: try license(options))]
        case "confirm":
            return [.confirmRequirement(taskId: try single("task id"))]
        case "reject":
            let reason = try text(options, "--reason", "--reason-file", what: "a reason")
            return [.rejectRequirement(taskId: try single("task id"), reason: reason)]
        case "deliver":
            let files = try options.all("--file").map(deliverable)
            guard !files.isEmpty else { throw Problem(description: "deliver needs at least one --file") }
            let start = try options.value("--start").map(startTime)
            return [.deliver(taskId: try single("task id"), files: files, actualStart: start)]
        case "ticket":
            guard positionals.count == 2 else {
                throw Problem(description: "ticket takes a verb (accept, reply, resolve) and a case id")
            }
            let caseId = positionals[1]
            switch positionals[0] {
            case "accept": return [.acceptTicket(caseId: caseId)]
            case "reply":
                let content = try text(options, "--message", "--message-file", what: "a message")
                // `--file PATH` (repeatable): attachments, measured now and uploaded before the reply is sent.
                let files = try options.all("--file").map { try deliverable($0) }.map { file in
                    DeliverableUpload(path: file.path, fileName: file.fileName, size: file.size, sha256: file.sha256,
                                      kind: .other)
                }
                return [.replyTicket(caseId: caseId, content: content, waitForCustomer: options.has("--wait-customer"),
                                     files: files)]
            case "resolve":
                guard let cause = options.value("--cause"), let solution = options.value("--solution") else {
                    throw Problem(description: "ticket resolve needs --cause and --solution")
                }
                return [.resolveTicket(caseId: caseId, cause: try nonEmpty(cause, "--cause"),
                                       solution: try nonEmpty(solution, "--solution"))]
            default:
                throw Problem(description: "unknown ticket verb \(positionals[0]); use accept, reply or resolve")
            }
        default:
            throw Problem(description: "unknown action \(verb)")
        }
    }

    private static func text(_ options: Arguments, _ inline: String, _ file: String, what: String) throws -> String {
        if let value = options.value(inline) { return try nonEmpty(value, inline) }
        if let path = options.value(file) {
            guard let data = FileManager.default.contents(atPath: path) else {
                throw Problem(description: "cannot read \(path)")
            }
            return try nonEmpty(String(decoding: data, as: UTF8.self), "\(file) \(path)")
        }
        throw Problem(description: "give \(what) with \(inline) or \(file)")
    }

    /// A required text that is empty or only blanks is a mistake on the command line (exit 2), not a state the
    /// marketplace refuses: say so before anything is queued.
    private static func nonEmpty(_ text: String, _ option: String) throws -> String {
        guard !text.allSatisfy(\.isWhitespace) else { throw Problem(description: "\(option) must not be empty") }
        return text
    }

    /// `--file F` (measured now: size and SHA-256) or `--text S`, not both.
    private static func license(_ options: Arguments) throws -> LicenseDelivery {
        switch (options.value("--file"), options.value("--text")) {
        case (let path?, nil):
            switch FileInspector().measure(path) {
            case .measured(let size, let sha256):
                let url = URL(fileURLWithPath: path).standardizedFileURL
                return .file(LicenseFile(path: url.path, fileName: url.lastPathComponent, size: size, sha256: sha256))
            case .refused(let reason):
                throw Problem(description: "\(path): " + reason.phrase.text(CommandLanguage.current))
            }
        case (nil, let text?):
            guard !text.isEmpty else { throw Problem(description: "--text must not be empty") }
            return .text(text)
        default:
            throw Problem(description: "deliver-license needs --file PATH or --text TEXT (one of them)")
        }
    }

    /// `PATH[:KIND]`: the file measured now, so the upload can prove it sent exactly this content.
    static func deliverable(_ argument: String) throws -> DeliverableUpload {
        var path = argument
        var kind = DeliverableKind.acceptance
        if let colon = argument.lastIndex(of: ":") {
            let suffix = String(argument[argument.index(after: colon)...])
            if let named = DeliverableKind(rawValue: suffix.uppercased()) {
                path = String(argument[..<colon])
                kind = named
            } else if !FileManager.default.fileExists(atPath: argument) {
                // Not a file whose name has a colon: a mistyped kind, which must not upload as ACCEPTANCE.
                let valid = DeliverableKind.allCases.map { "\($0.rawValue) (\($0.label))" }.joined(separator: ", ")
                let what = suffix.isEmpty ? "no kind after ':'" : "unknown kind \(suffix)"
                throw Problem(description: "\(what) in --file \(argument); valid: \(valid)")
            }
        }
        // Measured as the console's file picker measures it, with the same refusals (missing, a directory…).
        switch FileInspector().measure(path) {
        case .measured(let size, let sha256):
            return DeliverableUpload(path: URL(fileURLWithPath: path).standardizedFileURL.path,
                                     fileName: URL(fileURLWithPath: path).lastPathComponent,
                                     size: size, sha256: sha256, kind: kind)
        case .refused(let reason):
            throw Problem(description: "\(path): " + reason.phrase.text(CommandLanguage.current))
        }
    }

    /// `yyyy-MM-dd HH:mm` in local time, or `yyyyMMddHHmmss` UTC.
    static func startTime(_ text: String) throws -> Timestamp {
        if let utc = Timestamp(koogallery: text) { return utc }
        let digits = text.filter(\.isNumber)
        guard digits.count == 12, let local = Timestamp(koogallery: digits + "00") else {
            throw Problem(description: "--start must be \"yyyy-MM-dd HH:mm\" (local time) or yyyyMMddHHmmss (UTC)")
        }
        let offset = TimeZone.current.secondsFromGMT(for: Date(timeIntervalSince1970: Double(local.millis) / 1000))
        return local.adding(seconds: -Int64(offset))
    }
}
