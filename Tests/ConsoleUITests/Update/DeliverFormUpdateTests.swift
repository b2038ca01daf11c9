@testable import ConsoleUI
import SellerCore
import Testing
import TermUI

/// The deliver form through `update`: the picker lists and adds, the runtime measures, the file list and the
/// buttons take their keys, and the confirmation queues exactly the files chosen.
@Suite struct DeliverFormUpdateTests {
    typealias F = UpdateFixtures

    static func form(_ state: AppState) -> DeliverForm? {
        guard case .deliver(let form)? = state.dialog else { return nil }
        return form
    }

    /// The supervision tab with one task selected and its deliver form open on `/work`.
    static func opened() throws -> AppState {
        var state = F.started()
        try F.open(.supervision, rows: [F.supervisionRow("T1")], in: &state)
        #expect(state.update(.key(.char("d"))) == [.listDirectory("/work")])
        let form = try #require(Self.form(state))
        #expect(form.taskId == "T1" && form.focus == .picker && form.files.isEmpty)
        return state
    }

    @Test func pickingMeasuringAndConfirmingQueuesTheDelivery() throws {
        var state = try Self.opened()
        let listing = DirectoryListing(path: "/work", entries: [
            DirectoryEntry(name: "report.pdf", isDirectory: false, size: 2_048),
            DirectoryEntry(name: "docs", isDirectory: true),
        ])
        #expect(state.update(.directoryListed(listing)) == [])
        #expect(try #require(Self.form(state)).visibleEntries.map(\.name) == ["..", "docs", "report.pdf"])
        // A listing of another directory (the path changed meanwhile) is not taken.
        let before = state
        #expect(state.update(.directoryListed(DirectoryListing(path: "/elsewhere", entries: []))) == [])
        #expect(state == before)
        #expect(F.press([.down, .down, .enter], &state) == [.measureFile("/work/report.pdf")])
        var form = try #require(Self.form(state))
        #expect(form.files.map(\.path) == ["/work/report.pdf"] && form.uploads == nil)
        let sha = String(repeating: "ab", count: 32)
        #expect(state.update(.fileMeasured(path: "/work/report.pdf", .measured(size: 2_048, sha256: sha))) == [])
        // Ctrl-N to the file list (Tab would complete the path), Space cycles the kind.
        let firstKind = try #require(Self.form(state)?.files.first?.kind)
        #expect(F.press([.ctrl("n"), .char(" ")], &state) == [])
        form = try #require(Self.form(state))
        let kind = try #require(form.files.first?.kind)
        #expect(form.focus == .files && kind != firstKind)
        // On to the start time, over it with Enter, to the submit button.
        #expect(F.press([.tab, .enter, .right], &state) == [])
        #expect(Self.form(state)?.focus == .submit)
        #expect(state.update(.key(.enter)) == [])
        guard case .confirm(let confirm)? = state.dialog else {
            Issue.record("no confirmation")
            return
        }
        let action = SellerAction.deliver(taskId: "T1", files: [DeliverableUpload(
            path: "/work/report.pdf", fileName: "report.pdf", size: 2_048, sha256: sha, kind: kind)], actualStart: nil)
        #expect(confirm.operation == .enqueue([action]))
        // Esc goes back to the form as it was; confirming queues the action.
        #expect(state.update(.key(.escape)) == [])
        #expect(Self.form(state)?.focus == .submit)
        _ = state.update(.key(.enter))
        let effects = F.press([.tab, .enter], &state)
        #expect(effects.first == .enqueue([action], at: F.now) && effects.count == 2)
        #expect(state.dialog == nil)
    }

    @Test func submittingWithoutFilesOrWhileMeasuringIsRefusedInTheForm() throws {
        var state = try Self.opened()
        #expect(F.press([.backTab, .enter], &state) == [])   // from the picker back round to 提交
        var form = try #require(Self.form(state))
        #expect(form.focus == .picker && form.error != nil)
        _ = state.update(.directoryListed(DirectoryListing(path: "/work", entries: [
            DirectoryEntry(name: "a.zip", isDirectory: false, size: 1)])))
        #expect(F.press([.down, .enter], &state) == [.measureFile("/work/a.zip")])
        _ = F.press([.backTab, .enter], &state)
        form = try #require(Self.form(state))
        #expect(form.focus == .files && form.error != nil)
        // A file the runtime refuses is reported and is not delivered.
        _ = state.update(.fileMeasured(path: "/work/a.zip", .refused(.special(.fifo))))
        #expect(state.toasts.last?.kind == .warn && Self.form(state)?.files.isEmpty == true)
    }

    @Test func escClosesTheFormFromAnyArea() throws {
        for keys: [Key] in [[], [.ctrl("n")], [.ctrl("n"), .ctrl("n")], [.backTab]] {
            var state = try Self.opened()
            _ = F.press(keys, &state)
            #expect(state.update(.key(.escape)) == [])
            #expect(state.dialog == nil)
        }
    }
}
