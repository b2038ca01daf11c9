import CursesTerminal
import TermUI

extension TerminalCheck {
    /// Below this the screen shows the "too small" view instead of the table.
    static let minimum = Size(width: 40, height: 10)

    /// The test screen for a size: title, a table of orders in a frame, the echoed keys, a status bar.
    /// `variant` 1 shifts the wide characters of the first row by one column (the "ghost" case).
    static func frame(_ size: Size, keys: [String], variant: Int, policy: WidthPolicy) -> Buffer {
        var buffer = Buffer(size: size, policy: policy)
        guard size.width >= minimum.width, size.height >= minimum.height else {
            // Mixed on purpose: this fixture checks how a terminal draws wide and narrow text together.
            let lines = ["终端太小 Terminal too small", "需要 need \(minimum.width)x\(minimum.height)",
                         "当前 now \(size.width)x\(size.height)"]
            buffer.render(TooSmallView(lines: lines), in: buffer.area)
            return buffer
        }
        let parts = Layout.vertical([.length(1), .fill(1), .length(1), .length(1)]).split(buffer.area)
        buffer.write("终端检查 terminal-check：中文、全角标点与表情 🧾", x: 0, y: parts[0].y, role: .title)
        let block = Block(title: "订单 Orders", focused: true)
        buffer.render(block, in: parts[1])
        let rows = [
            TableRow(["CS2211181819", variant == 1 ? "x张三" : "张三", "已付款", "￥1,024.00", "加急，请尽快处理。"],
                     cellRoles: [nil, nil, .statusOk]),
            TableRow(["CS2211181820", "abc", "待确认", "￥88.00", "收据 🧾 receipt"], cellRoles: [nil, nil, .statusPending]),
            TableRow(["CS2211181821", "李四（测试）", "已退款", "￥0.50", "全角：ＡＢＣ"], cellRoles: [nil, nil, .statusFailed]),
        ]
        let table = Table(columns: [.fixed("订单号", 12), .fixed("买家", 12), .fixed("状态", 6),
                                    .fixed("金额", 10, alignment: .right), TableColumn("备注", min: 6, flex: 1)],
                          rows: rows, selected: 0, focused: true)
        buffer.render(table, in: block.inner(parts[1]))
        buffer.write("按键 keys: " + keys.joined(separator: " "), x: 0, y: parts[2].y, role: .muted)
        buffer.render(StatusBar(hints: [StatusBar.Hint("q", "退出 quit"), StatusBar.Hint("Ctrl-L", "重绘 redraw")],
                                right: "\(size.width)x\(size.height)"), in: parts[3])
        return buffer
    }

    /// Roles in 24-bit and 256-colour form, so the headless test sees the downsampling on 8-colour and
    /// monochrome terminal types; state is never shown by colour alone (bold/underline/reverse as well).
    static let palette = TerminalPalette([
        .title: ThemeStyle(fg: .rgb(255, 135, 0), bold: true),
        .header: ThemeStyle(fg: .ansi(33), bold: true, underline: true),
        .rowSelected: ThemeStyle(bold: true, reverse: true),
        .statusOk: ThemeStyle(fg: .ansi(2), bold: true),
        .statusPending: ThemeStyle(fg: .rgb(215, 175, 0), underline: true),
        .statusFailed: ThemeStyle(fg: .ansi(9), bold: true, underline: true),
        .bar: ThemeStyle(bg: .rgb(40, 40, 40)),
        .barKey: ThemeStyle(bg: .rgb(40, 40, 40), bold: true),
        .border: ThemeStyle(dim: true),
        .borderFocus: ThemeStyle(fg: .ansi(33)),
        .muted: ThemeStyle(dim: true),
    ])
}
