import ListContract
import SellerCore
import SellerStore
import TestSupport
import Testing

/// Issue 13: records new to the seller ("seen" kept in the store), `:goto`'s lookup, a record's own list row,
/// and what a quit leaves unsent.
@Suite struct AttentionStoreTests {
    static let now = Timestamp(millis: ListFixtures.base)

    /// MSG0 retrying, MSG1 exhausted (both actionable), MSG2 manual retry requested, MSG3 resolved.
    static func exceptionsStore(_ label: String) throws -> (TemporaryDirectory, LocalStore) {
        let (directory, store) = try ListFixtures.makeStore(label)
        try ListFixtures.fill(store, ListFixtures.records(.exceptions, count: 4))
        return (directory, store)
    }

    static func newIDs(_ store: LocalStore) throws -> Set<String> {
        Set(try store.page(StoreListQuery(kind: .exceptions)).rows.filter(\.isNew).map(\.id))
    }

    @Test func actionableRecordsAreNewUntilSeenAndSeenSurvivesReopening() throws {
        let (directory, store) = try Self.exceptionsStore("seen")
        #expect(try Self.newIDs(store) == ["MSG0", "MSG1"])
        #expect(try store.newRecordCounts()[.exceptions] == 2)
        #expect(try store.markSeen(.exceptions, id: "MSG1", at: Self.now))
        #expect(try Self.newIDs(store) == ["MSG0"])
        #expect(try store.isNew(.exceptions, id: "MSG0"))
        #expect(try !store.isNew(.exceptions, id: "MSG1"))
        try store.close()
        let reopened = try LocalStore(path: directory.file("store.db"))
        #expect(try Self.newIDs(reopened) == ["MSG0"])
        #expect(try reopened.newRecordCounts()[.exceptions] == 1)
        #expect(try !reopened.markSeen(.exceptions, id: "nope", at: Self.now))
        #expect(try !reopened.markSeen(.orders, id: "CS1", at: Self.now))
    }

    @Test func aSeenFailureThatFailsAgainIsNewAgain() throws {
        let (_, store) = try Self.exceptionsStore("again")
        try store.markSeen(.exceptions, id: "MSG1", at: Self.now)
        guard case .exception(var message) = ListFixtures.record(.exceptions, 1) else { return }
        message.attempts.append(CallAttempt(number: 9, at: Self.now, trigger: .manual, outcome: .failure,
                                            httpStatus: 500, resultCode: "E500", latencyMs: 10,
                                            exceptionInfo: "again"))
        message.updatedAt = Timestamp(millis: message.updatedAt.millis + 60_000)
        try ListFixtures.fill(store, [.exception(message)])
        #expect(try Self.newIDs(store).contains("MSG1"))
    }

    @Test func ticketsAndTasksThatNeedTheSellerAreNew() throws {
        let (_, store) = try ListFixtures.makeStore("kinds")
        try ListFixtures.fill(store, ListFixtures.records(.tickets, count: 7) + ListFixtures.records(.supervision, count: 6))
        let tickets = try store.page(StoreListQuery(kind: .tickets)).rows.filter(\.isNew).map(\.id)
        #expect(tickets == ["CASE0"])   // 待受理; the others have no customer message waiting
        let tasks = try store.page(StoreListQuery(kind: .supervision)).rows.filter(\.isNew).map(\.id)
        #expect(tasks == ["T1"])         // 商家确认需求
        #expect(try store.newRecordCounts() == NewRecordCounts(newByKind: [.exceptions: 0, .tickets: 1, .supervision: 1]))
    }

    @Test func findRecordsTakesAnExactIdThenAUniquePrefix() throws {
        let (_, store) = try ListFixtures.makeStore("goto")
        try ListFixtures.fill(store, ListFixtures.records(.orders, count: 12) + ListFixtures.records(.exceptions, count: 3))
        #expect(try store.findRecords("CS1") == [RecordRef(kind: .orders, id: "CS1")])
        #expect(try store.findRecords("MSG2") == [RecordRef(kind: .exceptions, id: "MSG2")])
        #expect(try store.findRecords("CS11") == [RecordRef(kind: .orders, id: "CS11")])
        #expect(try store.findRecords("MS").count == 3)
        #expect(try store.findRecords("CS", limit: 2).count == 2)
        #expect(try store.findRecords("nothing").isEmpty)
        #expect(try store.findRecords("").isEmpty)
        #expect(try store.findRecords("%").isEmpty)
    }

    @Test func listRowIsTheRecordsRowAsItsListShowsIt() throws {
        let (_, store) = try Self.exceptionsStore("row")
        let listed = try #require(try store.page(StoreListQuery(kind: .exceptions)).rows.first { $0.id == "MSG1" })
        #expect(try store.listRow(.exceptions, id: "MSG1") == listed)
        #expect(try store.listRow(.exceptions, id: "gone") == nil)
    }

    @Test func unsentActionsCountsQueuedAndSending() throws {
        let (_, store) = try Self.exceptionsStore("unsent")
        #expect(try store.unsentActions() == (0, 0))
        _ = try store.enqueue([.restart(messageId: "MSG0"), .restart(messageId: "MSG1")], at: Self.now)
        let counted = try store.unsentActions()
        #expect(counted.unsent == 2 && counted.inFlight == 0)
    }
}
