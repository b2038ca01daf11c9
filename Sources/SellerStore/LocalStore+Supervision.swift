import SellerCore

extension LocalStore {
    /// `rowid` nil: a new record gets the next rowid; a replaced one passes its old rowid (`upsert`).
    func insert(_ task: SupervisionTask, rowid: Int64? = nil) throws {
        let productName = try sharedTextID(task.productName), customerName = try sharedTextID(task.customerName)
        try db.cachedStatement("""
            INSERT OR FAIL INTO supervision_tasks(rowid, task_id, order_id, product_name_ref, customer_name_ref,
                flow_kind,
                scenario, node, node_since, reject_count, requirement_text, actual_service_start_time, updated_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """).execute([
                SQLiteValue(rowid),
                .text(task.taskId), .text(task.orderId), productName, customerName,
                .text(task.flowKind.rawValue), .text(task.scenario.rawValue), .text(task.node.rawValue),
                task.nodeSince.sqlValue, .integer(Int64(task.rejectCount)), .text(task.requirementText),
                task.actualServiceStartTime.sqlValue, task.updatedAt.sqlValue,
            ])
        let file = try db.cachedStatement("""
            INSERT INTO supervision_files(task_id, role, position, file_name, size, sha256, kind, uploaded_at,
                download_path)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        for (role, files) in [("requirement", task.requirementFiles), ("deliverable", task.deliverables)] {
            for (position, item) in files.enumerated() {
                try file.execute([
                    .text(task.taskId), .text(role), .integer(Int64(position)), .text(item.fileName), .integer(item.size),
                    SQLiteValue(item.sha256), SQLiteValue(item.kind?.rawValue), item.uploadedAt.sqlValue,
                    SQLiteValue(item.downloadPath),
                ])
            }
        }
        // An event's action is one of a few texts the marketplace writes ("创建服务监管"), so it is shared.
        let event = try db.cachedStatement("""
            INSERT INTO supervision_history(task_id, position, at, actor, action_ref, note) VALUES (?, ?, ?, ?, ?, ?)
            """)
        for (position, item) in task.history.enumerated() {
            let action = try sharedTextID(item.action)
            try event.execute([.text(task.taskId), .integer(Int64(position)), item.at.sqlValue, .text(item.actor.rawValue),
                               action, .text(item.note)])
        }
    }

    public func supervisionTask(id: String) throws -> SupervisionTask? {
        guard var task = try db.cachedStatement("""
            SELECT task_id, order_id, \(SharedTexts.text("product_name_ref")), \(SharedTexts.text("customer_name_ref")),
                flow_kind, scenario, node, node_since, reject_count, requirement_text, actual_service_start_time,
                updated_at FROM supervision_tasks WHERE task_id = ?
            """).first([.text(id)], { row in
                SupervisionTask(
                    taskId: row.text(0), orderId: row.text(1), productName: row.text(2), customerName: row.text(3),
                    flowKind: row.enumValue(4, FlowKind.standardManual), scenario: row.enumValue(5, SupervisionScenario.general),
                    node: row.enumValue(6, SupervisionNode.waitRequirement), nodeSince: row.timestamp(7),
                    rejectCount: row.int(8), requirementText: row.text(9), requirementFiles: [], deliverables: [],
                    actualServiceStartTime: row.optionalTimestamp(10), history: [], updatedAt: row.timestamp(11))
            }) else { return nil }
        let files = try db.cachedStatement("""
            SELECT role, file_name, size, sha256, kind, uploaded_at, download_path FROM supervision_files
            WHERE task_id = ?
            ORDER BY role, position
            """).rows([.text(id)]) { row in
                (row.text(0), SupervisionFile(fileName: row.text(1), size: row.int64(2), sha256: row.optionalText(3),
                                              kind: row.optionalText(4).flatMap(DeliverableKind.init(rawValue:)),
                                              uploadedAt: row.timestamp(5), downloadPath: row.optionalText(6)))
            }
        task.requirementFiles = files.filter { $0.0 == "requirement" }.map(\.1)
        task.deliverables = files.filter { $0.0 == "deliverable" }.map(\.1)
        task.history = try db.cachedStatement("""
            SELECT at, actor, \(SharedTexts.text("action_ref")), note FROM supervision_history WHERE task_id = ?
            ORDER BY position
            """).rows([.text(id)]) { row in
                SupervisionEvent(at: row.timestamp(0), actor: row.enumValue(1, SupervisionActor.system),
                                 action: row.text(2), note: row.text(3))
            }
        return task
    }
}
