import Foundation
import Testing
import TestSupport

/// A koosim started with `KOOSIM_EXIT_WITH_PARENT` (as `benchmark-sync --separate` starts it) stops once its
/// parent is gone, even when the parent was killed outright and could clean nothing up.
@Suite("koosim exits with its parent", .exclusive, .serialized)
struct KoosimParentWatchTests {
    /// Whether `pid` has ended: gone from `/proc`, or a zombie waiting for whoever adopted it.
    static func ended(_ pid: Int32) -> Bool {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
              let end = stat.lastIndex(of: ")") else { return true }
        return stat[stat.index(after: end)...].split(separator: " ").first == "Z"
    }

    @Test("the parent killed with SIGKILL: koosim stops on its own")
    func stopsWhenTheParentDies() throws {
        let koosim = try #require(BuiltExecutable.path("koosim"))
        // The shell starts koosim in the background, prints its pid, and becomes `sleep` (same pid: the parent).
        let parent = try ChildProcess("/bin/sh", ["-c", """
            KOOSIM_EXIT_WITH_PARENT=$$ "$0" --port 0 --ak a --sk s --orders 10 >/dev/null 2>&1 &
            echo $!
            exec sleep 120
            """, koosim])
        #expect(waitUntil(timeout: 30) { parent.outputSoFar.hasSuffix("\n") })
        let pid = try #require(Int32(parent.outputSoFar.trimmingCharacters(in: .whitespacesAndNewlines)))
        defer { if !Self.ended(pid) { kill(pid, SIGKILL) } }
        #expect(!Self.ended(pid))
        parent.send(SIGKILL)
        _ = try parent.wait(timeout: 30)
        #expect(waitUntil(timeout: 30) { Self.ended(pid) }, "koosim \(pid) still running after its parent died")
    }
}
