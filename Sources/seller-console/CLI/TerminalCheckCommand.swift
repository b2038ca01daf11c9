import CursesTerminal
import Foundation
import TermUI

/// Hidden `terminal-check` subcommand: a small fixed screen (Chinese text, full-width punctuation, an emoji,
/// a table) on the real terminal, for the tmux tests and for eyeballing a terminal by hand. It echoes the
/// keys it decodes, repaints on resize and Ctrl-L, quits on `q`, and with `--crash` traps after the first
/// paint so the crash-restore path can be seen. `--expected WxH` prints the frame without a terminal;
/// `--headless WxH` paints three frames into a headless ncurses screen and prints what ncurses holds.
enum TerminalCheckCommand {
    static let usage = """
        usage: seller-console terminal-check [--crash] [--mouse] [--pid-file PATH] [--log PATH]
               seller-console terminal-check --expected WxH
               seller-console terminal-check --headless WxH [--term TYPE]

        Paints a test screen and echoes decoded keys; q quits, Ctrl-L repaints.
          --crash       trap deliberately after the first paint (the terminal must still be restored)
          --mouse       report clicks and the wheel as keys
          --pid-file    write the process id here before opening the terminal
          --log         standard error goes to this file while the screen is up
          --expected    print the first frame for a WxH terminal, without opening one
          --headless    paint into an ncurses screen on /dev/null and print it back (tests)
          --term        terminal type for --headless (default xterm-256color)
        """

    /// Below this the screen shows the "too small" view instead of the table.
    static let minimum = Size(width: 40, height: 10)

    static func run(_ arguments: [String]) -> Int32 {
        if arguments.contains("--help") || arguments.contains("-h") {
            Console.print(usage)
            return ExitCode.success
        }
        let parsed: Arguments
        do {
            parsed = try Arguments(arguments, options: ["--pid-file", "--log", "--expected", "--headless", "--term"],
                                   flags: ["--crash", "--mouse"])
        } catch {
            Console.error("\(error.description)\n\(usage)")
            return ExitCode.usage
        }
        if let text = parsed.value("--expected") {
            guard let size = parseSize(text) else { return badSize(text) }
            for line in frame(size, keys: [], variant: 0, policy: .default).trimmedLines { Console.print(line) }
            return ExitCode.success
        }
        if let text = parsed.value("--headless") {
            guard let size = parseSize(text) else { return badSize(text) }
            return runHeadless(size, terminalType: parsed.value("--term") ?? "xterm-256color")
        }
        if let path = parsed.value("--pid-file") {
            do {
                try "\(getpid())\n".write(toFile: path, atomically: true, encoding: .utf8)
            } catch {
                Console.error("cannot write \(path): \(error)")
                return ExitCode.failure
            }
        }
        return runInteractive(crash: parsed.has("--crash"), mouse: parsed.has("--mouse"), log: parsed.value("--log"))
    }

    // MARK: - Modes

    static func runInteractive(crash: Bool, mouse: Bool, log: String?) -> Int32 {
        let terminal: CursesTerminal
        do {
            terminal = try CursesTerminal(options: TerminalOptions(mouse: mouse, palette: palette,
                                                                    standardErrorLog: log))
        } catch {
            Console.error("terminal-check: \(error)")
            return ExitCode.failure
        }
        let policy = terminal.recommendedWidthPolicy
        var keys: [String] = terminal.warnings
        var previous: Buffer?
        func repaint() {
            let current = frame(terminal.size, keys: keys, variant: 0, policy: policy)
            terminal.paint(current, previous: previous)
            previous = current
        }
        repaint()
        if crash {
            preconditionFailure("terminal-check --crash: deliberate trap after the first paint")
        }
        loop: while true {
            guard let key = terminal.readKey(timeout: .milliseconds(250)) else { continue }
            switch key {
            case .char("q"):
                break loop
            case .resize:
                previous = nil
            case .ctrl("l"):
                terminal.forceRepaint()
                previous = nil
            default:
                keys.append(key.name)
                if keys.count > 12 { keys.removeFirst(keys.count - 12) }
            }
            repaint()
        }
        terminal.restore()
        return ExitCode.success
    }

