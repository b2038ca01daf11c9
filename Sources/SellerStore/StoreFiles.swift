import Foundation

/// The store's files on disk: the database, the `-wal` and `-shm` companions SQLite keeps beside it, and the
/// folder that holds them. They hold instance credentials (appInfo passwords), so they are created private
/// (files 0600, folders 0700) and found ones are tightened.
///
/// SQLite gives `-wal`, `-shm` and `-journal` the permissions of the main file when it creates them, so creating
/// the main file 0600 ourselves (rather than changing the process umask, which other threads share) is enough.
enum StoreFiles {
    static let fileMode: mode_t = 0o600
    static let folderMode: mode_t = 0o700
    /// The console's own data folder (`$XDG_DATA_HOME/seller-console`), the one folder tightened when found open:
    /// a store given by `--store /tmp/x.db` must never change the modes of `/tmp`.
    static let dataFolderName = "seller-console"
    /// The companions SQLite may leave beside the database (`-journal` only during a rollback-mode write).
    static let companionSuffixes = ["-wal", "-shm", "-journal"]

    /// The folder holding `path` ("." for a bare file name).
    static func folder(of path: String) -> String {
        let folder = (path as NSString).deletingLastPathComponent
        return folder.isEmpty ? "." : folder
    }

    /// Creates the missing folders on the way to `path`, each 0700, and returns the ones created, outermost first.
    static func createFolders(for path: String) throws(StoreOpenError) -> [String] {
        var missing: [String] = []
        var folder = folder(of: path)
        while !exists(folder) {
            missing.append(folder)
            let parent = self.folder(of: folder)
            if parent == folder { break }
            folder = parent
        }
        var created: [String] = []
        for folder in missing.reversed() {
            if mkdir(folder, folderMode) == 0 {
                // mkdir's mode passes through the umask; set the exact mode.
                chmod(folder, folderMode)
                created.append(folder)
            } else if errno != EEXIST {
                throw .cannotAccess(path: folder, reason: reason(errno))
            }
        }
        return created
    }

    /// Creates `path` as an empty 0600 file unless something is already there; returns whether it created it.
    /// SQLite treats an empty file as a new database.
    static func createFile(_ path: String) throws(StoreOpenError) -> Bool {
        let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, fileMode)
        guard fd >= 0 else {
            if errno == EEXIST { return false }
            throw .cannotAccess(path: path, reason: reason(errno))
        }
        fchmod(fd, fileMode)
        close(fd)
        return true
    }

    /// Takes group and other permissions away from the store, its companions and (when it is the console's data
    /// folder) its folder. Returns one notice per file it changed or could not change.
    static func makePrivate(_ path: String) -> [StoreNotice] {
        var notices: [StoreNotice] = []
        // The store itself may be a symlink the seller made on purpose: follow it. Companions are SQLite's own
        // files, which it never opens through a symlink, so leave a symlink there alone.
        notices += makePrivate(path, follow: true)
        for suffix in companionSuffixes { notices += makePrivate(path + suffix, follow: false) }
        let folder = folder(of: path)
        if (folder as NSString).lastPathComponent == dataFolderName {
            notices += makePrivate(folder, follow: true)
        }
        return notices
    }

    private static func makePrivate(_ path: String, follow: Bool) -> [StoreNotice] {
        var info = stat()
        guard (follow ? stat(path, &info) : lstat(path, &info)) == 0 else { return [] }
        let type = info.st_mode & S_IFMT
        guard type == S_IFREG || type == S_IFDIR else { return [] }
        let mode = info.st_mode & 0o7777
        guard mode & 0o077 != 0 else { return [] }
        let tightened = mode & 0o700
        guard chmod(path, tightened) == 0 else {
            return [.stillOpenToOthers(path: path, mode: Int(mode), reason: reason(errno))]
        }
        return [.madePrivate(path: path, from: Int(mode), to: Int(tightened))]
    }

    /// Deletes a closed store's files, then each of `folders` (outermost first, as `createFolders` returns them)
    /// that is left empty; a folder holding anything else stays.
    static func remove(_ path: String, folders: [String] = []) {
        for suffix in [""] + companionSuffixes { unlink(path + suffix) }
        for folder in folders.reversed() { rmdir(folder) }
    }

    /// Whether anything (file, folder, dangling symlink) is at `path`.
    static func exists(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0
    }

    /// Whether `path` is a file with at least one byte (a `-wal` with content holds changes the main file lacks).
    static func hasContent(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && info.st_size > 0
    }

    static func reason(_ code: Int32) -> String { String(cString: strerror(code)) }
}
