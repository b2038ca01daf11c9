import ConsoleUI
import SellerCore
import SellerStore
import TermUI

/// The console without a terminal or threads: keys go through `AppState.update` and every read effect is
/// performed at once, in order, by the same `StoreReader` the runtime uses. Scripted key sessions in the
/// tests and the console benchmark run on it. It shares `update` and the performers with the live console, not
/// its loop: it routes effects itself (not through `ConsoleSession.dispatch`) and only collects the others.
public final class HeadlessConsole {
    public var state: AppState
    public let reader: StoreReader
    /// Performs store writes (actions); nil keeps them in `otherEffects`.
    public let actions: ActionPerformer?
    public let files = FileInspector()
    /// Effects that are not store reads, in the order they were asked for (sync, theme, quit, log).
    public private(set) var otherEffects: [Effect] = []
    /// How many store reads have been performed.
    public private(set) var readCount = 0

    public init(state: AppState, reader: StoreReader, actions: ActionPerformer? = nil) {
        self.state = state
        self.reader = reader
        self.actions = actions
    }

    public func start() {
        run(state.start())
    }

    public func press(_ keys: [Key]) {
        for key in keys { send(.key(key)) }
    }

    public func type(_ text: String) {
        for character in text { send(.key(.char(character))) }
    }

    public func send(_ message: Msg) {
        run(state.update(message))
    }

    /// Performs effects and everything their answers lead to, until nothing is left.
    public func run(_ effects: [Effect]) {
        var queue = effects
        while !queue.isEmpty {
            let effect = queue.removeFirst()
            switch effect {
            case .read(let read):
                readCount += 1
                queue += state.update(reader.perform(read))
            case .write(let write):
                otherEffects.append(effect)
                if let actions { queue += state.update(actions.perform(write)) }
            case .file(let request):
                queue += state.update(files.perform(request))
            case .sync, .sender, .theme, .log:
                otherEffects.append(effect)
            }
        }
    }
}
