import Foundation
import Localization
import MarketClient
import Profiles
import SellerStore
import Sync

/// Starts the background `OrderFetcher` beside a relay or the demo (issue 12, Build §5): the orders the journal
/// first sees are fetched from the open API with the profile's AK/SK. Without keys nothing runs, and the relay's
/// start line says so.
enum OrderFetchStart {
    /// The open API's client for the fetcher, or why it does not run.
    enum Setup {
        case client(ClientConfiguration)
        case off(Phrase)
    }

    /// The open API's client for the relay's profile, or why there is none (no keys, a bad base URL).
    static func client(profile: String?, storePath: String, environment: [String: String]) -> Setup {
        do {
            let resolved = try ProfileResolver.resolve(name: profile, baseURL: nil, storePath: storePath,
                                                       environment: environment)
            var configuration = ClientConfiguration(baseURL: resolved.baseURL, accessKey: resolved.accessKey,
                                                    secretKey: resolved.secretKey)
            // The fetcher has its own backoff: the client's retries stay few.
            configuration.maxAttempts = 2
            configuration.timeout = 20
            try configuration.validate()
            return .client(configuration)
        } catch {
            return .off(CommandErrors.phrase(error))
        }
    }

    /// Opens its own store connection and runs the fetcher until the task is cancelled; nil when the store or
    /// the client cannot be opened (the relay runs on regardless).
    static func start(_ configuration: ClientConfiguration, storePath: String) async -> Task<Void, Never>? {
        guard let client = try? MarketClient(validating: configuration),
              let store = try? await StoreConnection.open(path: storePath, memory: .compact) else { return nil }
        return Task.detached {
            await OrderFetcher(client: client, store: store).run()
            try? await store.close()
        }
    }
}
