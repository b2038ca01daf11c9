import ConsoleUI
import MarketClient
import SellerCore

/// Download paths for files stored without one: a store synced before the gateway gave paths (or before this
/// build) keeps its records until they change, since a sync skips a record whose `updatedAt` it already has. So
/// when a file has no path, the record is asked for once (`GET {kind}/{id}`) and each such file takes the path of
/// the gateway's file with the same name, size and SHA-256. Nothing changes when the gateway cannot be asked: those
/// files then fail as "not served".
enum DownloadAddresses {
    static func filled(_ request: DownloadRequest, client: MarketClient) async -> [SupervisionFile] {
        guard request.files.contains(where: { $0.downloadPath == nil }),
              let fresh = try? await client.record(request.kind, id: request.recordId) else { return request.files }
        let served: [SupervisionFile]
        switch fresh {
        case .supervision(let task): served = task.requirementFiles + task.deliverables
        case .ticket(let ticket): served = ticket.messages.flatMap(\.attachments)
        default: return request.files
        }
        return request.files.map { file in
            guard file.downloadPath == nil, let match = served.first(where: {
                $0.downloadPath != nil && $0.fileName == file.fileName && $0.size == file.size && $0.sha256 == file.sha256
            }) else { return file }
            var filled = file
            filled.downloadPath = match.downloadPath
            return filled
        }
    }
}
