import Foundation
import SellerCore
import SellerStore
import Testing
import TestSupport

/// A command that fails before its first good answer leaves no new store behind; one that stored anything, or
/// that opened a store it did not create, leaves it be.
@Suite("provisional store")
struct StoreProvisionalTests {
    @Test("a store this open created and nothing wrote to is removed with its companions and new folders")
    func unusedNewStoreIsRemoved() throws {
        let directory = try TemporaryDirectory("provisional-new")
        let top = directory.file("xdg")
        let path = top + "/seller-console/default.db"
        let store = try LocalStore(path: path)
        #expect(store.createdFile)
        #expect(try store.holdsNoData())
        #expect(try store.closeRemovingIfUnused())
        #expect(!FileFacts.exists(path) && !FileFacts.hasCompanions(path))
        #expect(!FileFacts.exists(top), "the folders this open created are gone too")
        #expect(FileFacts.exists(directory.path), "a folder that was there before stays")
    }

    @Test("a new store that received records or a cursor stays")
    func usedNewStoreStays() throws {
        let directory = try TemporaryDirectory("provisional-used")
        let withRecords = directory.file("records.db")
        let store = try LocalStore(path: withRecords)
        try ListFixtures.fill(store, ListFixtures.records(.tickets, count: 1))
        #expect(try !store.holdsNoData())
        #expect(try !store.closeRemovingIfUnused())
        #expect(FileFacts.exists(withRecords))

        let withCursor = directory.file("cursor.db")
        let other = try LocalStore(path: withCursor)
        try other.write { try other.setSyncCursor(.orders, token: nil, at: Timestamp(millis: 1)) }
        #expect(try !other.closeRemovingIfUnused())
        #expect(FileFacts.exists(withCursor))
    }

    @Test("an existing empty store is never removed: this open did not create it")
    func existingStoreStays() throws {
        let directory = try TemporaryDirectory("provisional-existing")
        let path = directory.file("store.db")
        try LocalStore(path: path).close()
        let again = try LocalStore(path: path)
        #expect(!again.createdFile)
        #expect(try !again.closeRemovingIfUnused())
        #expect(FileFacts.exists(path))
    }

    @Test("a folder that gained other files meanwhile is kept, only the store's files go")
    func sharedNewFolderStays() throws {
        let directory = try TemporaryDirectory("provisional-folder")
        let folder = directory.file("new")
        let path = folder + "/store.db"
        let store = try LocalStore(path: path)
        #expect(FileManager.default.createFile(atPath: folder + "/profiles.ini", contents: Data("x".utf8)))
        #expect(try store.closeRemovingIfUnused())
        #expect(!FileFacts.exists(path))
        #expect(FileFacts.exists(folder + "/profiles.ini"))
    }
}

extension StoreProvisionalTests {
    @Test("a creation kept from a first open is undone later from another connection, unless data arrived")
    func creationUndoneLater() throws {
        let directory = try TemporaryDirectory("provisional-later")
        let path = directory.file("new/store.db")
        let first = try LocalStore(path: path)
        let creation = try #require(first.creation)
        try first.close()
        #expect(try LocalStore(path: path).creation == nil, "a second open created nothing")
        #expect(LocalStore.removeIfUnused(creation))
        #expect(!FileFacts.exists(path) && !FileFacts.hasCompanions(path) && !FileFacts.exists(directory.file("new")))

        let used = try LocalStore(path: path)
        let usedCreation = try #require(used.creation)
        try ListFixtures.fill(used, ListFixtures.records(.orders, count: 1))
        try used.close()
        #expect(!LocalStore.removeIfUnused(usedCreation))
        #expect(FileFacts.exists(path))
    }
}
