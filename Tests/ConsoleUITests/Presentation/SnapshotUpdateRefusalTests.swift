import Foundation
import Testing
import TestSupport

/// `SNAPSHOT_UPDATE=1` rewrites goldens on a developer's machine and is refused on CI, where it would turn
/// every snapshot failure into a silent pass.
@Suite("snapshot update refused on CI")
struct SnapshotUpdateRefusalTests {
    @Test("with CI set, SNAPSHOT_UPDATE=1 fails, names the reason and leaves the golden byte-identical")
    func refusedOnCI() throws {
        let directory = try TemporaryDirectory("snapshot")
        let golden = directory.file("screen.txt")
        try "old golden\n".write(toFile: golden, atomically: true, encoding: .utf8)
        for ci in ["true", "1", "yes"] {
            let result = try compareSnapshot(text: "new text\n", goldenPath: golden,
                                             environment: ["SNAPSHOT_UPDATE": "1", "CI": ci])
            guard case .refused(let message) = result else {
                Issue.record("CI=\(ci) gave \(result)")
                continue
            }
            #expect(message.contains("CI=\(ci)"))
            #expect(result.failureMessage != nil, "a refusal fails the test")
            #expect(try String(contentsOfFile: golden, encoding: .utf8) == "old golden\n")
        }
    }

    @Test("with CI set, a missing golden is not created")
    func missingNotCreatedOnCI() throws {
        let directory = try TemporaryDirectory("snapshot")
        let golden = directory.file("new/screen.txt")
        let result = try compareSnapshot(text: "text\n", goldenPath: golden,
                                         environment: ["SNAPSHOT_UPDATE": "1", "CI": "true"])
        #expect(result.failureMessage != nil)
        #expect(!FileManager.default.fileExists(atPath: golden))
    }

    @Test("without CI (or with CI empty, 0 or false) the update writes the golden, and a match needs no write")
    func writesLocally() throws {
        let directory = try TemporaryDirectory("snapshot")
        for (index, ci) in [nil, "", "0", "false"].enumerated() {
            let golden = directory.file("\(index)/screen.txt")
            var environment = ["SNAPSHOT_UPDATE": "1"]
            environment["CI"] = ci
            let result = try compareSnapshot(text: "fresh\n", goldenPath: golden, environment: environment)
            #expect(result == .written(path: golden), "CI=\(ci ?? "unset")")
            #expect(try String(contentsOfFile: golden, encoding: .utf8) == "fresh\n")
            #expect(try compareSnapshot(text: "fresh\n", goldenPath: golden, environment: environment) == .matched)
        }
    }

    @Test("with CI set and no update requested, comparison works as always")
    func comparesOnCI() throws {
        let directory = try TemporaryDirectory("snapshot")
        let golden = directory.file("screen.txt")
        try "same\n".write(toFile: golden, atomically: true, encoding: .utf8)
        #expect(try compareSnapshot(text: "same\n", goldenPath: golden, environment: ["CI": "true"]) == .matched)
        let differs = try compareSnapshot(text: "other\n", goldenPath: golden, environment: ["CI": "true"])
        guard case .mismatch = differs else {
            Issue.record("expected a mismatch, got \(differs)")
            return
        }
    }
}
