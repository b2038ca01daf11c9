import ConsoleUI
import SellerCore
import TermUI
import Testing

/// Golden screens of each kind's table at 80 and 160 columns, drawn by TermUI's `Table` with the console's
/// columns, cells, default sort marker and a selected row.
@Suite struct ListTableSnapshotTests {
    static let suite = "ListTables"

    static func table(_ kind: EntityKind) -> Table {
        let rows = PresentationFixtures.rows(for: kind).map {
            ListPresentation.row($0, context: PresentationFixtures.context)
        }
        return Table(columns: ListPresentation.columns(for: kind), rows: rows, selected: 0, focused: true,
                     sort: ListPresentation.tableSort(for: kind, sort: .defaultSort(for: kind)))
    }

    @Test(arguments: EntityKind.allCases, [80, 160])
    func table(kind: EntityKind, width: Int) {
        let buffer = PresentationSnapshot.render(Self.table(kind), width: width, height: 7)
        let roles = (kind == .orders && width == 80) || (kind == .exceptions && width == 160)
        PresentationSnapshot.expect(buffer, "\(kind.commandName)-\(width)", suite: Self.suite, includeRoles: roles)
        let bad = PresentationSnapshot.scalars(of: buffer).filter { $0.value == 0x1B || $0.value == 0x07 || $0.value == 0 }
        #expect(bad.isEmpty)
    }
}
