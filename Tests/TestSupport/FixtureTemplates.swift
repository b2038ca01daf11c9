import Foundation
import Synchronization

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
        private var templates: [String: Template] = [:]

        /// Two suites asking for the same template at once wait for one build; a suite asking for another one
        /// does not wait for it (the process-wide lock is held only to find the template's entry).
        func path(for key: String, build: (String) throws -> Void) throws -> String {
            let template = try lock.withLock { () throws -> Template in
                if let found = templates[key] { return found }
                let folder = try self.folder ?? Self.makeFolder()
                self.folder = folder
                let made = Template(path: folder + "/template-\(templates.count).fixture")
                templates[key] = made
                return made
            }
            try template.buildOnce(build)
            return template.path
        }

        /// One template file, built by the first caller that needs it.
        private final class Template: Sendable {
            let path: String
            private let built = Mutex(false)

            init(path: String) { self.path = path }

            func buildOnce(_ build: (String) throws -> Void) throws {
                try built.withLock { built in
                    guard !built else { return }
                    try build(path)
                    built = true
                }
            }
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
