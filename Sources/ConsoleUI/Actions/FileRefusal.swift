/// Why a chosen file cannot be delivered, as data: the picker, the deliver form and `deliver --file` show its
/// description (in both languages), and nothing needs to read the words to tell the cases apart.
public enum FileRefusal: Error, Hashable, Sendable, CustomStringConvertible {
    /// Not a regular file: only regular files can be delivered.
    public enum Special: Hashable, Sendable {
        case fifo, characterDevice, blockDevice, socket, other
    }

    case missing
    case permissionDenied
    case directory
    case special(Special)
    /// The file was swapped for another between looking at it and opening it.
    case replaced
    /// Reading failed; the system's reason.
    case readFailed(String)

    public var description: String {
        switch self {
        case .missing: "文件不存在 No such file"
        case .permissionDenied: "无法读取（权限？）Cannot read it"
        case .directory: "这是一个目录，只能交付文件 It is a directory; only regular files can be delivered"
        case .special(let kind): "只能交付普通文件，这是" + kind.label + "; only regular files can be delivered"
        case .replaced: "文件刚被替换，请重新选择 The file was replaced while it was opened; choose it again"
        case .readFailed(let reason): "读取失败 " + reason
        }
    }
}

extension FileRefusal.Special {
    var label: String {
        switch self {
        case .fifo: "命名管道 It is a FIFO (named pipe)"
        case .characterDevice: "字符设备 It is a character device"
        case .blockDevice: "块设备 It is a block device"
        case .socket: "套接字 It is a socket"
        case .other: "特殊文件 It is a special file"
        }
    }
}
