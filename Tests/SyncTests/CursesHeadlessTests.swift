import Foundation
import Testing
import TermUI
import TestSupport

/// CursesTerminal's headless mode (ncurses on /dev/null at a fixed size, ARCHITECTURE §10), driven through
/// the `terminal-check --headless` test fixture: each frame is painted (whole, as a diff, after a resize) and
/// read back from ncurses with `mvwinnwstr`/`mvwin_wch`. Runs without a TTY, so it is deterministic anywhere
/// with the ncurses terminfo entries. A subprocess, because ncurses state is process-wide and tests run in
/// parallel.
@Suite("curses headless")
struct CursesHeadlessTests {
    /// One painted frame as the command reports it.
    struct Frame {
        var header = ""
        var buffer: [String] = []
        var screen: [String] = []
        var cells = ""
        var roles: [String: String] = [:]
    }

    static func run(_ arguments: [String], locale: String = "C.UTF-8") throws -> (Int32, String, String) {
        let outcome = try ChildProcess.run(try #require(CommandLineTests.executable("terminal-check")), arguments,
                                           overrides: ["LC_ALL": locale, "LANG": locale])
        return (outcome.status, outcome.output, outcome.errors)
    }

    static func frames(_ size: String, term: String = "xterm-256color", locale: String = "C.UTF-8",
                       extra: [String] = []) throws -> [Frame] {
        let (status, output, errors) = try run(["--headless", size, "--term", term] + extra, locale: locale)
        #expect(status == 0, "\(errors)")
        var frames: [Frame] = []
        for line in output.components(separatedBy: "\n") {
            if line.hasPrefix("frame ") {
                frames.append(Frame(header: line))
            } else if frames.isEmpty {
                continue
            } else if line.hasPrefix("buffer|") {
                frames[frames.count - 1].buffer.append(String(line.dropFirst(7)))
            } else if line.hasPrefix("screen|") {
                frames[frames.count - 1].screen.append(String(line.dropFirst(7)))
            } else if line.hasPrefix("cells ") {
                frames[frames.count - 1].cells = line
            } else if line.hasPrefix("role ") {
                let parts = line.split(separator: " ", maxSplits: 2)
                if parts.count == 3 { frames[frames.count - 1].roles[String(parts[1])] = String(parts[2]) }
            }
        }
        return frames
    }

    @Test("every cell ncurses holds matches the buffer: wide characters once, on the right columns",
          arguments: ["100x30", "60x12", "53x17", "45x10", "41x10", "39x9", "20x4"])
    func cellsMatchBuffer(size: String) throws {
        let frames = try Self.frames(size)
        #expect(frames.count == 3)
        for frame in frames {
            #expect(frame.header.contains("utf8=1"))
            #expect(frame.screen == frame.buffer, "\(frame.header)")
            #expect(frame.cells.contains("mismatched=0"), "\(frame.header): \(frame.cells)")
        }
        // The whole-frame paint is the same screen the pure TermUI path lays out.
        let (_, expected, _) = try Self.run(["--expected", size])
        let expectedLines = expected.components(separatedBy: "\n").dropLast()
        #expect(frames.first?.buffer == Array(expectedLines))
        if size == "60x12" {
            #expect(frames[0].screen[3] == "│CS2211181819 张三         已付款 ￥1,024.00 加急，请尽快… │")
            #expect(frames[1].screen[3] == "│CS2211181819 x张三        已付款 ￥1,024.00 加急，请尽快… │")
            #expect(frames[1].screen[10] == "按键 keys: 中 文 x")
            #expect(frames[2].header.hasPrefix("frame 3 53x10"))
        }
    }

