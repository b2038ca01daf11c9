@testable import ConsoleUI
import SellerCore
import Testing
import TermUI

/// Issue 13's form and toast defects: the file browser keeps its place after adding a file, toasts keep the end
/// of a long path and stay inside the detail pane's border.
@Suite struct InteractionFormTests {
    typealias F = UpdateFixtures

    func selectedName(_ state: AppState) throws -> String? {
        let form = try #require(DeliverFormUpdateTests.form(state))
        let entries = form.visibleEntries
        return entries.indices.contains(form.listingSelection) ? entries[form.listingSelection].name : nil
    }

    @Test func theFileBrowserKeepsTheCursorOnTheNextEntryAfterAddingAFile() throws {
        var state = try DeliverFormUpdateTests.opened()
        _ = state.update(.directoryListed(DirectoryListing(path: "/work", entries: [
            DirectoryEntry(name: "a.pdf", isDirectory: false, size: 1),
            DirectoryEntry(name: "b.pdf", isDirectory: false, size: 1),
            DirectoryEntry(name: "c.pdf", isDirectory: false, size: 1),
        ])))
        #expect(F.press([.down, .enter], &state) == [.measureFile("/work/a.pdf")])
        #expect(try selectedName(state) == "b.pdf", "the cursor went back to ../")
        try #require(F.press([.enter], &state) == [.measureFile("/work/b.pdf")])
        #expect(try selectedName(state) == "c.pdf")
        // The last entry stays where it is.
        try #require(F.press([.enter], &state) == [.measureFile("/work/c.pdf")])
        #expect(try selectedName(state) == "c.pdf")
    }

    @Test func aLongPathToastKeepsItsEndAndStaysInsideTheDetailBorder() {
        var state = F.started()
        let path = "/home/seller/deliveries/2026/customer-with-a-long-name/acceptance/" + "final-report-v3.pdf"
        state.showToast("不能交付 \(path)：文件不存在 No such file", kind: .warn)
        let screen = ConsoleScreen.render(state)
        let text = screen.textDump
        #expect(text.contains("No such file"), "the reason is cut off:\n\(text)")
        #expect(text.contains("final-report-v3.pdf"), "the file name is cut off:\n\(text)")
        #expect(text.contains("…"))
        // Every row of the detail pane keeps its right border; its bottom border is whole.
        let layout = state.layout
        let lines = screen.lines
        for y in layout.detail.y..<layout.detail.bottom {
            #expect(lines[y].hasSuffix("│") || lines[y].hasSuffix("┐") || lines[y].hasSuffix("┘")
                    || lines[y].hasSuffix("╮") || lines[y].hasSuffix("╯"), "row \(y): \(lines[y])")
        }
        let bottom = lines[layout.detail.bottom - 1]
        #expect(!bottom.contains(where: { $0.isLetter }), "\(bottom)")
    }

    @Test func escInARejectEditorWithTextAsksBeforeDiscardingAndTheEditorCountsAgainstItsLimit() throws {
        var state = F.started()
        try F.open(.supervision, rows: [F.supervisionRow("T1")], in: &state)
        _ = F.press([.char("x")], &state)
        guard case .form = state.dialog else {
            Issue.record("no reject form")
            return
        }
        #expect(ConsoleScreen.render(state).textDump.contains("0/2000"))
        _ = F.press([.escape], &state)
        #expect(state.dialog == nil, "nothing typed: Esc closes at once")
        _ = F.press([.char("x")], &state)
        _ = F.type("不符合", &state)
        #expect(ConsoleScreen.render(state).textDump.contains("3/2000"))
        _ = F.press([.escape], &state)
        guard case .confirm(let ask)? = state.dialog else {
            Issue.record("one Esc threw the typed text away")
            return
        }
        #expect(ask.lines.joined().contains("y"))
        _ = F.press([.char("n")], &state)
        guard case .form(let form)? = state.dialog else {
            Issue.record("n did not go back to the editor")
            return
        }
        #expect(form.fields.first?.input.text == "不符合")
        _ = F.press([.escape, .escape], &state)
        guard case .form = state.dialog else {
            Issue.record("Esc on the question goes back to the editor")
            return
        }
        _ = F.press([.escape, .char("y")], &state)
        #expect(state.dialog == nil)
    }
}
