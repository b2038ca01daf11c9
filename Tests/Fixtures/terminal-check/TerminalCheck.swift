import CommandArguments
import CursesTerminal
import Foundation
import TermUI

/// `terminal-check`, a test fixture built with the tests and never shipped: a small fixed screen (Chinese
/// text, full-width punctuation, an emoji, a table) on the real terminal, for the tmux tests and for eyeballing
/// a terminal by hand. It echoes the keys it decodes, repaints on resize and Ctrl-L, quits on `q`, and with
/// `--crash` traps after the first paint so the crash-restore path can be seen. `--expected WxH` prints the
/// frame without a terminal; `--headless WxH` paints three frames into a headless ncurses screen and prints
/// what ncurses holds.
enum TerminalCheck {
    static let usage = """
        usage: terminal-check [--crash] [--mouse] [--pid-file PATH] [--log PATH]
               terminal-check --expected WxH
               terminal-check --headless WxH [--term TYPE]

        Paints a test screen and echoes decoded keys; q quits, Ctrl-L repaints.
          --crash       trap deliberately after the first paint (the terminal must still be restored)
          --mouse       report clicks and the wheel as keys
          --pid-file    write the process id here before opening the terminal
          --log         standard error goes to this file while the screen is up
          --expected    print the first frame for a WxH terminal, without opening one
          --headless    paint into an ncurses screen on /dev/null and print it back (tests)
          --term        terminal type for --headless (default xterm-256color)
        """

    static func run(_ arguments: [String]) -> Int32 {
        if arguments.contains("--help") || arguments.contains("-h") {
            FixtureOutput.print(usage)
            return ExitCode.success
        }
        let parsed: Arguments
        do {
            parsed = try Arguments(arguments, options: ["--pid-file", "--log", "--expected", "--headless", "--term"],
                                   flags: ["--crash", "--mouse", "--no-locale-fallback"])
        } catch {
            FixtureOutput.error("\(error.description)\n\(usage)")
            return ExitCode.usage
        }
        if let size = parsed.dimensions("--expected") {
            let lines = frame(Size(width: size.width, height: size.height), keys: [], variant: 0, policy: .default)
                .trimmedLines
            for line in lines { FixtureOutput.print(line) }
            return ExitCode.success
        }
        if let size = parsed.dimensions("--headless") {
            return runHeadless(Size(width: size.width, height: size.height),
                               terminalType: parsed.value("--term") ?? "xterm-256color",
                               localeFallback: !parsed.has("--no-locale-fallback"))
        }
        if let path = parsed.value("--pid-file") {
            do {
                try "\(getpid())\n".write(toFile: path, atomically: true, encoding: .utf8)
            } catch {
                FixtureOutput.error("cannot write \(path): \(error)")
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
            FixtureOutput.error("\(error)")
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
    static func runHeadless(_ size: Size, terminalType: String, localeFallback: Bool) -> Int32 {
        let terminal: CursesTerminal
        do {
            terminal = try CursesTerminal(options: TerminalOptions(mode: .headless(size, terminalType: terminalType),
                                                                    palette: palette, localeFallback: localeFallback))
        } catch {
            FixtureOutput.error("\(error)")
            return ExitCode.failure
        }
        let policy = terminal.recommendedWidthPolicy
        var output = terminal.warnings.map { "warning " + $0 }
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
        for line in output { FixtureOutput.print(line) }
        return ExitCode.success
    }
}
