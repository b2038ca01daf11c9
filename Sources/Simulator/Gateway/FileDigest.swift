import Crypto
import Foundation

/// SHA-256 of request bodies, including spooled ones, read in chunks so a 1 GB upload is never in memory.
enum FileDigest {
    static func sha256Hex(_ bytes: [UInt8]) -> String { SHA256.hexDigest(bytes) }

    static func sha256Hex(fileAt url: URL) throws -> String { try SHA256.fileDigest(atPath: url.path).hex }
}
