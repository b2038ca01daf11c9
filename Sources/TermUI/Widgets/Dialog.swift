/// A modal confirmation: title, body lines naming the target, optional room for an input (a reason), and
/// a row of buttons with one focused. Which button starts focused (Cancel, for anything that changes state)
/// is the caller's choice; `layout` gives the rectangles for the input and for mouse hit-testing.
public struct Dialog: Widget {
    public struct Button: Hashable, Sendable {
        public var label: String
        /// Drawn in the danger role: the action that changes something for a buyer.
        public var isDanger: Bool

        public init(_ label: String, isDanger: Bool = false) {
            self.label = label
            self.isDanger = isDanger
        }
    }

    /// Rectangles of a laid-out dialog.
    public struct Layout: Hashable, Sendable {
        public var frame: Rect
        public var body: Rect
        public var input: Rect?
        public var buttons: [Rect]
    }

    public var title: String
    public var body: [String]
    public var buttons: [Button]
    public var focusedButton: Int
    /// Rows reserved under the body for an input the caller renders into `layout(in:).input`.
    public var inputHeight: Int
    /// Preferred outer width; the dialog never exceeds the area.
    public var preferredWidth: Int
    /// Drops the blank rows around the body and before the buttons, for forms on small terminals (60x15).
    public var compact: Bool

    /// `focusedButton` may be -1 when an input inside the dialog has the focus instead.
    public init(title: String, body: [String], buttons: [Button], focusedButton: Int = 0, inputHeight: Int = 0,
                preferredWidth: Int = 60, compact: Bool = false) {
        self.title = title
        self.body = body
        self.buttons = buttons
        self.focusedButton = focusedButton
        self.inputHeight = max(0, min(inputHeight, 1_000))
        self.preferredWidth = preferredWidth
        self.compact = compact
    }

    /// Rows the dialog needs besides its wrapped body and input (borders, blank rows, buttons).
    public static func chromeHeight(compact: Bool, hasInput: Bool) -> Int {
        let gap = compact ? 0 : 1
        return 3 + gap * (hasInput ? 3 : 2)
    }

    /// Columns of body text inside a dialog of this outer width.
    public static func innerWidth(outerWidth: Int) -> Int { max(0, outerWidth - 4) }

    /// The outer width the dialog takes in an area this wide.
    public func width(in areaWidth: Int, policy: WidthPolicy = .default) -> Int {
        let buttonsWidth = buttons.reduce(0) { $0 + DisplayWidth.width(of: buttonText($1), policy: policy) }
            + max(0, buttons.count - 1) * 2
        let titleWidth = DisplayWidth.width(of: title, policy: policy) + 4
        return min(max(preferredWidth, buttonsWidth + 4, titleWidth, 20), areaWidth)
    }

    func buttonText(_ button: Button) -> String { "[ " + button.label + " ]" }

    public func wrappedBody(width: Int, policy: WidthPolicy) -> [String] {
        body.flatMap { line -> [String] in
            let wrapped = DisplayWidth.wrap(line, width: width, maxLines: 200, policy: policy)
            return wrapped.isEmpty ? [""] : wrapped
        }
    }

    /// Centres the dialog in `area` and places body, input and buttons.
    public func layout(in area: Rect, policy: WidthPolicy = .default) -> Layout {
        let buttonsWidth = buttons.reduce(0) { $0 + DisplayWidth.width(of: buttonText($1), policy: policy) }
            + max(0, buttons.count - 1) * 2
        let width = self.width(in: area.width, policy: policy)
        let inner = Dialog.innerWidth(outerWidth: width)
        let gap = compact ? 0 : 1
        let lines = wrappedBody(width: inner, policy: policy)
        let inputRows = inputHeight > 0 ? inputHeight + gap : 0
        let height = min(2 + gap + lines.count + inputRows + gap + 1, area.height)
        let frame = area.centered(width: width, height: height)
        let content = Rect(x: frame.x + 2, y: frame.y + 1 + gap, width: inner,
                           height: max(0, frame.height - 2 - 2 * gap))
        let buttonY = frame.bottom - 2
        let bodyHeight = max(0, min(lines.count, buttonY - content.y - inputRows))
        let body = Rect(x: content.x, y: content.y, width: inner, height: bodyHeight)
        var input: Rect?
        if inputHeight > 0 {
            let top = body.bottom + gap
            input = Rect(x: content.x, y: top, width: inner, height: max(0, min(inputHeight, buttonY - gap - top)))
        }
        var rects: [Rect] = []
        var x = frame.x + max(2, (frame.width - buttonsWidth) / 2)
        for button in buttons {
            let w = DisplayWidth.width(of: buttonText(button), policy: policy)
            rects.append(Rect(x: x, y: buttonY, width: min(w, max(0, frame.right - 1 - x)), height: 1))
            x += w + 2
        }
        return Layout(frame: frame, body: body, input: input, buttons: rects)
    }

    public func render(in area: Rect, into buffer: inout Buffer) {
        let area = area.intersection(buffer.area)
        guard !area.isEmpty else { return }
        let policy = buffer.policy
        let l = layout(in: area, policy: policy)
        Block(title: title, focused: true, style: .double, background: .dialog).render(in: l.frame, into: &buffer)
        let lines = wrappedBody(width: l.body.width, policy: policy)
        for (i, line) in lines.prefix(l.body.height).enumerated() {
            buffer.write(line, x: l.body.x, y: l.body.y + i, role: .dialog, clip: l.body)
        }
        let inside = Block().inner(l.frame)
        for (i, button) in buttons.enumerated() where i < l.buttons.count {
            let focused = i == focusedButton
            let role: StyleRole = button.isDanger ? (focused ? .dialogDangerFocus : .dialogDanger)
                : (focused ? .dialogButtonFocus : .dialogButton)
            buffer.write(buttonText(button), x: l.buttons[i].x, y: l.buttons[i].y, role: role,
                         emphasis: focused ? [.reverse, .bold] : [], clip: inside)
        }
    }
}
