import Testing
@testable import TermUI

/// Renders a widget into a fresh buffer of the given size (ratatui-style widget tests).
func rendered(_ widget: some Widget, width: Int, height: Int, policy: WidthPolicy = .default) -> Buffer {
    var buffer = Buffer(size: Size(width: width, height: height), policy: policy)
    widget.render(in: buffer.area, into: &buffer)
    return buffer
}

/// Expected rows padded with spaces to the buffer width, so tests can write them without trailing blanks.
func padded(_ lines: [String], width: Int, policy: WidthPolicy = .default) -> [String] {
    lines.map { DisplayWidth.pad($0, to: width, policy: policy) }
}

/// Compares every row of a buffer with expected text (trailing blanks optional).
func expectLines(_ buffer: Buffer, _ expected: [String], sourceLocation: SourceLocation = #_sourceLocation) {
    #expect(buffer.lines == padded(expected, width: buffer.width, policy: buffer.policy),
            sourceLocation: sourceLocation)
}

/// The roles of one row, one mask letter per column.
func roleRow(_ buffer: Buffer, _ y: Int) -> String {
    String((0..<buffer.width).map { buffer[$0, y].role.maskLetter })
}
