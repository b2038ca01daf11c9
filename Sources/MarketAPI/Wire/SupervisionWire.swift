import SellerCore

/// The gateway's JSON form of a service-supervision task with its requirement, deliverables and timeline.
public enum SupervisionWire {
    public static func encode(_ task: SupervisionTask, into writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("taskId", task.taskId, first: true)
        writer.field("orderId", task.orderId)
        writer.field("productName", task.productName)
        writer.field("customerName", task.customerName)
        writer.field("flowKind", task.flowKind.rawValue)
        writer.field("scenario", task.scenario.rawValue)
        writer.field("node", task.node.rawValue)
        writer.millisField("nodeSince", task.nodeSince)
        writer.field("rejectCount", task.rejectCount)
        writer.comma()
        writer.key("requirement")
        writer.beginObject()
        writer.field("text", task.requirementText, first: true)
        writer.arrayField("attachments", task.requirementFiles, encodeFile)
        writer.endObject()
        writer.arrayField("deliverables", task.deliverables, encodeFile)
        writer.secondsField("actualServiceStartTime", task.actualServiceStartTime)
        writer.arrayField("history", task.history) { writer, event in
            writer.beginObject()
            writer.field("time", event.at.koogalleryMillis, first: true)
            writer.field("actor", event.actor.rawValue)
            writer.field("action", event.action)
            writer.field("note", event.note)
            writer.endObject()
        }
        writer.millisField("updatedAt", task.updatedAt)
        writer.endObject()
    }

    static func encodeFile(_ writer: inout JSONWriter, _ file: SupervisionFile) {
        writer.beginObject()
        writer.field("fileName", file.fileName, first: true)
        writer.field("size", file.size)
        writer.field("sha256", file.sha256)
        writer.field("kind", file.kind?.rawValue)
        writer.millisField("uploadedAt", file.uploadedAt)
        writer.field("downloadPath", file.downloadPath)
        writer.endObject()
    }

    static func decodeFile(_ file: JSONFields) throws(JSONFieldError) -> SupervisionFile {
        SupervisionFile(fileName: try file.string("fileName"), size: Int64(try file.int("size")),
                        sha256: try file.optionalString("sha256"),
                        kind: try file.optionalEnumValue("kind", as: DeliverableKind.self),
                        uploadedAt: try file.timestamp("uploadedAt"),
                        downloadPath: try file.optionalString("downloadPath"))
    }

    public static func decode(_ fields: JSONFields) throws(JSONFieldError) -> SupervisionTask {
        let requirement = try fields.object("requirement")
        var attachments: [SupervisionFile] = []
        for file in try requirement.objects("attachments") { attachments.append(try decodeFile(file)) }
        var deliverables: [SupervisionFile] = []
        for file in try fields.objects("deliverables") { deliverables.append(try decodeFile(file)) }
        var history: [SupervisionEvent] = []
        for event in try fields.objects("history") {
            history.append(SupervisionEvent(at: try event.timestamp("time"),
                                            actor: try event.enumValue("actor", as: SupervisionActor.self),
                                            action: try event.string("action"),
                                            note: try event.optionalString("note") ?? ""))
        }
        return SupervisionTask(
            taskId: try fields.string("taskId"), orderId: try fields.string("orderId"),
            productName: try fields.string("productName"), customerName: try fields.string("customerName"),
            flowKind: try fields.enumValue("flowKind", as: FlowKind.self),
            scenario: try fields.enumValue("scenario", as: SupervisionScenario.self),
            node: try fields.enumValue("node", as: SupervisionNode.self),
            nodeSince: try fields.timestamp("nodeSince"), rejectCount: try fields.int("rejectCount"),
            requirementText: try requirement.string("text"), requirementFiles: attachments,
            deliverables: deliverables, actualServiceStartTime: try fields.optionalTimestamp("actualServiceStartTime"),
            history: history, updatedAt: try fields.timestamp("updatedAt"))
    }
}