    /// Frame 1 painted whole, frame 2 as a diff (wide characters shifted by one column), frame 3 after a
    /// resize; after each, the buffer's lines, ncurses' lines and the look of the first cell of every role.
    static func runHeadless(_ size: Size, terminalType: String) -> Int32 {
        let terminal: CursesTerminal
        do {
            terminal = try CursesTerminal(options: TerminalOptions(mode: .headless(size, terminalType: terminalType),
                                                                    palette: palette))
        } catch {
            Console.error("terminal-check: \(error)")
            return ExitCode.failure
        }
        let policy = terminal.recommendedWidthPolicy
        var output: [String] = []
        var previous: Buffer?
        let steps: [(Size, [String], Int)] = [
            (size, [], 0),
            (size, ["中", "文", "x"], 1),
            (Size(width: max(1, size.width - 7), height: max(1, size.height - 2)), ["f5"], 1),
        ]
        for (number, step) in steps.enumerated() {
            if step.0 != terminal.size { terminal.resizeHeadless(to: step.0) }
            let current = frame(terminal.size, keys: step.1, variant: step.2, policy: policy)
            terminal.paint(current, previous: previous)
            previous = current
            output.append("frame \(number + 1) \(current.size) utf8=\(terminal.isUTF8 ? 1 : 0) "
                + "colors=\(terminal.colorCount)")
            output += current.trimmedLines.map { "buffer|" + $0 }
            output += terminal.screenLines().map { "screen|" + $0 }
            output.append(cellReport(current, terminal))
            output += roleReport(current, terminal)
        }
        terminal.restore()
        for line in output { Console.print(line) }
        return ExitCode.success
    }

    /// Compares every cell ncurses holds with the buffer: the glyph at each grapheme's first column (`?` for
    /// non-ASCII in the ASCII fallback), and at the column a wide one spills into, the same wide character.
    static func cellReport(_ buffer: Buffer, _ terminal: CursesTerminal) -> String {
        var checked = 0
        var mismatches: [String] = []
        for y in 0..<buffer.height {
            for x in 0..<buffer.width {
                let cell = buffer[x, y]
                guard let screen = terminal.screenCell(x: x, y: y) else { continue }
                checked += 1
                let expected: String
                if cell.isContinuation {
                    // ncurses reports a wide character again at the column it spills into.
                    expected = terminal.isUTF8 ? String(buffer[x - 1, y].grapheme) : "?"
                } else if terminal.isUTF8 || (cell.grapheme.isASCII && cell.grapheme.unicodeScalars.count == 1) {
                    expected = String(cell.grapheme)
                } else {
                    expected = "?"
                }
                if screen.text != expected { mismatches.append("\(x),\(y):\(expected)≠\(screen.text)") }
            }
        }
        return "cells checked=\(checked) mismatched=\(mismatches.count) \(mismatches.prefix(5).joined(separator: " "))"
    }

    static func roleReport(_ buffer: Buffer, _ terminal: CursesTerminal) -> [String] {
        var seen = Set<StyleRole>()
        var lines: [String] = []
        for y in 0..<buffer.height {
            for x in 0..<buffer.width {
                let cell = buffer[x, y]
                guard !cell.isContinuation, cell.grapheme != " ", !seen.contains(cell.role) else { continue }
                seen.insert(cell.role)
                guard let screen = terminal.screenCell(x: x, y: y) else { continue }
                let attributes = [("bold", screen.bold), ("underline", screen.underline),
                                  ("reverse", screen.reverse), ("dim", screen.dim)]
                    .filter(\.1).map(\.0).joined(separator: ",")
                lines.append("role \(cell.role.rawValue) \(x),\(y) text=\(screen.text) fg=\(screen.foreground) "
                    + "bg=\(screen.background) attrs=\(attributes.isEmpty ? "-" : attributes)")
            }
        }
        return lines
    }

    // MARK: - The screen

    /// The test screen for a size: title, a table of orders in a frame, the echoed keys, a status bar.
    /// `variant` 1 shifts the wide characters of the first row by one column (the "ghost" case).
    static func frame(_ size: Size, keys: [String], variant: Int, policy: WidthPolicy) -> Buffer {
        var buffer = Buffer(size: size, policy: policy)
        guard size.width >= minimum.width, size.height >= minimum.height else {
            buffer.render(TooSmallView(required: minimum, actual: size), in: buffer.area)
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

    static func parseSize(_ text: String) -> Size? {
        let parts = text.split(separator: "x")
        guard parts.count == 2, let w = Int(parts[0]), let h = Int(parts[1]), (1...1_000).contains(w),
              (1...1_000).contains(h) else { return nil }
        return Size(width: w, height: h)
    }

    static func badSize(_ text: String) -> Int32 {
        Console.error("size must be WxH, 1-1000 each, not \(text)")
        return ExitCode.usage
    }
}
