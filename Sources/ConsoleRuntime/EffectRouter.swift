import ConsoleUI

/// The one place that says which executor performs an effect: one closure per executor, chosen by the outer case
/// of `Effect`. The live console hands the requests to its worker threads and runners; the headless console
/// performs them at once. Either way every executor answers by posting a `Msg` to the loop's inbox.
public struct EffectRouter {
    public var read: (StoreRead) -> Void
    public var write: (StoreWrite) -> Void
    public var file: (FileRequest) -> Void
    public var sync: (SyncRequest) -> Void
    public var sender: (SenderRequest) -> Void
    public var theme: (ThemeRequest) -> Void
    public var log: (String) -> Void
    /// `:export` jobs and their cancelling; set after `init` by the consoles that export.
    public var export: (ExportTask) -> Void = { _ in }
    /// The clipboard and the browser (issue 14); by default they do nothing.
    public var clipboard: (ClipboardCopy) -> Void
    public var link: (String) -> Void
    /// Downloads of attachments; the console sets it to its `DownloadRunner` (none: nothing is downloaded).
    public var download: (DownloadRequest) -> Void = { _ in }

    public init(read: @escaping (StoreRead) -> Void, write: @escaping (StoreWrite) -> Void,
                file: @escaping (FileRequest) -> Void, sync: @escaping (SyncRequest) -> Void,
                sender: @escaping (SenderRequest) -> Void, theme: @escaping (ThemeRequest) -> Void,
                log: @escaping (String) -> Void, clipboard: @escaping (ClipboardCopy) -> Void = { _ in },
                link: @escaping (String) -> Void = { _ in }) {
        self.read = read
        self.write = write
        self.file = file
        self.sync = sync
        self.sender = sender
        self.theme = theme
        self.log = log
        self.clipboard = clipboard
        self.link = link
    }

    public func route(_ effects: [Effect]) {
        for effect in effects { route(effect) }
    }

    public func route(_ effect: Effect) {
        switch effect {
        case .read(let request): read(request)
        case .write(let request): write(request)
        case .file(let request): file(request)
        case .sync(let request): sync(request)
        case .sender(let request): sender(request)
        case .theme(let request): theme(request)
        case .log(let line): log(line)
        case .export(let task): export(task)
        case .copy(let request): clipboard(request)
        case .openLink(let url): link(url)
        case .download(let request): download(request)
        }
    }
}
