import ConsoleUI
import CursesTerminal
import Foundation
import Localization
import SellerCore
import SellerStore
import TermUI

/// The live console: opens the store, the terminal and the background executors, and runs `ConsoleLoop` on this
/// thread, which owns ncurses. Its router hands store reads, store writes and file requests to worker threads,
/// the sync and the sender to their runners, themes to `ThemeSwitcher` and log lines to the log file. Nothing but
/// the painted frame reaches the terminal.
public final class ConsoleSession {
    let configuration: ConsoleConfiguration
    let log: ConsoleLog
    let inbox = Inbox()
    var worker: EffectWorker<StoreRead>?
    var writer: EffectWorker<StoreWrite>?
    var inspector: EffectWorker<FileRequest>?
    var syncRunner: SyncRunner?
    var outboxRunner: OutboxRunner?
    var downloadRunner: DownloadRunner?
    let themes: ThemeSwitcher
    let exportRunner: ExportRunner

    /// Milliseconds between clock ticks (spinner, toasts, background sync timer).
    static let tickMilliseconds: Int64 = 250

    public init(configuration: ConsoleConfiguration) {
        self.configuration = configuration
        log = ConsoleLog(path: configuration.logPath)
        themes = ThemeSwitcher(directories: configuration.themeDirectories, noColor: configuration.noColor,
                               language: configuration.language)
        exportRunner = ExportRunner(performer: ExportPerformer(storePath: configuration.storePath), inbox: inbox)
    }

    /// Opens the terminal and runs until the seller quits. Returns a process exit code; errors before the
    /// screen opens are returned as text for the caller to print (the terminal is not ours yet).
    public func run() async -> Result<Int32, ConsoleStartError> {
        let started = ContinuousClock.now
        let creation: StoreCreation?
        let storeNotices: [String]
        do {
            // Create and migrate before reading, on a queue of its own (not the cooperative pool); a store made
            // here and never filled is removed at quit.
            let path = configuration.storePath
            let language = configuration.language
            (creation, storeNotices) = try await BlockingExecutor(label: "store open").run {
                () throws -> (StoreCreation?, [String]) in
                let store = try LocalStore(path: path)
                let opened = (store.creation, store.notices.map { StoreNoticeText.phrase($0).text(language) })
                try store.close()
                return opened
            }
        } catch {
            return .failure(.store(String(describing: error)))
        }
        let (keymap, keyProblems) = Keymap.defaults.applying(configuration.keyOverrides)
        let theme = themes.load(configuration.theme)
        let terminal: CursesTerminal
        do {
            terminal = try CursesTerminal(options: TerminalOptions(
                mouse: configuration.mouse, colors: !configuration.noColor, palette: TerminalPalette(theme.styles),
                standardErrorLog: configuration.logPath))
        } catch {
            return .failure(.terminal(String(describing: error)))
        }
        log.write("console opened: store \(configuration.storePath), \(terminal.size.width)x\(terminal.size.height)")
        var state = AppState(size: terminal.size, now: currentTimestamp(),
                             utcOffsetSeconds: configuration.utcOffsetSeconds,
                             policy: terminal.recommendedWidthPolicy, keymap: keymap, themeName: theme.name,
                             themeNames: themes.availableNames(), readOnly: configuration.readOnly,
                             syncAvailable: configuration.client != nil,
                             syncIntervalSeconds: configuration.refreshSeconds, language: configuration.language)
        state.workingDirectory = FileManager.default.currentDirectoryPath
        state.attachments.downloadDirectory = configuration.downloadDirectory
        state.attachments.homeDirectory = ProcessInfo.processInfo.environment["HOME"]
        state.attention.bellEnabled = configuration.notifications.bell
        state.attention.titleEnabled = configuration.notifications.title
        state.clipboard.method = configuration.clipboard
        state.sellerCenter = configuration.sellerCenter
        let locale = terminal.localeNotice.map { [RuntimeText.locale($0).text(configuration.language)] } ?? []
        let warnings = locale + storeNotices + configuration.startupWarnings
            + keyProblems.map { $0.text(configuration.language) }
            + (theme.warning.map { [$0] } ?? [])
        for warning in warnings {
            log.write("warning: \(warning)")
            state.showToast(warning, kind: .warn)
        }
        restoreViews(into: &state)
        startBackground()
        let loop = ConsoleLoop(state: state, terminal: terminal, inbox: inbox, router: router(terminal: terminal),
                               clock: currentTimestamp, tickMilliseconds: Self.tickMilliseconds)
        var firstRowsLogged = false
        loop.painted = { [log] state in
            guard !firstRowsLogged, state.activeList?.loaded == true else { return }
            firstRowsLogged = true
            log.write("first frame with the list loaded painted \(started.duration(to: .now)) after start")
        }
        loop.route(loop.state.start())
        loop.run()
        exportRunner.cancelAndWait()
        rememberViews(loop.state)
        worker?.stop()
        writer?.stop()
        inspector?.stop()
        terminal.restore()   // give the terminal back at once
        // Requests in flight are cancelled, not waited for: both stop at once, side by side, even when the
        // marketplace never answers.
        let syncRunner = syncRunner
        async let syncStopped: Void = syncRunner?.cancelAndWait() ?? ()
        await outboxRunner?.stopAndWait()
        await downloadRunner?.cancelAndWait()
        await syncStopped
        if let creation, LocalStore.removeIfUnused(creation) {
            log.write("removed the store \(configuration.storePath): it was created now and nothing was stored")
        }
        log.write("console closed")
        return .success(0)
    }

