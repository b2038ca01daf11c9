import Foundation
import SellerCore
import SellerStore
import Testing
import TestSupport

/// `LocalStore.fileFigures()` and `TransactionTimer`: what `benchmark-sync` prints about the store and how it
/// tells writing from waiting.
@Suite struct StoreFileFiguresTests {
    @Test("the page figures describe the file: 32 KiB pages, page count times page size is the file's size")
    func figuresMatchTheFile() throws {
        let directory = try TemporaryDirectory("file-figures")
        let path = directory.file("store.db")
        let store = try LocalStore(path: path)
        try store.setSyncCursor(.orders, token: "t", at: Timestamp(millis: 1))
        let figures = try store.fileFigures()
        #expect(figures.pageSize == 32768)
        #expect(figures.pageCount > 0 && figures.freePages >= 0)
        try store.close()
        let size = try #require(try FileManager.default.attributesOfItem(atPath: path)[.size] as? NSNumber)
        #expect(size.intValue == figures.bytes)
    }

    @Test("the timer counts each committed transaction, and nothing once it is stopped")
    func timerCountsTransactions() throws {
        let directory = try TemporaryDirectory("transaction-timer")
        let store = try LocalStore(path: directory.file("store.db"))
        defer { try? store.close() }
        let timer = TransactionTimer()
        store.timeTransactions(timer)
        for index in 0..<3 {
            try store.write { try store.setSyncCursor(.orders, token: "t\(index)", at: Timestamp(millis: 1)) }
        }
        #expect(timer.transactions == 3)
        #expect(timer.nanoseconds > 0)
        store.timeTransactions(nil)
        try store.write { try store.setSyncCursor(.orders, token: "later", at: Timestamp(millis: 1)) }
        #expect(timer.transactions == 3)
    }
}
