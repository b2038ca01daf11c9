import ConsoleUI
import ListContract
import Localization
import SellerCore
import TermUI
import Testing

/// Issue 14, item 2: the English tables fit 80 columns as the Chinese ones do. The same columns show at 80 in
/// both languages (in English the order type goes last and gives way, so status and amount keep their place),
/// every English header shows whole, and the longest English word of every label column fits it.
@Suite struct ListColumnWidthTests {
    /// 80 columns less a border, the pending-badge gutter and the scrollbar.
    static let available80 = 80 - 2 - 2 - 1

    static func shownAt80(_ kind: EntityKind, _ language: Language) -> Set<ListColumn> {
        let columns = ListPresentation.columns(for: kind, language: language)
        let widths = Table.columnWidths(columns, available: available80)
        let ids = ListPresentation.columnIDs(for: kind, language: language)
        return Set(zip(ids, widths).filter { $0.1 > 0 }.map(\.0))
    }

    @Test(arguments: EntityKind.allCases)
    func englishShowsTheChineseColumnsAt80(kind: EntityKind) {
        let chinese = Self.shownAt80(kind, .zh), english = Self.shownAt80(kind, .en)
        let givesWay: Set<ListColumn> = kind == .orders ? [.orderType] : []
        #expect(english == chinese.subtracting(givesWay), "\(kind): zh \(chinese.sorted { $0.rawValue < $1.rawValue }) en \(english.sorted { $0.rawValue < $1.rawValue })")
        #expect(Set(ListPresentation.columnIDs(for: kind, language: .en)) == Set(ListPresentation.columnIDs(for: kind, language: .zh)))
        let wide = Table.columnWidths(ListPresentation.columns(for: kind, language: .en), available: 160 - 2 - 1)
        #expect(wide.allSatisfy { $0 > 0 }, "\(kind) at 160 in English: \(wide)")
    }

    @Test(arguments: EntityKind.allCases)
    func englishHeadersShowWhole(kind: EntityKind) {
        let columns = ListPresentation.columns(for: kind, language: .en)
        let sorted = ListPresentation.tableSort(for: kind, sort: .defaultSort(for: kind), language: .en)?.column
        for (index, column) in columns.enumerated() {
            let marker = index == sorted ? 2 : 0
            #expect(DisplayWidth.width(of: column.title) + marker <= column.minWidth || column.flex > 0,
                    "\(kind) \(column.title) in \(column.minWidth)")
        }
    }

    /// The widest English label of each enum a column shows fits the column's narrowest width.
    @Test func englishLabelsFitTheirColumns() {
        func widest<E: LabeledEnum>(_ type: E.Type) -> Int {
            type.allCases.map { DisplayWidth.width(of: $0.englishLabel) }.max() ?? 0
        }
        let expected: [(EntityKind, ListColumn, Int)] = [
            (.orders, .status, widest(OrderStatus.self)), (.orders, .orderType, widest(OrderType.self)),
            (.instances, .status, widest(InstanceStatus.self)), (.exceptions, .state, widest(ExceptionState.self)),
            (.supervision, .node, widest(SupervisionNode.self)),
            (.supervision, .scenario, widest(SupervisionScenario.self)),
            (.tickets, .status, widest(TicketStatus.self)), (.calls, .outcome, widest(CallOutcome.self)),
            (.calls, .signature, widest(SignatureVerdict.self)), (.calls, .origin, widest(CallOrigin.self)),
            (.exceptions, .source, widest(MessageSource.self)),
        ]
        for (kind, id, width) in expected {
            let ids = ListPresentation.columnIDs(for: kind, language: .en)
            guard let index = ids.firstIndex(of: id) else {
                Issue.record("\(kind) has no \(id)")
                continue
            }
            let column = ListPresentation.columns(for: kind, language: .en)[index]
            #expect(width <= column.minWidth, "\(kind) \(id): \(width) > \(column.minWidth)")
        }
        for failure in OutboxFailure.allCases {
            #expect(DisplayWidth.width(of: ListPresentation.failureWord(.known(failure)).en) <= 10, "\(failure)")
        }
    }
}
