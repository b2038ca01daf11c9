import ConsoleUI
import Crypto
import Foundation
import MarketAPI
import MarketClient
import SellerCore

/// Downloads one file of a task into a folder: checks the record first (an address of this gateway, a SHA-256 to
/// check, a size within the limit and the folder's free space), writes the chunks to `NAME.partial` (created
/// exclusively, so nothing that exists is ever opened) while hashing them, and only when the size and the
/// SHA-256 match links it to a free final name (`NAME`, `NAME (1)`, …: a link never replaces a file) and drops the
/// partial. On any failure, cancellation included, the partial file is removed: nothing of a bad file is kept.
struct DownloadFile {
    let client: MarketClient
    let folder: String
    /// The largest file downloaded, whatever the free space.
    let maximumBytes: Int64
    /// Bytes asked for per request.
    let chunkBytes: Int
    /// Called after every chunk with the bytes of this file written so far.
    let progress: (Int64) -> Void

    func run(_ file: SupervisionFile) async -> Result<String, DownloadFailure> {
        guard let address = file.downloadPath else { return .failure(.notServed) }
        guard let path = AttachmentPath.validated(address) else { return .failure(.unsafeAddress) }
        guard let expected = file.sha256?.lowercased(), expected.count == 64, Hex.decode(expected) != nil else {
            return .failure(.noChecksum)
        }
        let limit = min(maximumBytes, DownloadFolder.freeBytes(folder) ?? maximumBytes)
        guard file.size >= 0, file.size <= limit else { return .failure(.tooLarge(size: file.size, limit: limit)) }
        let name = DownloadName.safe(file.fileName)
        let partial: PartialFile
        do {
            partial = try PartialFile.create(in: folder, name: name)
        } catch {
            return .failure(error)
        }
        let outcome = await fetch(path, size: file.size, into: partial)
        if case .failure(let failure) = outcome {
            partial.discard()
            return .failure(failure)
        }
        if case .success(let actual) = outcome, actual != expected {
            partial.discard()
            return .failure(.checksumMismatch(expected: expected, actual: actual))
        }
        return partial.finish(as: name, in: folder)
    }

    /// Writes the whole file to `partial`; its SHA-256 in lower-case hex, or why it stopped.
    private func fetch(_ path: String, size: Int64, into partial: PartialFile) async -> Result<String, DownloadFailure> {
        let hasher = SHA256Hasher()
        var offset: Int64 = 0
        while offset < size {
            let length = Int(min(Int64(chunkBytes), size - offset))
            let chunk: AttachmentChunk
            do {
                chunk = try await client.attachmentChunk(path: path, offset: offset, length: length)
            } catch {
                return .failure(error == .cancelled ? .cancelled : .marketplace(SyncFailureText.phrase(error)))
            }
            guard chunk.size == size else { return .failure(.sizeMismatch(expected: size, actual: chunk.size)) }
            guard !chunk.bytes.isEmpty else { return .failure(.incomplete(received: offset, expected: size)) }
            if let failure = partial.write(chunk.bytes) { return .failure(failure) }
            hasher.update(chunk.bytes)
            offset += Int64(chunk.bytes.count)
            progress(offset)
        }
        if Task.isCancelled { return .failure(.cancelled) }
        return .success(Hex.encode(hasher.finalize()))
    }
}

/// The folder a download writes into.
enum DownloadFolder {
    /// Creates the folder (and its parents) when missing; the reason when it is not a usable folder.
    static func prepare(_ folder: String) -> DownloadFailure? {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory) {
            return isDirectory.boolValue ? nil : .folder("\(folder) is not a folder")
        }
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            return nil
        } catch {
            return .folder("cannot create \(folder): \(error.localizedDescription)")
        }
    }

    /// Free bytes on the folder's file system, less 64 MiB kept free; nil when unknown.
    static func freeBytes(_ folder: String) -> Int64? {
        guard let attributes = try? FileManager.default.attributesOfFileSystem(forPath: folder),
              let free = (attributes[.systemFreeSize] as? NSNumber)?.int64Value else { return nil }
        return max(0, free - (64 << 20))
    }
}
