import ConsoleUI
import Foundation
import Localization
import MarketClient
import SellerCore
import Synchronization

/// Performs `Effect.download`: the console's one owner of attachment downloads. A job's files are fetched one
/// after another through `MarketClient` (signed range requests, each bounded in time), with progress posted at
/// most every 200 ms and a result per file. One job runs at a time (the console starts no second one); quitting
/// cancels it, and a cancelled file leaves nothing behind.
public final class DownloadRunner: Sendable {
    /// Files larger than this are refused (8 GiB), whatever the free space.
    public static let defaultMaximumBytes: Int64 = 8 << 30

    private let client: ClientConfiguration?
    private let post: @Sendable (Msg) -> Void
    private let maximumBytes: Int64
    private let chunkBytes: Int
    private let task = Mutex<Task<Void, Never>?>(nil)

    /// `client` nil: the console is offline and every file is answered with why.
    public init(client: ClientConfiguration?, maximumBytes: Int64 = DownloadRunner.defaultMaximumBytes,
                chunkBytes: Int = 1 << 20, post: @escaping @Sendable (Msg) -> Void) {
        self.client = client
        self.maximumBytes = maximumBytes
        self.chunkBytes = chunkBytes
        self.post = post
    }

    /// Starts `request` after any job still running (the console starts one at a time; this keeps it so).
    /// Cancelling the newest job cancels the ones it waits for too, so a quit never waits for a whole file.
    public func perform(_ request: DownloadRequest) {
        task.withLock { running in
            running = Task.detached { [self, previous = running] in
                await withTaskCancellationHandler {
                    await previous?.value
                } onCancel: {
                    previous?.cancel()
                }
                await run(request)
            }
        }
    }

    static let offline = Phrase(zh: "离线：没有配置云商店", en: "Offline: no marketplace is configured")

    /// Runs a job to its end (the tests call this directly).
    public func run(_ request: DownloadRequest) async {
        let total = request.files.reduce(Int64(0)) { $0 + max(0, $1.size) }
        let count = request.files.count
        guard let configuration = client else {
            for (index, file) in request.files.enumerated() {
                post(.downloadFileFinished(DownloadFileResult(
                    job: request.job, fileName: file.fileName,
                    outcome: .failure(.marketplace(Self.offline)), isLast: index == count - 1)))
            }
            return
        }
        let marketClient = MarketClient(configuration: configuration)
        let files = await DownloadAddresses.filled(request, client: marketClient)
        let folderProblem = DownloadFolder.prepare(request.folder)
        var before: Int64 = 0
        let throttle = ProgressThrottle()
        for (index, file) in files.enumerated() {
            let outcome: Result<String, DownloadFailure>
            if let folderProblem {
                outcome = .failure(folderProblem)
            } else if Task.isCancelled {
                outcome = .failure(.cancelled)
            } else {
                let start = before
                let report = { [post] (done: Int64) in
                    guard throttle.due(final: done >= file.size) else { return }
                    post(.downloadProgress(DownloadProgress(job: request.job, fileIndex: index, fileCount: count,
                                                            fileName: file.fileName, receivedBytes: start + done,
                                                            totalBytes: total)))
                }
                report(0)
                outcome = await DownloadFile(client: marketClient, folder: request.folder, maximumBytes: maximumBytes,
                                             chunkBytes: chunkBytes, progress: report).run(file)
            }
            before += max(0, file.size)
            post(.downloadFileFinished(DownloadFileResult(job: request.job, fileName: file.fileName, outcome: outcome,
                                                          isLast: index == count - 1)))
        }
    }

    /// Cancels the running job and waits for it (its partial file is removed).
    public func cancelAndWait() async {
        let running = task.withLock { $0 }
        running?.cancel()
        await running?.value
    }
}

/// Progress at most every 200 ms (and always at a file's end), so a fast loopback download does not flood the
/// console's inbox.
final class ProgressThrottle: Sendable {
    private let last = Mutex<ContinuousClock.Instant?>(nil)

    func due(final: Bool) -> Bool {
        let now = ContinuousClock.now
        return last.withLock { last in
            guard final || last.map({ $0.duration(to: now) >= .milliseconds(200) }) ?? true else { return false }
            last = now
            return true
        }
    }
}
