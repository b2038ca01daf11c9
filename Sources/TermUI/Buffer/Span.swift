/// A run of text in one role: widgets compose a line from spans (key hint + label, title + count).
public struct Span: Hashable, Sendable {
    public var text: String
    public var role: StyleRole
    public var emphasis: Emphasis

    public init(_ text: String, role: StyleRole = .app, emphasis: Emphasis = []) {
        self.text = text
        self.role = role
        self.emphasis = emphasis
    }

    /// Display width under `policy`.
    public func width(policy: WidthPolicy = .default) -> Int { DisplayWidth.width(of: text, policy: policy) }
}
