/// What the detail pane shows for one record: a title, the lines in order and the records it links to. Built
/// once per record by `DetailDocumentBuilder` (every string already sanitised), then laid out by `DetailLayout`.
public struct DetailDocument: Hashable, Sendable {
    public var title: String
    public var lines: [DetailLine]
    public var links: [DetailLink]

    public init(title: String, lines: [DetailLine], links: [DetailLink] = []) {
        self.title = title
        self.lines = lines
        self.links = links
    }
}
