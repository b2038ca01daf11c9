import ConsoleUI
import SellerCore
import SellerStore
import TermUI

/// The console's own loop (`ConsoleLoop`) configured without a screen or threads: a scripted terminal, and
/// executors that perform each effect at once, in order, posting their answers to the inbox, until nothing is
/// left. Scripted key sessions in the tests and the console benchmark run on it. Store reads go to `reader`,
/// writes to `actions`, file requests to `files`, exports to `exporter` when set; sync, sender, theme and log
/// effects are only recorded. With `followUpReadsInBackground`, the reads a frame does not wait for (a list's
/// count, and the next page the selection nears) wait until `runBackgroundReads()`, as on the live console, whose
/// worker performs them while the screen paints what the key changed.
public final class HeadlessConsole {
    public let loop: ConsoleLoop
    public let terminal: ScriptedTerminal
    public let reader: StoreReader
    /// Performs store writes (actions); nil only records them.
    public let actions: ActionPerformer?
    public let files: FileInspector
    private let record: Record

    /// What the executors did that the tests look at.
    private final class Record {
        var otherEffects: [Effect] = []
        var readCount = 0
        var exporter: ExportPerformer?
        /// Counts and pages held back for `runBackgroundReads()`, in the order they were asked for.
        var backgroundReads: [StoreRead] = []
    }

    /// `terminal` defaults to a scripted one of the state's size. `programs` run the clipboard and browser
    /// programs; by default none is found, so a scripted session never starts one unless a test asks.
    public init(state: AppState, reader: StoreReader, actions: ActionPerformer? = nil,
                terminal: ScriptedTerminal? = nil, programs: ClipboardPrograms = ClipboardPrograms(environment: [:]),
                followUpReadsInBackground: Bool = false) {
        let inbox = Inbox()
        let record = Record()
        let files = FileInspector()
        var router = EffectRouter(
            read: { request in
                if followUpReadsInBackground, request.isFollowUp { return record.backgroundReads.append(request) }
                record.readCount += 1
                inbox.post(reader.perform(request))
            },
            write: { request in
                record.otherEffects.append(.write(request))
                if let actions { inbox.post(actions.perform(request)) }
            },
            file: { inbox.post(files.perform($0)) },
            sync: { record.otherEffects.append(.sync($0)) },
            sender: { record.otherEffects.append(.sender($0)) },
            theme: { record.otherEffects.append(.theme($0)) },
            log: { record.otherEffects.append(.log($0)) })
        router.export = { task in
            // At once, on this thread: progress after each page, then the outcome; nothing is left to cancel.
            guard case .start(let job) = task, let exporter = record.exporter else {
                return record.otherEffects.append(.export(task))
            }
            let outcome = exporter.run(job, cancelled: { false }) { inbox.post(.exportProgress(rows: $0, total: $1)) }
            inbox.post(.exportFinished(outcome))
        }
        router.download = { record.otherEffects.append(.download($0)) }
        let terminal = terminal ?? ScriptedTerminal(size: state.size)
        let now: (@escaping @Sendable () -> Void) -> Void = { $0() }
        let clipboard = ClipboardExecutor(terminal: terminal, programs: programs, background: now,
                                          post: { inbox.post($0) })
        let opener = LinksOpener(programs: programs, background: now, post: { inbox.post($0) })
        router.clipboard = { clipboard.perform($0) }
        router.link = { opener.perform($0) }
        self.terminal = terminal
        self.reader = reader
        self.actions = actions
        self.files = files
        self.record = record
        loop = ConsoleLoop(state: state, terminal: terminal, inbox: inbox, router: router)
    }

    public var state: AppState {
        get { loop.state }
        set { loop.state = newValue }
    }

    /// Effects that no executor here performs, in the order they were asked for (sync, sender, theme, log,
    /// download), and the store writes.
    public var otherEffects: [Effect] { record.otherEffects }
    /// Performs `:export` jobs when set (on the store the test names); without it they are only recorded.
    public var exporter: ExportPerformer? {
        get { record.exporter }
        set { record.exporter = newValue }
    }
    /// How many store reads have been performed.
    public var readCount: Int { record.readCount }

    public func start() {
        run(loop.state.start())
    }

    /// Each key is read by the loop and handled, with everything it leads to, before the next.
    public func press(_ keys: [Key]) {
        for key in keys {
            terminal.feed([key])
            loop.runUntilIdle()
        }
    }

    public func type(_ text: String) {
        press(text.map { .char($0) })
    }

    /// Whether reads are held back (`followUpReadsInBackground`) for `runBackgroundReads()`.
    public var hasBackgroundReads: Bool { !record.backgroundReads.isEmpty }

    /// Performs the reads held back, and everything their answers lead to; a read that leads to another (a page
    /// that brings the selection near the next) waits for the next call, as it would behind the worker's queue.
    public func runBackgroundReads() {
        let reads = record.backgroundReads
        record.backgroundReads = []
        for read in reads {
            record.readCount += 1
            loop.inbox.post(reader.perform(read))
        }
        loop.runUntilIdle()
    }

    public func send(_ message: Msg) {
        loop.inbox.post(message)
        loop.runUntilIdle()
    }

    /// Performs effects and everything their answers lead to, until nothing is left.
    public func run(_ effects: [Effect]) {
        loop.route(effects)
        loop.runUntilIdle()
    }
}

extension StoreRead {
    /// A read whose answer the frame of the key that asked for it does not wait for: a list's total, or a page
    /// fetched ahead of the selection (a key that runs past the loaded rows is held until its page arrives).
    var isFollowUp: Bool {
        switch self {
        case .count, .page: true
        default: false
        }
    }
}
