import Localization
import SellerCore
import TermUI

/// How the 队列 tab shows outbox items: the table's columns and cells, the detail pane's fields, and the status
/// bar's upload line. States read as words with a role (failed = error, waiting = warn, done = ok, in flight =
/// pending), never by colour alone.
public enum OutboxPresentation {
    /// Index of the progress column, where the pane draws a `ProgressBar` over the empty cell.
    static let progressColumn = 6

    public static func columns(language: Language) -> [TableColumn] {
        let en = language == .en
        return [
            TableColumn.fixed("#", 6, alignment: .right),
            TableColumn(en ? "Action" : "操作", min: 8, max: en ? 19 : 14, flex: 1),
            TableColumn.fixed(en ? "State" : "状态", en ? 9 : 8),
            TableColumn.fixed(en ? "Tries" : "次数", en ? 5 : 4, alignment: .right),
            TableColumn(en ? "Target" : "对象", min: en ? 10 : 12, flex: 4),
            TableColumn(en ? "Error / next try" : "错误 / 下次尝试", min: 10, flex: 3),
            TableColumn.fixed(en ? "Progress" : "进度", 14),
        ]
    }

    public static func role(_ state: OutboxState) -> StyleRole {
        switch state {
        case .failed: .statusFailed
        case .waiting: .statusWarn
        case .done: .statusOk
        case .queued, .sending: .statusPending
        case .discarded: .statusClosed
        }
    }

    /// The action's label, or why the stored payload cannot be read.
    static func actionLabel(_ item: OutboxItem, _ language: Language) -> String {
        (item.payloadError == nil ? ActionName.of(item.action.kind) : ActionName.unreadable).text(language)
    }

    public static func row(_ item: OutboxItem, context: DisplayContext) -> TableRow {
        let cells = [
            "#\(item.id)",
            actionLabel(item, context.language),
            item.state.label(context.language),
            String(item.attempts),
            OutboxTargetText.text(item, context.language),
            note(item, context: context),
            "",
        ]
        return TableRow(cells, cellRoles: [nil, nil, role(item.state), nil, nil,
                                           item.state == .failed ? .statusFailed : nil, nil])
    }

    /// `下次 11-23 14:05 · 503 Service Unavailable` for a waiting item, the last error otherwise.
    static func note(_ item: OutboxItem, context: DisplayContext) -> String {
        let error = OutboxErrorText.reason(item).map {
            TextSanitizer.sanitize($0.text(context.language), limit: 300)
        }
        if item.state == .waiting, let next = item.nextAttemptAt {
            let when = Phrase(zh: "下次 ", en: "Next ").text(context.language)
                + LocalTimeFormat.compact(next, context: context)
            return when + (error.map { " · " + $0 } ?? "")
        }
        return error ?? NumberFormat.none
    }

    /// The detail pane's fields: the payload, the files with sizes, the idempotency key, every timestamp.
    public static func detail(_ item: OutboxItem, context: DisplayContext) -> [KeyValuePanel.Entry] {
        let language = context.language
        func entry(_ key: Phrase, _ value: String, role: StyleRole = .detailValue) -> KeyValuePanel.Entry {
            KeyValuePanel.Entry(key.text(language), value, role: role)
        }
        var entries: [KeyValuePanel.Entry] = [
            entry(RecordField.action, actionLabel(item, language) + " (\(item.action.kind.rawValue))"),
            entry(RecordField.status, item.state.label(language), role: role(item.state)),
            entry(OutboxText.target, OutboxTargetText.text(item, language)),
            entry(targetIdLabel(item.action.targetKind), TextSanitizer.sanitize(item.action.targetId)),
            entry(OutboxText.attempts, String(item.attempts)),
        ]
        if let error = item.payloadError {
            entries.append(entry(ActionName.unreadable, TextSanitizer.sanitize(error), role: .statusFailed))
        }
        entries += payload(item.action, context: context)
        if let progress = item.progress {
            let percent = Int((progress.fraction * 100).rounded(.down))
            entries.append(entry(OutboxText.uploadProgress, "\(percent)% · " + NumberFormat.bytes(progress.sentBytes)
                + " / " + NumberFormat.bytes(progress.totalBytes)))
        }
        entries.append(.section(OutboxText.times.text(language)))
        entries.append(entry(RecordField.createTime, LocalTimeFormat.second(item.createdAt, context: context)))
        entries.append(entry(RecordField.updatedAt, LocalTimeFormat.second(item.updatedAt, context: context)))
        entries.append(entry(OutboxText.nextAttempt, item.nextAttemptAt.map {
            LocalTimeFormat.second($0, context: context)
        } ?? NumberFormat.none))
        entries.append(entry(OutboxText.idempotencyKey, TextSanitizer.sanitize(item.idempotencyKey)))
        entries.append(entry(OutboxText.lastError, OutboxErrorText.reason(item)?.text(language) ?? NumberFormat.none,
                             role: item.lastError == nil ? .detailValue : .statusFailed))
        if let failure = item.failure, item.state == .failed {
            entries.append(entry(RecordField.failureReason, failureText(failure, language), role: .statusFailed))
        }
        return entries
    }

