import Foundation

extension SHA256 {
    /// The size and lowercase hex SHA-256 of a file, read in `chunkSize` pieces so a gigabyte deliverable never
    /// sits in memory. One implementation for the console's file picker, the `deliver` command and the
    /// simulator's upload check.
    public static func fileDigest(atPath path: String, chunkSize: Int = 1 << 20) throws -> (size: Int64, hex: String) {
        let handle = try FileHandle(forReadingFrom: URL(fileURLWithPath: path))
        defer { try? handle.close() }
        let hasher = SHA256Hasher()
        var size: Int64 = 0
        while let chunk = try handle.read(upToCount: chunkSize), !chunk.isEmpty {
            size += Int64(chunk.count)
            chunk.withUnsafeBytes { hasher.update($0) }
        }
        return (size, Hex.encode(hasher.finalize()))
    }
}
