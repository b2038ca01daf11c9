import Crypto
import Foundation

/// SHA-256 of request bodies, including spooled ones, read in chunks so a 1 GB upload is never in memory.
enum FileDigest {
    static func sha256Hex(_ bytes: [UInt8]) -> String { SHA256.hexDigest(bytes) }

    static func sha256Hex(fileAt url: URL, chunkSize: Int = 1 << 20) throws -> String {
        let handle = try FileHandle(forReadingFrom: url)
        defer { try? handle.close() }
        let hasher = SHA256Hasher()
        while let chunk = try handle.read(upToCount: chunkSize), !chunk.isEmpty {
            chunk.withUnsafeBytes { hasher.update($0) }
        }
        return Hex.encode(hasher.finalize())
    }
}