    @Test("roles become colours the terminal has: 256, 8, or attributes only",
          arguments: [("xterm-256color", "colors=256", ["208", "33", "9", "235"]),
                      ("xterm", "colors=8", ["3", "6", "1", "0"]),
                      ("vt100", "colors=0", ["-1", "-1", "-1", "-1"])])
    func colours(term: String, colors: String, numbers: [String]) throws {
        let frame = try #require(try Self.frames("60x12", term: term).first)
        #expect(frame.header.contains(colors), "\(frame.header)")
        #expect(frame.roles["title"]?.contains("fg=\(numbers[0]) ") == true && frame.roles["title"]?.hasSuffix("attrs=bold") == true,
                "\(frame.roles["title"] ?? "no title")")
        #expect(frame.roles["header"]?.contains("fg=\(numbers[1]) ") == true
                    && frame.roles["header"]?.hasSuffix("attrs=bold,underline") == true)
        #expect(frame.roles["statusFailed"]?.contains("fg=\(numbers[2]) ") == true
                    && frame.roles["statusFailed"]?.hasSuffix("attrs=bold,underline") == true)
        #expect(frame.roles["bar"]?.contains("bg=\(numbers[3]) ") == true)
        // State never by colour alone: the selection and the muted text keep their attributes everywhere.
        #expect(frame.roles["rowSelected"]?.hasSuffix("attrs=bold,reverse") == true)
        #expect(frame.roles["muted"]?.hasSuffix("attrs=dim") == true)
        #expect(frame.roles["row"]?.hasSuffix("fg=-1 bg=-1 attrs=-") == true)
    }

    @Test("a non-UTF-8 locale paints every non-ASCII column as ? and keeps the layout")
    func asciiFallback() throws {
        let frames = try Self.frames("60x12", locale: "C", extra: ["--no-locale-fallback"])
        #expect(frames.count == 3)
        for frame in frames {
            #expect(frame.header.contains("utf8=0"))
            #expect(frame.cells.contains("mismatched=0"), "\(frame.cells)")
            let policy = WidthPolicy(ambiguous: .wide, ellipsis: "~")
            let masked = frame.buffer.map { line in
                line.map { c -> String in
                    c.isASCII ? String(c) : String(repeating: "?", count: DisplayWidth.width(of: c, policy: policy))
                }.joined()
            }
            #expect(frame.screen == masked)
            #expect(frame.screen.allSatisfy { $0.allSatisfy(\.isASCII) })
            #expect(frame.buffer.allSatisfy { !$0.contains("─") && !$0.contains("…") }, "ASCII line drawing")
        }
    }

    @Test("a non-UTF-8 locale falls back to C.UTF-8 and says so: Chinese is drawn, not ?")
    func utf8LocaleFallback() throws {
        let (status, output, errors) = try Self.run(["--headless", "60x12"], locale: "C")
        #expect(status == 0, "\(errors)")
        #expect(output.contains("warning The locale's codeset is ANSI_X3.4-1968, not UTF-8, so the console uses C.UTF-8"), "\(output.prefix(400))")
        let frames = try Self.frames("60x12", locale: "C")
        for frame in frames {
            #expect(frame.header.contains("utf8=1"))
            #expect(frame.screen == frame.buffer)
            #expect(frame.screen.contains { !$0.allSatisfy(\.isASCII) }, "non-ASCII is drawn")
        }
    }

    @Test("refusals are explained: unknown terminal type, no terminal, bad size")
    func refusals() throws {
        let (unknown, _, unknownMessage) = try Self.run(["--headless", "60x12", "--term", "no-such-terminal-type"])
        #expect(unknown == 1 && unknownMessage.contains("cannot use terminal type 'no-such-terminal-type'"))
        let (noTTY, _, noTTYMessage) = try Self.run([])
        #expect(noTTY == 1 && noTTYMessage.contains("standard input and output must be a terminal"))
        let (badSize, _, badSizeMessage) = try Self.run(["--headless", "0x12"])
        #expect(badSize == 2 && badSizeMessage.contains("size must be WxH"))
        let (help, helpText, _) = try Self.run(["--help"])
        #expect(help == 0 && helpText.contains("usage: terminal-check"))
    }
}
