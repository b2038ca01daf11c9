import Localization
import TermUI

/// The `Y` chooser: a box in the middle of the screen, one numbered line per choice (its label and what it
/// copies, a secret masked), the selected one highlighted, and the keys at the foot. While a secret's reveal is
/// being asked, the question replaces the keys.
enum CopyChooserView {
    static let labelWidth = 24

    static func frame(_ chooser: CopyChooser, size: Size) -> Rect {
        let width = min(size.width - 2, 76)
        let height = min(size.height - 2, chooser.choices.count + (chooser.revealing == nil ? 4 : 6))
        return Rect(x: max(0, (size.width - width) / 2), y: max(1, (size.height - height) / 2),
                    width: max(0, width), height: max(0, height))
    }

    static func render(_ state: AppState, into buffer: inout Buffer) {
        guard let chooser = state.clipboard.chooser, !state.layout.isTooSmall else { return }
        let language = state.language
        let box = frame(chooser, size: state.size)
        let block = Block(title: TextSanitizer.sanitize(chooser.title(language), mode: .singleLine, limit: 120),
                          focused: true, background: .dialog)
        block.render(in: box, into: &buffer)
        let inner = block.inner(box)
        guard inner.height >= 2 else { return }
        let footer = chooser.revealing == nil ? 1 : 3
        let listHeight = max(1, inner.height - footer - 1)
        let offset = max(0, chooser.selected - listHeight + 1)
        for (row, index) in chooser.choices.indices.dropFirst(offset).prefix(listHeight).enumerated() {
            let choice = chooser.choices[index]
            let selected = index == chooser.selected
            let role: StyleRole = selected ? .rowSelected : .dialog
            let number = index < 9 ? "\(index + 1) " : "  "
            let label = DisplayWidth.fit(number + ClipboardText.label(choice.kind)(language), to: labelWidth,
                                         policy: state.policy)
            let previewWidth = max(1, inner.width - labelWidth - 1)
            let preview = choice.preview(width: previewWidth, policy: state.policy, language: language)
            buffer.write(label + " " + preview, x: inner.x, y: inner.y + row, width: inner.width, role: role)
        }
        let foot = inner.bottom - 1
        if let index = chooser.revealing, chooser.choices.indices.contains(index),
           case .secret(let name) = chooser.choices[index].kind {
            let question = DisplayWidth.wrap(ClipboardText.revealQuestion(name)(language), width: inner.width,
                                             maxLines: 2, policy: state.policy)
            for (line, text) in question.enumerated() {
                buffer.write(text, x: inner.x, y: foot - 2 + line, width: inner.width, role: .statusWarn)
            }
            buffer.write(ClipboardText.revealHint(language), x: inner.x, y: foot, width: inner.width, role: .muted)
        } else {
            buffer.write(ClipboardText.chooserHint(language), x: inner.x, y: foot, width: inner.width, role: .muted)
        }
    }
}
