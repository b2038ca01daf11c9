import Crypto
import Foundation
import ListContract
import SellerCore
import SellerStore
import TestSupport

/// Picks `count` actions the state machines allow, one per target, from a synced store: restarts of open
/// exceptions, confirms and rejects of requirements, deliveries of small files, and ticket accepts, replies
/// and resolutions, interleaved so every kind is in flight at once.
enum MixedActions {
    static func make(count: Int, store: LocalStore, files directory: TemporaryDirectory) throws -> [SellerAction] {
        let deliverables = (0..<3).map { index -> DeliverableUpload in
            let bytes = (0..<(1000 + index * 70_000)).map { UInt8(truncatingIfNeeded: $0 * 31 + index) }
            let path = directory.file("交付-\(index).bin")
            _ = FileManager.default.createFile(atPath: path, contents: Data(bytes))
            return DeliverableUpload(path: path, fileName: "交付-\(index).bin", size: Int64(bytes.count),
                                     sha256: SHA256.hexDigest(bytes), kind: DeliverableKind.allCases[index])
        }
        func ids(_ kind: EntityKind, _ statuses: [ListStatus]) throws -> [String] {
            try store.ids(matching: StoreListQuery(kind: kind, statuses: statuses), limit: count)
        }
        var streams: [[SellerAction]] = []
        streams.append(try ids(.exceptions, [.exception(.retrying), .exception(.exhausted)])
            .map { .restart(messageId: $0) })
        streams.append(try ids(.supervision, [.supervision(.waitSellerConfirm)]).enumerated().map { index, id in
            index % 3 == 2 ? .rejectRequirement(taskId: id, reason: "请补充验收标准\n(第\(index)次)")
                : .confirmRequirement(taskId: id)
        })
        streams.append(try ids(.supervision, [.supervision(.sellerImplementing)]).enumerated().map { index, id in
            .deliver(taskId: id, files: Array(deliverables.prefix(1 + index % 3)),
                     actualStart: index % 2 == 0 ? Timestamp(koogallery: "20261120090000") : nil)
        })
        streams.append(try ids(.tickets, [.ticket(.pendingAccept)]).map { .acceptTicket(caseId: $0) })
        let conversing: [ListStatus] = [.ticket(.inProgress), .ticket(.waitingCustomer)]
        streams.append(try ids(.tickets, conversing).enumerated().map { index, id in
            index % 2 == 0 ? .replyTicket(caseId: id, content: "已排查, 请重试 #\(index)", waitForCustomer: index % 4 == 0)
                : .resolveTicket(caseId: id, cause: "配置错误", solution: "已修正配置")
        })
        var actions: [SellerAction] = []
        var position = 0
        while actions.count < count && streams.contains(where: { position < $0.count }) {
            for stream in streams where position < stream.count && actions.count < count {
                actions.append(stream[position])
            }
            position += 1
        }
        return actions
    }
}
