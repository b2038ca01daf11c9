import Foundation

/// A koosim started by another program as its helper (`benchmark-sync --separate`) stops when that program
/// ends, however it ended (a Ctrl-C, a crash, SIGKILL), instead of serving on forever: with
/// `KOOSIM_EXIT_WITH_PARENT=PID` in its environment, a thread looks at the parent every 100 ms and, once it is
/// no longer PID (the orphan was adopted), sends this process SIGTERM, the same orderly stop as a Ctrl-C.
enum ParentWatch {
    static let variable = "KOOSIM_EXIT_WITH_PARENT"

    static func startIfAsked(environment: [String: String] = ProcessInfo.processInfo.environment) {
        guard let value = environment[variable], let parent = Int32(value), parent > 1 else { return }
        let thread = Thread {
            while getppid() == parent { Thread.sleep(forTimeInterval: 0.1) }
            kill(getpid(), SIGTERM)
        }
        thread.name = "parent-watch"
        thread.start()
    }
}
