import Foundation
import Testing
import TestSupport

/// A child's stdin is filled before it starts: in a pipe when it fits (the clipboard's text, a copied secret,
/// never written to disk), through a private file when it does not. Either way the child reads exactly it.
@Suite("child process input")
struct ChildProcessInputTests {
    @Test("cat gives back exactly what it was fed, from empty to larger than any pipe", arguments: [
        0, 1, 65_536, 100_000, 3_000_000,
    ])
    func echoes(size: Int) throws {
        let input = Data((0..<size).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) })
        let outcome = try ChildProcess.run("/bin/cat", [], input: input, timeout: 30)
        #expect(outcome.status == 0)
        #expect(outcome.outputData == input)
    }

    @Test("a child that never reads its input still ends, and nothing waits on it")
    func unreadInput() throws {
        let outcome = try ChildProcess.run("/bin/sh", ["-c", "exit 3"], input: Data(count: 200_000), timeout: 30)
        #expect(outcome.status == 3)
    }
}
