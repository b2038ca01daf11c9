import CommandArguments
import ConsoleRuntime
import ConsoleUI
import CursesTerminal
import Foundation
import SellerCore
import SellerStore
import TermUI

/// `seller-console benchmark-console --store PATH`: the console's performance budget (ARCHITECTURE §11) measured on
/// a store, printed, never asserted. It runs the console's own loop (`HeadlessConsole`): update, store reads,
/// rendering and ncurses painting (into a headless screen) with scripted keys, all on one thread. A list's count
/// runs after the key's frame is painted, as on the live console (its worker answers the window first, and the
/// screen paints it while the worker counts), and is timed on its own; every other read is inside the key.
enum ConsoleBenchmarkCommand {
    static let usage = """
        usage: seller-console benchmark-console --store PATH [--size WxH] [--keys N] [--filter TEXT] [--breakdown]

        Measures, on an existing store (make one with `benchmark-sync --orders 1000000 --store PATH`):
          first frame      opening the store to the first painted frame with rows and a detail pane
          scroll keys      j, k, PgDn, PgUp, Ctrl-D, Ctrl-U: key to painted frame, p50/p99/max
          jump keys        G and g, 100 of each
          filter keys      each typed character of --filter (typed 20 times) to its first page painted,
                           p50/p95/p99
          reads after      the reads a key's frame does not wait for (a list's count, the page ahead of
                           the selection) run after it, as on the live console, and are printed on
                           their own and with the key; a key that waits for a page is timed to it
          peak memory      maximum resident set size of the process
          --size WxH    terminal size (default 160x48)
          --keys N      scroll keystrokes to time, 1 to 1000000 (default 3000)
          --filter TEXT filter typed one character at a time (default 科技 有限)
          --breakdown   also print, per phase, each kind of store read's count and time
        """

    static func run(_ arguments: [String]) throws(Arguments.UsageError) -> Int32 {
        let parsed = try Arguments(arguments, options: ["--store", "--size", "--keys", "--filter"],
                                   flags: ["--breakdown"])
        guard let path = parsed.value("--store"), FileManager.default.fileExists(atPath: path) else {
            throw Arguments.UsageError(description: "benchmark-console needs --store PATH of an existing store")
        }
        let size = parsed.dimensions("--size").map { Size(width: $0.width, height: $0.height) }
            ?? Size(width: 160, height: 48)
        let keyCount = parsed.integer("--keys") ?? 3_000
        do {
            try measure(path: path, size: size, keyCount: keyCount, filter: parsed.value("--filter") ?? "科技 有限",
                        breakdown: parsed.has("--breakdown") ? ConsoleBenchmarkBreakdown() : nil)
            return ExitCode.success
        } catch {
            Console.error("benchmark-console: \(error)")
            return ExitCode.failure
        }
    }

