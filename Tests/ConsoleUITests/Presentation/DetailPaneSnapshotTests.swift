import ConsoleUI
import Localization
import SellerCore
import TermUI
import Testing

/// Golden screens of the detail pane for every kind at about 80x24 and 160x48, plus scrolled and link-selected
/// views; role masks where the status and selection roles matter.
@Suite struct DetailPaneSnapshotTests {
    static let suite = "DetailPanes"

    static func pane(_ record: SellerRecord, width: Int, scroll: Int = 0, selectedLink: Int? = nil,
                     focused: Bool = true, language: Language = .zh) -> (buffer: Buffer, layout: DetailLayout) {
        var context = PresentationFixtures.context
        context.language = language
        let document = DetailDocumentBuilder.document(for: record, links: PresentationFixtures.orderLinks,
                                                      context: context)
        let layout = DetailLayout(document: document, width: DetailLayout.textWidth(forPaneWidth: width))
        let height = width >= 160 ? 48 : 24
        let buffer = PresentationSnapshot.render(
            DetailPane(layout: layout, scroll: scroll, selectedLink: selectedLink, focused: focused),
            width: width, height: height)
        return (buffer, layout)
    }

    static func noControls(_ buffer: Buffer, sourceLocation: SourceLocation = #_sourceLocation) {
        let bad = PresentationSnapshot.scalars(of: buffer).filter { $0.value == 0x1B || $0.value == 0x07 || $0.value == 0 }
        #expect(bad.isEmpty, sourceLocation: sourceLocation)
    }

    @Test(arguments: PresentationFixtures.records, [80, 160])
    func firstPage(record: SellerRecord, width: Int) {
        let (buffer, _) = Self.pane(record, width: width)
        let roles = record.kind == .supervision && width == 80
        PresentationSnapshot.expect(buffer, "\(record.kind.commandName)-\(width)", suite: Self.suite, includeRoles: roles)
        Self.noControls(buffer)
    }

    /// Every kind's first page in English (`-en`), and the rest of each document scrolled, so every English key,
    /// section and sentence is in a golden.
    @Test(arguments: PresentationFixtures.records)
    func englishPages(record: SellerRecord) {
        Self.expectEnglishPages(record, name: record.kind.commandName)
    }

    /// The relay's calls in English: a failed one, the seller's replay, a license still owed.
    @Test func englishCallPages() {
        Self.expectEnglishPages(.call(PresentationFixtures.failedCall), name: "calls-failed")
        Self.expectEnglishPages(.call(PresentationFixtures.replayCall), name: "calls-replay")
        Self.expectEnglishPages(.call(PresentationFixtures.licenseCall), name: "calls-license")
    }

    static func expectEnglishPages(_ record: SellerRecord, name: String,
                                   sourceLocation: SourceLocation = #_sourceLocation) {
        let first = pane(record, width: 80, language: .en)
        PresentationSnapshot.expect(first.buffer, "\(name)-80-en", suite: suite, includeRoles: record.kind == .supervision,
                                    sourceLocation: sourceLocation)
        noControls(first.buffer, sourceLocation: sourceLocation)
        var all = first.buffer.lines
        var page = 2
        // Every further page, the last one scrolled to the end, so every line of the document is in a golden.
        let last = first.layout.maxScroll(height: 24)
        let scrolls = last > 0 ? Array(stride(from: 22, to: last, by: 22)) + [last] : []
        for scroll in scrolls {
            let (buffer, _) = pane(record, width: 80, scroll: scroll, language: .en)
            PresentationSnapshot.expect(buffer, "\(name)-80-en-page\(page)", suite: suite, sourceLocation: sourceLocation)
            all += buffer.lines
            page += 1
        }
        let text = all.joined(separator: "\n")
        for word in ["订单号", "关联", "更新时间", "（无）", "已加密", "已隐藏"] {
            #expect(!text.contains(word), "\(word) in the English pane of \(name)", sourceLocation: sourceLocation)
        }
    }

    @Test func exceptionScrolledToItsSelectedInstanceLink() {
        let first = Self.pane(.exception(PresentationFixtures.exception), width: 80)
        let scroll = first.layout.scroll(0, revealingLink: 1, height: 24)
        #expect(scroll == first.layout.maxScroll(height: 24))
        let (buffer, _) = Self.pane(.exception(PresentationFixtures.exception), width: 80, scroll: scroll, selectedLink: 1)
        PresentationSnapshot.expect(buffer, "exceptions-80-link-selected", suite: Self.suite, includeRoles: true)
        Self.noControls(buffer)
    }

    @Test func orderLinkSelectedWithoutFocus() {
        let first = Self.pane(.order(PresentationFixtures.order), width: 80)
        let scroll = first.layout.scroll(0, revealingLink: 2, height: 24)
        let (buffer, _) = Self.pane(.order(PresentationFixtures.order), width: 80, scroll: scroll, selectedLink: 2,
                                    focused: false)
        PresentationSnapshot.expect(buffer, "orders-80-link-blurred", suite: Self.suite, includeRoles: true)
    }

    @Test func ticketScrolledToTheHostileMessage() {
        let first = Self.pane(.ticket(PresentationFixtures.ticket), width: 80)
        let (buffer, _) = Self.pane(.ticket(PresentationFixtures.ticket), width: 80,
                                    scroll: first.layout.maxScroll(height: 24))
        PresentationSnapshot.expect(buffer, "tickets-80-scrolled", suite: Self.suite)
        Self.noControls(buffer)
        #expect(buffer.trimmedLines.contains { $0.contains("恶意␛客户␛名称␀尾") })
    }

    @Test(arguments: PresentationFixtures.records)
    func secretsNeverReachACell(record: SellerRecord) {
        let first = Self.pane(record, width: 100)
        // Every page of the document, top to bottom.
        for scroll in stride(from: 0, through: first.layout.maxScroll(height: 24), by: 24) {
            let text = Self.pane(record, width: 100, scroll: scroll).buffer.lines.joined(separator: "\n")
            for secret in [PresentationFixtures.appPassword, PresentationFixtures.extendSecret, "tok-8c1f00aa"] {
                #expect(!text.contains(secret))
            }
        }
    }
}
