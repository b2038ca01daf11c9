import ConsoleUI
import CursesTerminal
import SellerCore
import TermUI

/// The console's loop, the same for the seller and for the tests: it reads keys from a `Terminal` and answers
/// from the inbox, feeds each through `AppState.update`, routes the effects through one `EffectRouter`, and
/// paints the difference to the previous frame. The live console runs it on the thread that owns ncurses; the
/// headless console drives it step by step over a scripted terminal, with executors that answer at once.
public final class ConsoleLoop {
    public var state: AppState
    public let terminal: any Terminal
    let inbox: Inbox
    let router: EffectRouter
    /// The wall clock for `Msg.tick`; nil sends no ticks (the tests send their own).
    let clock: (() -> Timestamp)?
    let tickMilliseconds: Int64
    /// Called after each painted frame (the live console logs when the first list arrived).
    var painted: ((AppState) -> Void)?
    private var previous: Buffer?
    private var dirty = true
    private var lastTick: Timestamp?
    /// What the terminal was last told besides the frame: the title, and the bells rung (issue 13).
    private var toldTitle: String?
    private var toldBells = 0

    public init(state: AppState, terminal: any Terminal, inbox: Inbox, router: EffectRouter,
                clock: (() -> Timestamp)? = nil, tickMilliseconds: Int64 = 250) {
        self.state = state
        self.terminal = terminal
        self.inbox = inbox
        self.router = router
        self.clock = clock
        self.tickMilliseconds = tickMilliseconds
        lastTick = clock?()
    }

    public func route(_ effects: [Effect]) {
        router.route(effects)
    }

    /// Runs until the seller quits: paint, sleep until a key, a wake-up or the next tick, handle what came.
    public func run() {
        while !state.quitting {
            paintIfNeeded()
            terminal.waitForInput(wake: inbox.wakeDescriptor, milliseconds: Int32(tickMilliseconds))
            step()
        }
    }

    /// Handles what is waiting until nothing is (keys, answers, and the answers those lead to), then paints: where
    /// the live loop would wait. Executors that answer at once leave nothing in flight, so this is the frame the
    /// seller would see once the console settled.
    public func runUntilIdle() {
        while step() {}
        paintIfNeeded()
    }

    /// Handles every key, answer and tick waiting now, without waiting for more; false when there were none.
    @discardableResult
    public func step() -> Bool {
        var messages: [Msg] = []
        var repainted = false
        while let key = terminal.readKey(timeout: .zero) {
            if key == .ctrl("l") {
                terminal.forceRepaint()
                repainted = true
                continue
            }
            messages.append(key == .resize ? .resized(terminal.size) : .key(key))
        }
        messages += inbox.drain()
        if let clock, let last = lastTick {
            let now = clock()
            if now.millis - last.millis >= tickMilliseconds {
                lastTick = now
                messages.append(.tick(now))
            }
        }
        for message in messages {
            router.route(state.update(message))
        }
        let handled = repainted || !messages.isEmpty
        if handled { dirty = true }
        return handled
    }

    /// Renders the state and paints the difference when something changed since the last frame.
    func paintIfNeeded() {
        guard dirty else { return }
        let frame = ConsoleScreen.render(state)
        terminal.paint(frame, previous: previous)
        if let cursor = ConsoleScreen.cursorPosition(state) {
            terminal.showCursor(at: cursor)
        } else {
            terminal.hideCursor()
        }
        previous = frame
        dirty = false
        signalAttention()
        painted?(state)
    }

    /// Rings the bell for each new ring the state asked for, and sets the title when it changed.
    func signalAttention() {
        if state.attention.bells > toldBells {
            toldBells = state.attention.bells
            terminal.ringBell()
        }
        if let title = state.attention.title?(state.language), title != toldTitle {
            toldTitle = title
            terminal.setTitle(title)
        }
    }
}