    func startBackground() {
        let path = configuration.storePath
        let worker = EffectWorker.storeReader(path: path, inbox: inbox)
        worker.start()
        self.worker = worker
        let writer = EffectWorker.storeWriter(path: path, client: configuration.client, inbox: inbox)
        writer.start()
        self.writer = writer
        let inspector = EffectWorker.fileInspector(inbox: inbox)
        inspector.start()
        self.inspector = inspector
        downloadRunner = DownloadRunner(client: configuration.client) { [inbox] in inbox.post($0) }
        if let client = configuration.client {
            syncRunner = SyncRunner(storePath: path, client: client, inbox: inbox, clock: currentTimestamp)
            // --readonly disables every action, sending those queued earlier included.
            if !configuration.readOnly {
                let sender = OutboxRunner(storePath: path, client: client, replay: configuration.replay,
                                          inbox: inbox, log: log, language: configuration.language)
                sender.start()
                outboxRunner = sender
            }
        }
    }

    /// Where each executor's requests go in the live console.
    func router(terminal: any Terminal) -> EffectRouter {
        let themes = self.themes
        let inbox = self.inbox
        let programs = ClipboardPrograms()
        let thread: (@escaping @Sendable () -> Void) -> Void = { job in Thread { job() }.start() }
        let clipboard = ClipboardExecutor(terminal: terminal, programs: programs, background: thread,
                                          post: { inbox.post($0) })
        let opener = LinksOpener(programs: programs, background: thread, post: { inbox.post($0) })
        var router = EffectRouter(
            read: { [worker] in worker?.submit($0) },
            write: { [writer] in writer?.submit($0) },
            file: { [inspector] in inspector?.submit($0) },
            sync: { [syncRunner] in syncRunner?.perform($0) },
            sender: { [outboxRunner] in outboxRunner?.perform($0) },
            theme: { themes.perform($0, inbox: inbox, terminal: terminal) },
            log: { [log] in log.write($0) })
        router.export = { [exportRunner] in exportRunner.perform($0) }
        router.clipboard = { clipboard.perform($0) }
        router.link = { opener.perform($0) }
        router.download = { [downloadRunner] in downloadRunner?.perform($0) }
        return router
    }
}

/// Why the console could not open; printed by the caller after nothing was drawn.
public enum ConsoleStartError: Error, CustomStringConvertible {
    case store(String)
    case terminal(String)

    public var description: String {
        switch self {
        case .store(let reason): "cannot open the local store: \(reason)"
        case .terminal(let reason): "cannot open the terminal: \(reason)"
        }
    }
}
