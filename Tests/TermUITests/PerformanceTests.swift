import Foundation
import Testing
@testable import TermUI

/// A full 160x48 frame of the list screen, rendered and diffed repeatedly. Not a timed assertion (ARCHITECTURE §11:
/// the benchmark measures performance); run with TERMUI_BENCH=1 in release to print the numbers.
@Suite struct PerformanceTests {
    static func frame(tick: Int) -> Buffer {
        var buffer = Buffer(size: Size(width: 160, height: 48))
        let parts = Layout.vertical([.length(1), .fill(1), .length(1)]).split(buffer.area)
        buffer.render(Tabs([
            .init("订单 Orders", shortTitle: "订单", hotkey: "1", count: 1_000_000),
            .init("实例 Instances", shortTitle: "实例", hotkey: "2", count: 120_000, loading: true),
            .init("接口异常 Exceptions", shortTitle: "异常", hotkey: "3", count: 37),
            .init("服务监管 Supervision", shortTitle: "监管", hotkey: "4", count: 12),
            .init("工单 Tickets", shortTitle: "工单", hotkey: "5", count: 8),
            .init("队列 Outbox", shortTitle: "队列", hotkey: "6", count: 0),
        ], selected: 0, tick: tick), in: parts[0])
        let body = Layout.horizontal([.percentage(60), .fill(1)]).split(parts[1])
        let list = Block(title: "订单 Orders / 张", rightTitle: CountFormat.position(tick, of: 1_000_000), focused: true)
        buffer.render(list, in: body[0])
        let columns = [TableColumn("订单号 Order", min: 18), TableColumn("买家 Buyer", min: 10, flex: 2),
                       TableColumn("商品 Product", min: 12, flex: 3), TableColumn("金额 Amount", min: 12, alignment: .right),
                       TableColumn("状态 Status", min: 8)]
        let rows = (0..<46).map { i in
            TableRow(["CS2024110\(100_000 + tick + i)", i % 3 == 0 ? "张三丰" : "Alice 王", "云服务器部署套餐 Cloud Deploy \(i)",
                      CountFormat.grouped(1_234 * i) + ".00", i % 2 == 0 ? "已付款" : "待确认"],
                     cellRoles: [nil, nil, nil, nil, i % 2 == 0 ? .statusOk : .statusPending])
        }
        buffer.render(Table(columns: columns, rows: rows, selected: tick % 46, sort: .init(column: 0, ascending: false),
                            total: 1_000_000, offset: tick, highlight: "张"), in: list.inner(body[0]))
        let detail = Block(title: "详情 Detail")
        buffer.render(detail, in: body[1])
        buffer.render(KeyValuePanel([
            .init("订单号", "CS2024110\(100_000 + tick)"), .init("状态", "已付款", role: .statusOk), .section("买家 Buyer"),
            .init("名称 Name", "张三丰 Zhang Sanfeng"), .init("备注", String(repeating: "买家要求提供部署文档和发票，尽快处理。", count: 6)),
        ]), in: detail.inner(body[1]))
        buffer.render(StatusBar(hints: [.init("q", "退出"), .init("/", "过滤"), .init("?", "帮助"), .init("Enter", "详情")],
                                right: "已同步 12:03"), in: parts[2])
        return buffer
    }

    @Test func fullFrameRendersAndDiffs() {
        let a = Self.frame(tick: 0)
        let b = Self.frame(tick: 1)
        #expect(a.lines[0].contains("1,000,000"))
        #expect(!b.diff(from: a).isEmpty)
        #expect(a.diff(from: a).isEmpty)
        guard ProcessInfo.processInfo.environment["TERMUI_BENCH"] == "1" else { return }
        let n = 300
        let clock = ContinuousClock()
        var previous = a
        var changed = 0
        let elapsed = clock.measure {
            for tick in 0..<n {
                let next = Self.frame(tick: tick)
                changed += next.diff(from: previous).count
                previous = next
            }
        }
        let perFrame = elapsed / n
        print("TermUI bench: 160x48 frame render+diff \(perFrame) per frame (\(changed / n) changed cells/frame)")
    }
}
