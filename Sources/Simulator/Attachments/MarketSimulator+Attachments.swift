import Crypto
import MarketAPI
import SellerCore

extension MarketSimulator {
    /// Adds a file the simulator serves to task `taskId`'s requirement attachments or deliverables (the task is
    /// stamped as changed, so the next sync brings it). The record states `declaredSize` and `declaredSha256`
    /// when given, else the truth of `served`: a test makes a lying record this way. Nil when no such task.
    @discardableResult
    public func attach(_ served: ServedAttachment, fileName: String, role: AttachmentRole = .requirement,
                       to taskId: String, declaredSize: Int64? = nil, declaredSha256: String? = nil)
        -> SupervisionFile? {
        guard let found = world.find(.supervision, id: taskId) else { return nil }
        let fileId = attachments.newFileId()
        attachments.put(served, taskId: taskId, fileId: fileId)
        var added: SupervisionFile?
        world.update(.supervision, at: found.index) { record, now in
            guard case .supervision(var task) = record else { return }
            let file = SupervisionFile(
                fileName: fileName, size: declaredSize ?? Int64(served.bytes.count),
                sha256: declaredSha256 ?? SHA256.hexDigest(served.bytes),
                kind: role == .deliverable ? .other : nil, uploadedAt: now,
                downloadPath: AttachmentPath.path(taskId: taskId, fileId: fileId))
            switch role {
            case .requirement: task.requirementFiles.append(file)
            case .deliverable: task.deliverables.append(file)
            }
            added = file
            record = .supervision(task)
        }
        return added
    }

    /// Gives the first `count` supervision tasks one small requirement attachment each that the simulator
    /// really serves (for `--sample-attachments` and the demo): seeded files are only described.
    public func attachSamples(count: Int) {
        let total = world.count(of: .supervision)
        for index in 0..<min(max(0, count), total) {
            guard case .supervision(let task)? = world.record(.supervision, at: index) else { continue }
            let text = "需求说明 Requirement notes\n任务 Task \(task.taskId)\n订单 Order \(task.orderId)\n"
                + String(repeating: "请按附件中的步骤完成巡检。Follow the steps in this file.\n", count: 40 + index % 50)
            attach(ServedAttachment(bytes: Array(text.utf8)), fileName: "需求说明-\(task.taskId).txt", to: task.taskId)
        }
    }
}
