import ConsoleUI
import CursesTerminal
import Foundation
import SellerCore
import SellerStore
import TermUI

/// The console's run loop. ncurses stays on this thread: it waits in `poll` for a key or a wake-up from the
/// background (store reads, sync), feeds every key and message through `AppState.update`, hands the effects
/// out, and paints the difference to the previous frame. Nothing but the painted frame reaches the terminal.
public final class ConsoleSession {
    let configuration: ConsoleConfiguration
    let log: ConsoleLog
    let inbox = Inbox()
    var terminal: CursesTerminal?
    var worker: EffectWorker<StoreRead>?
    var writer: EffectWorker<StoreWrite>?
    var inspector: EffectWorker<FileRequest>?
    var syncRunner: SyncRunner?
    var outboxRunner: OutboxRunner?
    var themes: ThemeSwitcher

    /// Milliseconds between clock ticks (spinner, toasts, background sync timer).
    static let tickMilliseconds: Int64 = 250

    public init(configuration: ConsoleConfiguration) {
        self.configuration = configuration
        log = ConsoleLog(path: configuration.logPath)
        themes = ThemeSwitcher(directories: configuration.themeDirectories, noColor: configuration.noColor)
    }

    /// Opens the terminal and runs until the seller quits. Returns a process exit code; errors before the
    /// screen opens are returned as text for the caller to print (the terminal is not ours yet).
    public func run() async -> Result<Int32, ConsoleStartError> {
        let started = ContinuousClock.now
        let creation: StoreCreation?
        let storeNotices: [String]
        do {
            // Create and migrate before reading; a store made here and never filled is removed at quit.
            let store = try LocalStore(path: configuration.storePath)
            creation = store.creation
            storeNotices = store.notices.map(\.description)
            try store.close()
        } catch {
            return .failure(.store(String(describing: error)))
        }
        let (keymap, keyProblems) = Keymap.defaults.applying(configuration.keyOverrides)
        let theme = themes.load(configuration.theme)
        let terminal: CursesTerminal
        do {
            terminal = try CursesTerminal(options: TerminalOptions(
                mouse: configuration.mouse, colors: !configuration.noColor, palette: theme.palette,
                standardErrorLog: configuration.logPath))
        } catch {
            return .failure(.terminal(String(describing: error)))
        }
        self.terminal = terminal
        log.write("console opened: store \(configuration.storePath), \(terminal.size.width)x\(terminal.size.height)")
        var state = AppState(size: terminal.size, now: currentTimestamp(),
                             utcOffsetSeconds: configuration.utcOffsetSeconds,
                             policy: terminal.recommendedWidthPolicy, keymap: keymap, themeName: theme.name,
                             themeNames: themes.availableNames(), readOnly: configuration.readOnly,
                             syncAvailable: configuration.client != nil,
                             syncIntervalSeconds: configuration.refreshSeconds)
        state.workingDirectory = FileManager.default.currentDirectoryPath
        let warnings = terminal.warnings + storeNotices + configuration.startupWarnings + keyProblems.map(\.description)
            + theme.warnings
        for warning in warnings {
            log.write("warning: \(warning)")
            state.showToast(warning, kind: .warn)
        }
        startBackground()
        dispatch(state.start(), state: &state)
        loop(&state, terminal: terminal, started: started)
        worker?.stop()
        writer?.stop()
        inspector?.stop()
        terminal.restore()   // give the terminal back at once
        // Requests in flight are cancelled, not waited for: both stop at once, side by side, even when the
        // marketplace never answers.
        let syncRunner = syncRunner
        async let syncStopped: Void = syncRunner?.cancelAndWait() ?? ()
        await outboxRunner?.stopAndWait()
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
        if let client = configuration.client {
            syncRunner = SyncRunner(storePath: path, client: client, inbox: inbox, clock: currentTimestamp)
            // --readonly disables every action, sending those queued earlier included.
            if !configuration.readOnly {
                let sender = OutboxRunner(storePath: path, client: client, inbox: inbox, log: log)
                sender.start()
                outboxRunner = sender
            }
        }
    }

    /// `started` is when `run` began, for the log's note of how long the first frame with rows took.
    func loop(_ state: inout AppState, terminal: CursesTerminal, started: ContinuousClock.Instant) {
        var firstRowsLogged = false
        var previous: Buffer?
        var lastTick = currentTimestamp()
        var dirty = true
        while !state.quitting {
            if dirty {
                let frame = ConsoleScreen.render(state)
                terminal.paint(frame, previous: previous)
                if let cursor = ConsoleScreen.cursorPosition(state) {
                    terminal.showCursor(at: cursor)
                } else {
                    terminal.hideCursor()
                }
                previous = frame
                dirty = false
                if !firstRowsLogged, state.activeList?.loaded == true {
                    firstRowsLogged = true
                    log.write("first frame with the list loaded painted \(started.duration(to: .now)) after start")
                }
            }
            waitForInput(wake: inbox.wakeDescriptor, milliseconds: Int32(Self.tickMilliseconds))
            var messages: [Msg] = []
            while let key = terminal.readKey(timeout: .zero) {
                if key == .ctrl("l") {
                    terminal.forceRepaint()
                    dirty = true
                    continue
                }
                messages.append(key == .resize ? .resized(terminal.size) : .key(key))
            }
            messages += inbox.drain()
            let now = currentTimestamp()
            if now.millis - lastTick.millis >= Self.tickMilliseconds {
                lastTick = now
                messages.append(.tick(now))
            }
            for message in messages {
                if message.queuedWork { outboxRunner?.wake() }
                dispatch(state.update(message), state: &state)
                dirty = true
            }
        }
    }

    /// Sends each effect where it runs: reads to the worker, the sync to its runner, themes to the terminal.
    func dispatch(_ effects: [Effect], state: inout AppState) {
        for effect in effects {
            switch effect {
            case .read(let read):
                worker?.submit(read)
            case .write(let write):
                writer?.submit(write)
            case .file(let request):
                inspector?.submit(request)
            case .sync(.start):
                syncRunner?.start()
            case .sender(.wake):
                outboxRunner?.wake()
            case .theme(.usePalette(let styles)):
                terminal?.setPalette(TerminalPalette(styles))
            case .theme(.load(let reference)):
                let theme = themes.load(reference)
                terminal?.setPalette(theme.palette)
                let warning = theme.warnings.isEmpty ? nil : theme.warnings.joined(separator: "; ")
                dispatch(state.update(.themeApplied(name: theme.name, warning: warning)), state: &state)
            case .log(let line):
                log.write(line)
            }
        }
    }

    /// Blocks until a key is waiting on the terminal, the inbox is woken, a signal arrives (a resize), or the
    /// timeout passes.
    func waitForInput(wake: Int32, milliseconds: Int32) {
        var fds = [pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0)]
        if wake >= 0 { fds.append(pollfd(fd: wake, events: Int16(POLLIN), revents: 0)) }
        _ = poll(&fds, nfds_t(fds.count), milliseconds)
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
