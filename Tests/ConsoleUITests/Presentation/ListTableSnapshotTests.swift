import ConsoleUI
import Localization
import SellerCore
import TermUI
import Testing

/// Golden screens of each kind's table at 80 and 160 columns, drawn by TermUI's `Table` with the console's
/// columns, cells, default sort marker and a selected row.
@Suite struct ListTableSnapshotTests {
    static let suite = "ListTables"

    static func table(_ kind: EntityKind, language: Language = .zh) -> Table {
        var context = PresentationFixtures.context
        context.language = language
        let fixtures = PresentationFixtures.rows(for: kind)
        let rows = fixtures.map { ListPresentation.row($0, context: context) }
        return Table(columns: ListPresentation.columns(for: kind, rows: fixtures, context: context), rows: rows,
                     selected: 0, focused: true,
                     sort: ListPresentation.tableSort(for: kind, sort: .defaultSort(for: kind), language: language))
    }

    @Test(arguments: EntityKind.allCases, [80, 160])
    func table(kind: EntityKind, width: Int) {
        let buffer = PresentationSnapshot.render(Self.table(kind), width: width, height: 7)
        let roles = (kind == .orders && width == 80) || (kind == .exceptions && width == 160)
        PresentationSnapshot.expect(buffer, "\(kind.commandName)-\(width)", suite: Self.suite, includeRoles: roles)
        let bad = PresentationSnapshot.scalars(of: buffer).filter { $0.value == 0x1B || $0.value == 0x07 || $0.value == 0 }
        #expect(bad.isEmpty)
    }

    /// The same tables in English (`-en`), beside the Chinese goldens.
    @Test(arguments: EntityKind.allCases, [80, 160])
    func englishTable(kind: EntityKind, width: Int) {
        let buffer = PresentationSnapshot.render(Self.table(kind, language: .en), width: width, height: 7)
        PresentationSnapshot.expect(buffer, "\(kind.commandName)-\(width)-en", suite: Self.suite,
                                    includeRoles: kind == .orders && width == 80)
    }
}
