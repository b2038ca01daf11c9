import ConsoleUI
import TermUI
import TestSupport
import Testing

/// Rendering and golden-file helpers for the presentation tests.
enum PresentationSnapshot {
    /// `widget` drawn into a fresh buffer of the given size.
    static func render(_ widget: some Widget, width: Int, height: Int, policy: WidthPolicy = .default) -> Buffer {
        var buffer = Buffer(size: Size(width: width, height: height), policy: policy)
        buffer.render(widget, in: buffer.area)
        return buffer
    }

    /// Compares `buffer` with `Snapshots/<suite>/<name>.txt` beside the calling file (and the role mask when
    /// asked), recording a failure with the diff.
    static func expect(_ buffer: Buffer, _ name: String, suite: String, includeRoles: Bool = false,
                       filePath: String = #filePath, sourceLocation: SourceLocation = #_sourceLocation) {
        do {
            let result = try compareSnapshot(buffer, goldenPath: snapshotPath(name, suite: suite, filePath: filePath),
                                             includeRoles: includeRoles)
            if let message = result.failureMessage { Issue.record(Comment(rawValue: message), sourceLocation: sourceLocation) }
        } catch {
            Issue.record(error, sourceLocation: sourceLocation)
        }
    }

    /// Every cell's grapheme, for checks that no control character got through.
    static func scalars(of buffer: Buffer) -> [Unicode.Scalar] {
        buffer.cells.flatMap { $0.grapheme.unicodeScalars }
    }
}
