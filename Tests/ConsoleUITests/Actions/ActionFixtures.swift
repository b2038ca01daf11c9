import ConsoleUI
import Foundation
import SellerCore
import SellerStore
import TestSupport

/// Records in the states the actions need (the presentation fixtures' message, task and ticket, moved to other
/// states under other ids), a store holding them with seeded simulator data, and a small folder of files for the
/// deliver picker.
enum ActionFixtures {
    static let exhaustedId = "PMEXHST01"
    static let confirmTaskId = "SVRCONF01"
    static let deliverTaskId = "SVRDELV01"
    static let newTicketId = "TT202611231000NEW01"

    static let acceptanceText = "hello acceptance\n"
    static let acceptanceSHA = "1a5c33bd3d16f3bae28f7a2835118370918da0ede212ea172daeffe873e30d6c"
    static let screenshotText = "PNG-bytes-0123456789"
    static let screenshotSHA = "9da3edc85b336000320ea0dc653792a2056f68709afbaa8d537b5cbf9de86c9b"

    static var records: [SellerRecord] {
        var exhausted = PresentationFixtures.exception
        exhausted.messageId = exhaustedId
        exhausted.state = .exhausted
        var confirm = PresentationFixtures.supervision
        confirm.taskId = confirmTaskId
        confirm.node = .waitSellerConfirm
        var deliver = PresentationFixtures.supervision
        deliver.taskId = deliverTaskId
        deliver.node = .sellerImplementing
        var ticket = PresentationFixtures.ticket
        ticket.caseId = newTicketId
        ticket.status = .pendingAccept
        return [.exception(exhausted), .supervision(confirm), .supervision(deliver), .ticket(ticket)]
    }

    static func store(orders: Int, in directory: TemporaryDirectory) throws -> String {
        try ConsoleFixtureStore.make(orders: orders, extra: PresentationFixtures.records + records, in: directory)
    }

    /// `files/docs/验收报告.pdf`, `files/docs/截图.png`, `files/docs/notes/`, `files/docs/.hidden`, `files/readme.txt`;
    /// returns the `files` folder (the picker's working directory).
    static func files(in directory: TemporaryDirectory) throws -> String {
        let root = directory.file("files")
        let manager = FileManager.default
        try manager.createDirectory(atPath: root + "/docs/notes", withIntermediateDirectories: true)
        try Data(acceptanceText.utf8).write(to: URL(fileURLWithPath: root + "/docs/验收报告.pdf"))
        try Data(screenshotText.utf8).write(to: URL(fileURLWithPath: root + "/docs/截图.png"))
        try Data("secret".utf8).write(to: URL(fileURLWithPath: root + "/docs/.hidden"))
        try Data(repeating: 65, count: 1536).write(to: URL(fileURLWithPath: root + "/readme.txt"))
        return root
    }
}
