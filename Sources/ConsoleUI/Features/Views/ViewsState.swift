import TermUI

/// The saved views of the config, and the `v` chooser over them while it is open.
public struct ViewsState: Hashable, Sendable {
    public var saved: [SavedView] = []
    /// The chooser's selected line; nil while it is closed.
    public private(set) var chooser: Int?

    public init(saved: [SavedView] = []) {
        self.saved = saved
    }

    public var isChoosing: Bool { chooser != nil }

    mutating func open() { chooser = saved.isEmpty ? nil : 0 }
    mutating func close() { chooser = nil }

    mutating func move(by step: Int) {
        guard let chooser, !saved.isEmpty else { return }
        self.chooser = min(max(chooser + step, 0), saved.count - 1)
    }

    public func named(_ name: String) -> SavedView? {
        saved.first { $0.name == name } ?? saved.first { $0.name.lowercased() == name.lowercased() }
    }

    var names: [String] { saved.map(\.name) }
}

// `v` and `:view NAME`: a saved view switches to its tab and puts its filter, status preset and sort there.
extension AppState {
    mutating func openViewChooser() -> [Effect] {
        views.open()
        if !views.isChoosing { showToast(ViewText.noViews(language), kind: .info) }
        return []
    }

    /// Keys while the chooser is open: moves, Enter opens the view, Esc (or any other key) closes it.
    mutating func handleViewChooserKey(_ key: Key) -> [Effect] {
        let command = keymap.command(for: key)
        switch command {
        case .down?: views.move(by: 1)
        case .up?: views.move(by: -1)
        case .top?: views.move(by: -views.saved.count)
        case .bottom?: views.move(by: views.saved.count)
        case .open?:
            let chosen = views.chooser.flatMap { views.saved.indices.contains($0) ? views.saved[$0] : nil }
            views.close()
            guard let chosen else { return [] }
            return openView(chosen)
        default: views.close()
        }
        return []
    }

    /// `:view NAME`; `:view` alone is `v`.
    mutating func openView(named name: String) -> [Effect] {
        if name.isEmpty { return openViewChooser() }
        guard let view = views.named(name) else {
            showToast(ViewText.unknownView(name, views.names)(language), kind: .error)
            return []
        }
        return openView(view)
    }

    mutating func openView(_ view: SavedView) -> [Effect] {
        let effects = switchTab(to: view.tab) + show(view.view, on: view.tab)
        showToast(ViewText.opened(view.name)(language), kind: .info)
        return effects
    }
}