    /// A failure as recorded: its class, then the marketplace's status and code when it answered
    /// (`当前状态不允许 · HTTP 409 · TICKET.ILLEGAL_TRANSITION`).
    static func failureText(_ failure: ActionFailure, _ language: Language) -> String {
        let parts = [failure.kind.label(language), failure.httpStatus.map { "HTTP \($0)" },
                     failure.errorCode.map { TextSanitizer.sanitize($0, limit: 100) }]
        return parts.compactMap { $0 }.joined(separator: " · ")
    }

    static func targetIdLabel(_ kind: EntityKind) -> Phrase {
        switch kind {
        case .exceptions: RecordField.messageId
        case .supervision: RecordField.taskId
        case .tickets: RecordField.caseId
        case .orders: RecordField.orderId
        case .instances: RecordField.instanceId
        case .calls: RecordField.callId
        }
    }

    /// The action's own fields (reason, reply text, files…).
    static func payload(_ action: SellerAction, context: DisplayContext) -> [KeyValuePanel.Entry] {
        func text(_ value: String) -> String { TextSanitizer.sanitize(value, mode: .multiLine, limit: 4_000) }
        let language = context.language
        func entry(_ key: Phrase, _ value: String) -> KeyValuePanel.Entry { KeyValuePanel.Entry(key.text(language), value) }
        switch action {
        case .restart, .confirmRequirement, .acceptTicket, .replayMessage, .replayCall:
            return []
        case .deliverLicense(_, let eventId, let license):
            let what: KeyValuePanel.Entry = switch license {
            case .text: KeyValuePanel.Entry("License", SecretMask.placeholder(language))
            case .file(let file): entry(OutboxText.licenseFile, text(file.fileName) + " · sha256 " + file.sha256)
            }
            return [KeyValuePanel.Entry("eventId", text(eventId)), what]
        case .rejectRequirement(_, let reason):
            return [entry(RecordField.rejectReason, text(reason))]
        case .replyTicket(_, let content, let wait, let files):
            return [entry(RecordField.replyContent, text(content)),
                    entry(OutboxText.waitForCustomer, (wait ? RecordText.yes : RecordText.no).text(language))]
                + files.map { AttachmentText.outboxEntry($0, language: language) }
        case .resolveTicket(_, let cause, let solution):
            return [entry(RecordField.cause, text(cause)), entry(RecordField.solution, text(solution))]
        case .deliver(_, let files, let start):
            var entries = [entry(OutboxText.serviceStarted, start.map {
                LocalTimeFormat.minute($0, context: context)
            } ?? NumberFormat.none)]
            entries.append(.section(OutboxText.files(files.count, NumberFormat.bytes(action.uploadBytes)).text(language)))
            for file in files {
                entries.append(KeyValuePanel.Entry(file.kind.label(language), TextSanitizer.sanitize(file.fileName) + " · "
                    + NumberFormat.bytes(file.size) + " · sha256 " + String(file.sha256.prefix(16)) + "…"))
            }
            return entries
        }
    }

    /// `⇡ 上传 43% 验收报告.pdf`: the first upload in flight and the file its bytes have reached.
    public static func uploadText(_ uploads: [OutboxItem], language: Language) -> String? {
        guard let item = uploads.first, let progress = item.progress,
              let files = ReplyAttachments.uploadedFiles(item.action) else { return nil }
        var remaining = progress.sentBytes
        var current = files.last?.fileName ?? ""
        for file in files {
            if remaining < file.size {
                current = file.fileName
                break
            }
            remaining -= file.size
        }
        let percent = Int((progress.fraction * 100).rounded(.down))
        let more = uploads.count > 1 ? " +\(uploads.count - 1)" : ""
        return "⇡ " + OutboxText.uploading(percent).text(language) + " " + TextSanitizer.sanitize(current, limit: 40) + more
    }
}