    static func measure(path: String, size: Size, keyCount: Int, filter: String,
                        breakdown: ConsoleBenchmarkBreakdown?) throws {
        // As the console does before its first frame: open read-write once, which applies pending migrations.
        let migrated = time { _ = try? LocalStore(path: path, memory: .compact).close() }
        let started = ContinuousClock.now
        let reader = StoreReader(store: try LocalStore(path: path, readOnly: true, memory: .compact))
        breakdown?.observe(reader)
        // On 订单, the list the budget is about (the console itself opens on 概览).
        let state = AppState(size: size, now: currentTimestamp(), utcOffsetSeconds: TimeZone.current.secondsFromGMT(),
                             startTab: .orders)
        let terminal = try CursesTerminal(options: TerminalOptions(mode: .headless(size)))
        defer { terminal.restore() }
        // The loop paints every changed frame into the headless ncurses screen, as the live console does.
        let console = HeadlessConsole(state: state, reader: reader,
                                      terminal: ScriptedTerminal(size: size, screen: terminal),
                                      followUpReadsInBackground: true)
        // The first frame needs the active tab's rows and its selected record; counts of every tab follow.
        let effects = console.state.start()
        let firstFrame = effects.filter { if case .read(.window(let r)) = $0 { return r.tab == .orders } else { return false } }
        console.run(firstFrame)
        let firstFrameTime = started.duration(to: .now)
        console.run(effects.filter { !firstFrame.contains($0) })
        console.runBackgroundReads()
        let allCountedTime = started.duration(to: .now)
        var report = breakdown?.lines(phase: "start", keys: [allCountedTime]) ?? []
        let rows = console.state.tabs[.orders]?.total ?? 0

        let scrollKeys: [Key] = Array(repeating: .char("j"), count: 20) + Array(repeating: .pageDown, count: 6)
            + [.ctrl("d"), .ctrl("d")] + Array(repeating: .char("k"), count: 10) + [.pageUp, .ctrl("u")]
        breakdown?.reset()
        var scroll = KeyTimes()
        while scroll.painted.count < keyCount {
            for key in scrollKeys where scroll.painted.count < keyCount {
                scroll.time(console) { console.press([key]) }
            }
        }
        report += breakdown?.lines(phase: "scroll", keys: scroll.whole) ?? []
        breakdown?.reset()
        var jumps = KeyTimes()
        // 200 jumps, so that their p99 is not simply the slowest one.
        for _ in 0..<100 {
            jumps.time(console) { console.press([.char("G")]) }
            jumps.time(console) { console.press([.char("g")]) }
        }
        report += breakdown?.lines(phase: "jump", keys: jumps.whole) ?? []
        breakdown?.reset()
        var filtering = KeyTimes()
        // Typed 20 times, so that the keys' p99 is not simply the slowest one.
        for _ in 0..<20 {
            console.press([.char("/")])
            console.runBackgroundReads()
            for character in filter { filtering.time(console) { console.type(String(character)) } }
            // Leaving the filter reloads the whole list: not a timed key, so not in the breakdown either.
            breakdown?.recording = false
            console.press([.escape])
            console.runBackgroundReads()
            breakdown?.recording = true
        }
        report += breakdown?.lines(phase: "filter", keys: filtering.whole) ?? []
        Console.print("store: \(path) (\(CountFormat.grouped(rows)) orders), screen \(size.width)x\(size.height)")
        Console.print("store opened read-write (migrations): \(ms(migrated)) ms")
        Console.print("first frame: \(ms(firstFrameTime)) ms (all tabs counted: \(ms(allCountedTime)) ms)")
        Console.print("scroll keys (\(scroll.painted.count)): p50 \(ms(percentile(scroll.painted, 0.5))) ms, "
                      + "p99 \(ms(percentile(scroll.painted, 0.99))) ms, max \(ms(percentile(scroll.painted, 1))) ms"
                      + scroll.readsAfterSuffix(0.99))
        Console.print("jump keys (\(jumps.painted.count)): p50 \(ms(percentile(jumps.painted, 0.5))) ms, "
                      + "p99 \(ms(percentile(jumps.painted, 0.99))) ms" + jumps.readsAfterSuffix(0.99))
        Console.print("filter keys (\(filtering.painted.count), \"\(filter)\"): "
                      + "p50 \(ms(percentile(filtering.painted, 0.5))) ms, "
                      + "p95 \(ms(percentile(filtering.painted, 0.95))) ms, "
                      + "p99 \(ms(percentile(filtering.painted, 0.99))) ms to the first page"
                      + filtering.readsAfterSuffix(0.95))
        Console.print("peak memory: \(peakResidentMegabytes()) MB (max RSS)")
        for line in report { Console.print(line) }
    }

    /// Each timed key's time to its painted frame, and the time of the reads it asked for that the live
    /// console's worker performs while that frame is painted: a list's count (the status line's total follows
    /// the rows) and the page ahead of the selection. Keys come one after another, each once the last one's reads
    /// are done, as keys typed or repeated (about 30 a second) come on the live console. A key that ran past the
    /// loaded rows waits for its page (`HeldKeys`): its frame comes with the page, so the page is in its time.
    struct KeyTimes {
        var painted: [Duration] = []
        var after: [Duration] = []
        var keysWithReadsAfter = 0
        var keysHeldForPages = 0
        var whole: [Duration] { zip(painted, after).map { $0 + $1 } }

        mutating func time(_ console: HeadlessConsole, _ key: () -> Void) {
            let frame = ConsoleBenchmarkCommand.time(key)
            let held = console.state.lists.held.isHolding
            let hasReads = console.hasBackgroundReads
            let reads = ConsoleBenchmarkCommand.time { console.runBackgroundReads() }
            keysHeldForPages += held ? 1 : 0
            keysWithReadsAfter += hasReads && !held ? 1 : 0
            painted.append(held ? frame + reads : frame)
            after.append(held ? .zero : reads)
        }

        /// "; reads after the frame (in n keys), p95 x ms; key and its reads, p95 y ms", or nothing when no key
        /// asked for any; and how many keys waited for a page. Percentiles are over all the keys.
        func readsAfterSuffix(_ p: Double) -> String {
            let label = "p\(Int((p * 100).rounded()))"
            let held = keysHeldForPages > 0 ? "; \(keysHeldForPages) keys waited for a page" : ""
            guard keysWithReadsAfter > 0 else { return held }
            return "; reads after the frame (in \(keysWithReadsAfter) keys), \(label) \(ms(percentile(after, p))) ms; "
                + "key and its reads, \(label) \(ms(percentile(whole, p))) ms" + held
        }
    }

    static func time(_ body: () -> Void) -> Duration {
        let start = ContinuousClock.now
        body()
        return start.duration(to: .now)
    }

    static func percentile(_ values: [Duration], _ p: Double) -> Duration {
        let sorted = values.sorted()
        guard !sorted.isEmpty else { return .zero }
        return sorted[min(sorted.count - 1, Int((Double(sorted.count - 1) * p).rounded(.up)))]
    }

    static func ms(_ duration: Duration) -> String {
        let (seconds, attoseconds) = duration.components
        return String(format: "%.2f", Double(seconds) * 1000 + Double(attoseconds) / 1e15)
    }

    static func peakResidentMegabytes() -> String {
        guard let kilobytes = PeakMemory.kilobytes() else { return "?" }
        return String(format: "%.1f", Double(kilobytes) / 1024)
    }
}
