import Foundation

/// Fixture files built once per test process and copied for each test that asks: a suite whose every test
/// needs the same 1,500-order store pays for one build, and each test still owns (and may change) its copy.
/// Templates live in one folder that is removed when the test process exits.
public enum FixtureTemplates {
    private static let state = Templates()

    /// Copies the template named `key` to `destination`, building it first with `build(path)` if this
    /// process has not built it yet. `key` must name everything `build` depends on.
    public static func copy(_ key: String, to destination: String, build: (String) throws -> Void) throws {
        let template = try state.path(for: key, build: build)
        try FileManager.default.copyItem(atPath: template, toPath: destination)
    }

    private final class Templates: @unchecked Sendable {
        private let lock = NSLock()
        private var folder: String?
        private var built: [String: String] = [:]

        /// Builds under the lock: two suites asking for the same template at once wait for one build.
        func path(for key: String, build: (String) throws -> Void) throws -> String {
            lock.lock()
            defer { lock.unlock() }
            if let path = built[key] { return path }
            let folder = try self.folder ?? Self.makeFolder()
            self.folder = folder
            let path = folder + "/template-\(built.count).fixture"
            try build(path)
            built[key] = path
            return path
        }

        private static func makeFolder() throws -> String {
            let path = NSTemporaryDirectory() + "seller-console-templates-\(getpid())-\(UUID().uuidString)"
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
            Self.removeAtExit = path
            atexit {
                if let path = Templates.removeAtExit { try? FileManager.default.removeItem(atPath: path) }
            }
            return path
        }

        nonisolated(unsafe) private static var removeAtExit: String?
    }
}
