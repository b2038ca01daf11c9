import ConsoleUI

// Saved views and the state remembered between sessions (issue 14): the config's views go into the state, the
// profile's state file is read before the first loads and written after the loop ends.
extension ConsoleSession {
    func restoreViews(into state: inout AppState) {
        state.views = ViewsState(saved: configuration.savedViews)
        guard let file = configuration.viewMemory else { return }
        switch file.load() {
        case .none: break
        case .memory(let memory): state.restore(memory)
        case .ignored(let warning):
            log.write("warning: \(warning.en)")
            state.showToast(warning(state.language), kind: .warn)
        }
    }

    /// When the loop has ended: a failure goes to the log, since the screen is closing.
    func rememberViews(_ state: AppState) {
        guard let file = configuration.viewMemory else { return }
        do {
            try file.save(ViewMemory(state, profile: file.profile))
        } catch {
            log.write("warning: " + ViewText.memoryNotSaved(file.path, error.description).en)
        }
    }
}
