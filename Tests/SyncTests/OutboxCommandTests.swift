import Crypto
import Foundation
import ListContract
import MarketClient
import SellerCore
import SellerStore
import Simulator
import Sync
import Testing
import TestSupport

/// The action commands and `outbox send` as a seller runs them: the real binary against the simulator,
/// killed with SIGKILL mid-flight, and a 1 GB delivery measured for memory.
@Suite("outbox commands", .exclusive, .serialized)
struct OutboxCommandTests {
    static func environment(_ harness: SimulatorHarness) -> [String: String] {
        var environment = ProcessInfo.processInfo.environment
        environment["SELLER_CONSOLE_AK"] = harness.accessKey
        environment["SELLER_CONSOLE_SK"] = harness.secretKey
        environment["XDG_CONFIG_HOME"] = harness.directory.path + "/config"
        environment["XDG_STATE_HOME"] = harness.directory.path + "/state"
        return environment
    }

    static func launch(_ arguments: [String], _ harness: SimulatorHarness) throws -> ChildProcess {
        try ChildProcess(try #require(BuiltExecutable.path("seller-console")),
                         arguments + ["--store", harness.storePath, "--base-url", harness.baseURL],
                         environment: environment(harness))
    }

    @Test("SIGKILL at random points while actions are in flight, then a restart: each applied exactly once",
          .tags(.heavy))
    func killedSenderResumes() async throws {
        let harness = try await OutboxAgainstSimulatorTests.syncedHarness(orders: 4000, faults: 0.3, seed: 9)
        let files = try TemporaryDirectory("kill-files")
        let store = try LocalStore(path: harness.storePath)
        defer { try? store.close() }
        let actions = try MixedActions.make(count: 240, store: store, files: files)
        let now = Timestamp(millis: Int64(Date().timeIntervalSince1970 * 1000))
        let keys = try store.enqueue(actions, at: now).compactMap { outcome -> String? in
            if case .queued(let item) = outcome { return item.idempotencyKey }
            return nil
        }
        #expect(keys.count == actions.count)
        var generator = SystemRandomNumberGenerator()
        let sendArguments = ["outbox", "send", "--concurrency", "4", "--lease-seconds", "2", "--request-timeout", "1",
                             "--max-backoff", "2"]
        var kills = 0
        // Kill when a random number of further actions has landed: always mid-flight, never by a timer.
        while kills < 6 {
            let landed = OutboxAgainstSimulatorTests.appliedByKey(harness.simulator).count
            guard landed < keys.count - 20 else { break }
            let target = landed + Int.random(in: 5...30, using: &generator)
            let process = try Self.launch(sendArguments, harness)
            // Polled without blocking a thread of the cooperative pool, which other tests' network code needs.
            await waitUntilAsync(timeout: 120) {
                OutboxAgainstSimulatorTests.appliedByKey(harness.simulator).count >= target || !process.isRunning
            }
            if process.send(SIGKILL) { kills += 1 }
            await waitUntilAsync(timeout: 60) { !process.isRunning }
            #expect(try store.integrityCheck() == ["ok"])
        }
        #expect(kills >= 3, "the sender was killed mid-flight several times")
        let final = try Self.launch(sendArguments + ["--timeout", "300"], harness)
        await waitUntilAsync(timeout: 600) { !final.isRunning }
        let finalStatus = final.poll()?.status
        // A 重新启动 whose re-call failed again was applied, and is failed (issue 13): exit 6 when there is one.
        let failed = try store.outboxPage(states: [.failed], limit: keys.count)
        let failures = failed.filter { $0.failure?.kind != .restartFailed }
            .map { "\($0.action.kind): \($0.lastError ?? "")" }
        #expect(finalStatus == (failed.isEmpty ? 0 : 6) && failures.isEmpty, "\(failures.prefix(5))")
        #expect((try store.outboxCounts()[.done] ?? 0) + failed.count == keys.count)
        let applied = OutboxAgainstSimulatorTests.appliedByKey(harness.simulator)
        #expect(Set(keys).subtracting(applied.keys).isEmpty && Set(applied.keys).subtracting(keys).isEmpty,
                "missing \(Set(keys).subtracting(applied.keys).count), unexpected \(Set(applied.keys).subtracting(keys).count)")
        #expect(applied.values.allSatisfy { $0 == 1 }, "no action applied twice")
    }

    @Test("a 1 GB deliverable uploads from disk with peak memory under 50 MB", .tags(.heavy))
    func gigabyteUploadMemory() async throws {
        let harness = try await OutboxAgainstSimulatorTests.syncedHarness(orders: 300, faults: 0, seed: 4)
        let store = try LocalStore(path: harness.storePath, readOnly: true)
        let implementing = StoreListQuery(kind: .supervision, statuses: [.supervision(.sellerImplementing)])
        let taskId = try #require(try store.ids(matching: implementing, limit: 1).first)
        try store.close()
        let files = try TemporaryDirectory("gigabyte")
        let path = files.file("交付包.bin")
        let size = 1 << 30
        // Distinct content per MiB, so a chunk sent twice or out of order would change the digest.
        _ = FileManager.default.createFile(atPath: path, contents: nil)
        let handle = try #require(FileHandle(forWritingAtPath: path))
        var block = [UInt8](repeating: 0, count: 1 << 20)
        let hasher = SHA256Hasher()
        for index in 0..<(size >> 20) {
            for offset in stride(from: 0, to: block.count, by: 4096) { block[offset] = UInt8(truncatingIfNeeded: index) }
            block[block.count - 1] = UInt8(truncatingIfNeeded: index >> 8)
            hasher.update(block)
            try handle.write(contentsOf: block)
        }
        try handle.close()
        let sha256 = Hex.encode(hasher.finalize())
        let binary = try #require(BuiltExecutable.path("seller-console"))
        var environment = Self.environment(harness)
        let peakFile = files.file("peak-rss")
        environment["SELLER_CONSOLE_PEAK_RSS_FILE"] = peakFile
        let result = try await ChildProcess.runOffPool(binary, [
            "deliver", taskId, "--file", path + ":OTHER", "--json", "--store", harness.storePath,
            "--base-url", harness.baseURL, "--timeout", "600",
        ], environment: environment, timeout: 600)
        #expect(result.status == 0, "\(result.output) \(result.errors)")
        let peakKB = try #require(Int(try String(contentsOfFile: peakFile, encoding: .utf8)
            .trimmingCharacters(in: .whitespacesAndNewlines)))
        #expect(peakKB * 1024 < 50 << 20, "peak RSS \(peakKB / 1024) MiB")
        guard case .supervision(let task)? = harness.simulator.world.find(.supervision, id: taskId)?.record else {
            Issue.record("the task exists")
            return
        }
        let delivered = try #require(task.deliverables.last)
        #expect(delivered.fileName == "交付包.bin" && delivered.size == Int64(size) && delivered.sha256 == sha256)
        print("1 GB deliver: peak RSS \(peakKB) kB")
    }

    @Test("action commands: refused by state exits 5 with the reason, --no-wait queues, outbox send delivers, --json")
    func actionCommandExitCodes() async throws {
        let harness = try await OutboxAgainstSimulatorTests.syncedHarness(orders: 600, faults: 0, seed: 12)
        let store = try LocalStore(path: harness.storePath, readOnly: true)
        let resolved = try #require(try store.ids(
            matching: StoreListQuery(kind: .exceptions, statuses: [.exception(.resolved)]), limit: 1).first)
        let open = try #require(try store.ids(
            matching: StoreListQuery(kind: .exceptions, statuses: [.exception(.exhausted)]), limit: 1).first)
        let ticket = try #require(try store.ids(
            matching: StoreListQuery(kind: .tickets, statuses: [.ticket(.pendingAccept)]), limit: 1).first)
        try store.close()
        let binary = try #require(BuiltExecutable.path("seller-console"))
        func run(_ arguments: [String]) async throws -> ChildProcess.Outcome {
            try await ChildProcess.runOffPool(binary, arguments + ["--store", harness.storePath, "--base-url",
                                                                   harness.baseURL, "--lang", "en"],
                                              environment: Self.environment(harness))
        }
        let refused = try await run(["retry", resolved, "--json"])
        #expect(refused.status == 5, "\(refused.output) \(refused.errors)")
        #expect(refused.output.contains("\"status\":\"refused\"") && refused.output.contains("already succeeded"))

        let queued = try await run(["ticket", "accept", ticket, "--no-wait"])
        #expect(queued.status == 0 && queued.output.contains("queued"), "\(queued.output)")
        #expect(harness.simulator.appliedActions.isEmpty, "--no-wait sends nothing")
        let again = try await run(["ticket", "accept", ticket])
        #expect(again.status == 5 && again.output.contains("outbox #1"), "one action at a time per target")
        let sent = try await run(["outbox", "send"])
        #expect(sent.status == 0 && sent.output.contains("done 1"), "\(sent.output)")

        let retried = try await run(["retry", open, "--json"])
        // The simulator's re-call succeeds or fails by its seeded rule; a failure again is the action's failure.
        guard case .exception(let message)? = harness.simulator.world.find(.exceptions, id: open)?.record,
              let attempt = message.attempts.last else {
            Issue.record("\(open) is gone from the world")
            return
        }
        if attempt.outcome == .success {
            #expect(retried.status == 0, "\(retried.output) \(retried.errors)")
            #expect(retried.output.contains("\"status\":\"done\""))
        } else {
            #expect(retried.status == 6, "\(retried.output) \(retried.errors)")
            #expect(retried.output.contains("\"status\":\"failed\"") && retried.output.contains("restart-failed"))
        }
        #expect(retried.output.contains("\"targetStatus\""))
        #expect(harness.simulator.appliedActions.count == 2)

        let usage = try await run(["reject", "SV1"])
        #expect(usage.status == 2 && usage.errors.contains("--reason"))
    }
}

