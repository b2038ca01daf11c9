import Testing
@testable import TermUI

@Suite struct TabsTests {
    let items: [Tabs.Item] = [
        .init("订单 Orders", shortTitle: "订单", hotkey: "1", count: 5_000),
        .init("实例 Instances", shortTitle: "实例", hotkey: "2", count: 120, loading: true),
        .init("工单 Tickets", shortTitle: "工单", hotkey: "5"),
    ]

    @Test func fullLabelsWithCounts() {
        let b = rendered(Tabs(items, selected: 0, tick: 0), width: 70, height: 1)
        expectLines(b, [" 1 订单 Orders 5,000 │ 2 实例 Instances 120 ⠋ │ 5 工单 Tickets"])
        let roles = roleRow(b, 0)
        #expect(roles.hasPrefix("AAAAAAAAAAAAAA" + "cccccc" + "A-"))
        #expect(b[0, 0].emphasis == .bold)
    }

    @Test func spinnerAdvancesWithTick() {
        let b = rendered(Tabs(items, selected: 0, tick: 1), width: 60, height: 1)
        #expect(b.lines[0].contains("120 ⠙"))
    }

    @Test func shortTitlesWhenNarrow() {
        let b = rendered(Tabs(items, selected: 1), width: 40, height: 1)
        expectLines(b, [" 1 订单 5,000 │ 2 实例 120 ⠋ │ 5 工单"])
    }

    @Test("each tab steps down through its titles: the widest level at which every tab fits")
    func middleTitlesBeforeShortOnes() {
        let ladder: [Tabs.Item] = [
            .init("调用记录 Calls", middleTitle: "调用记录", shortTitle: "调用", hotkey: "7", count: 3),
            .init("订单 Orders", middleTitle: "订单", hotkey: "1", count: 41),
        ]
        expectLines(rendered(Tabs(ladder, selected: 0), width: 40, height: 1), [" 7 调用记录 Calls 3 │ 1 订单 Orders 41"])
        expectLines(rendered(Tabs(ladder, selected: 0), width: 30, height: 1), [" 7 调用记录 3 │ 1 订单 41"])
        expectLines(rendered(Tabs(ladder, selected: 0), width: 22, height: 1), [" 7 调用 3 │ 1 订单 41"])
    }

    @Test func scrollsToKeepSelectedVisibleAndEndsWithEllipsis() {
        let b = rendered(Tabs(items, selected: 2), width: 16, height: 1)
        expectLines(b, [" 5 工单"])
        let c = rendered(Tabs(items, selected: 0), width: 16, height: 1)
        expectLines(c, [" 1 订单 5,000 │…"])
    }

    @Test func countFormatting() {
        #expect(CountFormat.grouped(0) == "0")
        #expect(CountFormat.grouped(999) == "999")
        #expect(CountFormat.grouped(1_000) == "1,000")
        #expect(CountFormat.grouped(1_234_567) == "1,234,567")
        #expect(CountFormat.grouped(-5_000) == "-5,000")
        #expect(CountFormat.grouped(Int.min) == "-9,223,372,036,854,775,808")
        #expect(CountFormat.position(11, of: 5_000) == "12/5,000")
        #expect(CountFormat.position(3, of: 0) == "0/0")
    }

    @Test func zeroAreaAndOneColumn() {
        #expect(rendered(Tabs(items, selected: 0), width: 0, height: 1).cells.isEmpty)
        expectLines(rendered(Tabs(items, selected: 0), width: 1, height: 1), ["…"])
        expectLines(rendered(Tabs([], selected: 3), width: 5, height: 1), [""])
        expectLines(rendered(Tabs(items, selected: -7), width: 12, height: 1), [" 1 订单 5,0…"])
    }
}
