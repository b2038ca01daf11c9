import Foundation
import TermUI

/// Golden-screen comparison for test targets (ARCHITECTURE §10). It returns a result instead of asserting, so this
/// target does not depend on the test framework: the caller records `failureMessage` as an issue.
public enum SnapshotResult: Equatable, Sendable {
    case matched
    /// `SNAPSHOT_UPDATE=1` was set and the golden file was (re)written.
    case written(path: String)
    case missing(message: String)
    case mismatch(message: String)
    /// `SNAPSHOT_UPDATE=1` was set on CI, where a rewritten golden would make the run pass without review.
    case refused(message: String)

    /// Nil when the test should pass.
    public var failureMessage: String? {
        switch self {
        case .matched, .written: return nil
        case .missing(let m), .mismatch(let m), .refused(let m): return m
        }
    }
}

/// The golden file for a test: `Snapshots/<suite>/<name>.txt` beside the calling test file.
public func snapshotPath(_ name: String, suite: String, filePath: String = #filePath) -> String {
    let dir = URL(fileURLWithPath: filePath).deletingLastPathComponent()
    return dir.appendingPathComponent("Snapshots").appendingPathComponent(suite)
        .appendingPathComponent(name + ".txt").path
}

/// Compares a buffer's text dump (`# WxH` header, rows trimmed) with a golden file; with `includeRoles` the
/// role mask is compared as well, from `<name>.roles.txt` next to it.
public func compareSnapshot(_ buffer: Buffer, goldenPath: String, includeRoles: Bool = false,
                            environment: [String: String] = ProcessInfo.processInfo.environment) throws
    -> SnapshotResult {
    let text = try compareSnapshot(text: buffer.textDump, goldenPath: goldenPath, environment: environment)
    guard includeRoles else { return text }
    let rolesPath = goldenPath.hasSuffix(".txt") ? String(goldenPath.dropLast(4)) + ".roles.txt" : goldenPath + ".roles"
    let roles = try compareSnapshot(text: buffer.roleDump, goldenPath: rolesPath, environment: environment)
    let failed = [text, roles].filter { $0.failureMessage != nil }
    if failed.count == 2 {
        return .mismatch(message: [text, roles].compactMap(\.failureMessage).joined(separator: "\n"))
    }
    if let only = failed.first { return only }
    if case .written = text { return text }
    return roles
}

/// Compares any text with a golden file. `SNAPSHOT_UPDATE=1` writes it (creating folders); a missing file
/// otherwise fails with instructions; a difference fails with expected, actual and a row-numbered diff.
/// With `CI` set (any value but empty, `0` or `false`) the update is refused and nothing is written: goldens
/// change on a developer's machine, where someone reviews the diff, never inside a CI run.
public func compareSnapshot(text actual: String, goldenPath: String,
                            environment: [String: String] = ProcessInfo.processInfo.environment) throws
    -> SnapshotResult {
    let fm = FileManager.default
    if environment["SNAPSHOT_UPDATE"] == "1", let ci = environment["CI"], !["", "0", "false"].contains(ci) {
        return .refused(message: """
            SNAPSHOT_UPDATE=1 is ignored because CI=\(ci) is set: goldens are updated and reviewed locally, \
            not written by a CI run. Nothing was written to \(goldenPath).
            """)
    }
    if environment["SNAPSHOT_UPDATE"] == "1" {
        let existing = try? String(contentsOfFile: goldenPath, encoding: .utf8)
        if existing == actual { return .matched }
        let dir = URL(fileURLWithPath: goldenPath).deletingLastPathComponent()
        try fm.createDirectory(at: dir, withIntermediateDirectories: true)
        try actual.write(toFile: goldenPath, atomically: true, encoding: .utf8)
        return .written(path: goldenPath)
    }
    guard fm.fileExists(atPath: goldenPath) else {
        return .missing(message: """
            Golden file missing: \(goldenPath)
            Run with SNAPSHOT_UPDATE=1 to create it, then review it. Actual:
            \(actual)
            """)
    }
    let expected = try String(contentsOfFile: goldenPath, encoding: .utf8)
    guard let diff = TextDiff.lines(expected: expected, actual: actual) else { return .matched }
    return .mismatch(message: """
        Snapshot differs from \(goldenPath) (SNAPSHOT_UPDATE=1 rewrites it).
        --- expected
        \(expected)
        +++ actual
        \(actual)
        --- diff (- expected, + actual)
        \(diff)
        """)
}
