import SellerCore
import TermUI

/// How the 队列 tab shows outbox items: the table's columns and cells, the detail pane's fields, and the status
/// bar's upload line. States read as words with a role (failed = error, waiting = warn, done = ok, in flight =
/// pending), never by colour alone.
public enum OutboxPresentation {
    /// Index of the progress column, where the pane draws a `ProgressBar` over the empty cell.
    static let progressColumn = 6

    public static let columns: [TableColumn] = [
        TableColumn.fixed("#", 6, alignment: .right),
        TableColumn("操作", min: 8, max: 14, flex: 1),
        TableColumn.fixed("状态", 8),
        TableColumn.fixed("次数", 4, alignment: .right),
        TableColumn("对象", min: 12, flex: 4),
        TableColumn("错误 / 下次尝试", min: 10, flex: 3),
        TableColumn.fixed("进度", 14),
    ]

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
    static func actionLabel(_ item: OutboxItem) -> String {
        item.payloadError == nil ? item.action.kind.label : "无法读取"
    }

    public static func row(_ item: OutboxItem, context: DisplayContext) -> TableRow {
        let cells = [
            "#\(item.id)",
            actionLabel(item),
            item.state.label,
            String(item.attempts),
            TextSanitizer.sanitize(item.targetLabel),
            note(item, context: context),
            "",
        ]
        return TableRow(cells, cellRoles: [nil, nil, role(item.state), nil, nil,
                                           item.state == .failed ? .statusFailed : nil, nil])
    }

    /// `下次 11-23 14:05 · 503 Service Unavailable` for a waiting item, the last error otherwise.
    static func note(_ item: OutboxItem, context: DisplayContext) -> String {
        let error = item.lastError.map { TextSanitizer.sanitize($0, limit: 300) }
        if item.state == .waiting, let next = item.nextAttemptAt {
            return "下次 " + LocalTimeFormat.compact(next, context: context) + (error.map { " · " + $0 } ?? "")
        }
        return error ?? NumberFormat.none
    }

    /// The detail pane's fields: the payload, the files with sizes, the idempotency key, every timestamp.
    public static func detail(_ item: OutboxItem, context: DisplayContext) -> [KeyValuePanel.Entry] {
        var entries: [KeyValuePanel.Entry] = [
            KeyValuePanel.Entry("操作", actionLabel(item) + " (\(item.action.kind.rawValue))"),
            KeyValuePanel.Entry("状态", item.state.label, role: role(item.state)),
            KeyValuePanel.Entry("对象", TextSanitizer.sanitize(item.targetLabel)),
            KeyValuePanel.Entry(targetIdLabel(item.action.targetKind), TextSanitizer.sanitize(item.action.targetId)),
            KeyValuePanel.Entry("尝试次数", String(item.attempts)),
        ]
        if let error = item.payloadError {
            entries.append(KeyValuePanel.Entry("无法读取", TextSanitizer.sanitize(error), role: .statusFailed))
        }
        entries += payload(item.action, context: context)
        if let progress = item.progress {
            let percent = Int((progress.fraction * 100).rounded(.down))
            entries.append(KeyValuePanel.Entry("上传进度", "\(percent)% · " + NumberFormat.bytes(progress.sentBytes)
                + " / " + NumberFormat.bytes(progress.totalBytes)))
        }
        entries.append(.section("时间 Times"))
        entries.append(KeyValuePanel.Entry("创建时间", LocalTimeFormat.second(item.createdAt, context: context)))
        entries.append(KeyValuePanel.Entry("更新时间", LocalTimeFormat.second(item.updatedAt, context: context)))
        entries.append(KeyValuePanel.Entry("下次尝试", item.nextAttemptAt.map {
            LocalTimeFormat.second($0, context: context)
        } ?? NumberFormat.none))
        entries.append(KeyValuePanel.Entry("幂等键", TextSanitizer.sanitize(item.idempotencyKey)))
        entries.append(KeyValuePanel.Entry("最近错误", item.lastError.map {
            TextSanitizer.sanitize($0, mode: .multiLine, limit: 4_000)
        } ?? NumberFormat.none, role: item.lastError == nil ? .detailValue : .statusFailed))
        if let failure = item.failure, item.state == .failed {
            entries.append(KeyValuePanel.Entry("失败原因", failureText(failure), role: .statusFailed))
        }
        return entries
    }

    /// A failure as recorded: its class, then the marketplace's status and code when it answered
    /// (`当前状态不允许 · HTTP 409 · TICKET.ILLEGAL_TRANSITION`).
    static func failureText(_ failure: ActionFailure) -> String {
        let parts = [failure.kind.label, failure.httpStatus.map { "HTTP \($0)" },
                     failure.errorCode.map { TextSanitizer.sanitize($0, limit: 100) }]
        return parts.compactMap { $0 }.joined(separator: " · ")
    }

    static func targetIdLabel(_ kind: EntityKind) -> String {
        switch kind {
        case .exceptions: "消息ID"
        case .supervision: "任务ID"
        case .tickets: "工单号"
        case .orders: "订单号"
        case .instances: "实例ID"
        case .calls: "调用ID"
        }
    }

    /// The action's own fields (reason, reply text, files…).
    static func payload(_ action: SellerAction, context: DisplayContext) -> [KeyValuePanel.Entry] {
        func text(_ value: String) -> String { TextSanitizer.sanitize(value, mode: .multiLine, limit: 4_000) }
        switch action {
        case .restart, .confirmRequirement, .acceptTicket, .replayMessage, .replayCall:
            return []
        case .deliverLicense(_, let eventId, let license):
            let what: KeyValuePanel.Entry = switch license {
            case .text: KeyValuePanel.Entry("License", SecretMask.placeholder)
            case .file(let file): KeyValuePanel.Entry("License文件", text(file.fileName) + " · sha256 " + file.sha256)
            }
            return [KeyValuePanel.Entry("eventId", text(eventId)), what]
        case .rejectRequirement(_, let reason):
            return [KeyValuePanel.Entry("驳回原因", text(reason))]
        case .replyTicket(_, let content, let wait, let files):
            return [KeyValuePanel.Entry("留言", text(content)),
                    KeyValuePanel.Entry("待客户反馈", wait ? "是" : "否")]
                + files.map { AttachmentText.outboxEntry($0, language: context.language) }
        case .resolveTicket(_, let cause, let solution):
            return [KeyValuePanel.Entry("出现原因", text(cause)), KeyValuePanel.Entry("解决方案", text(solution))]
        case .deliver(_, let files, let start):
            var entries = [KeyValuePanel.Entry("服务实际开通", start.map {
                LocalTimeFormat.minute($0, context: context)
            } ?? NumberFormat.none)]
            entries.append(.section("文件 Files (\(files.count), \(NumberFormat.bytes(action.uploadBytes)))"))
            for file in files {
                entries.append(KeyValuePanel.Entry(file.kind.label, TextSanitizer.sanitize(file.fileName) + " · "
                    + NumberFormat.bytes(file.size) + " · sha256 " + String(file.sha256.prefix(16)) + "…"))
            }
            return entries
        }
    }

    /// `⇡ 上传 43% 验收报告.pdf`: the first upload in flight and the file its bytes have reached.
    public static func uploadText(_ uploads: [OutboxItem]) -> String? {
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
        return "⇡ 上传 \(percent)% " + TextSanitizer.sanitize(current, limit: 40) + more
    }
}
