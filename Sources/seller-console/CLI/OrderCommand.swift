import CommandArguments
import Foundation
import Localization
import MarketAPI
import MarketClient
import Profiles
import SellerCore
import SellerStore

/// `seller-console order query ORDER_ID`: one order from the published open API (docs/KOOGALLERY.md §5.1), signed
/// with the profile's AK/SK against the site's host, printed and kept in the store. `MKT.*` refusals are shown in
/// words.
enum OrderCommand {
    static let usage = """
        usage: seller-console order query ORDER_ID [--line ORDER_LINE_ID] [--json] [--no-store]
                                          [--profile P] [--store PATH] [--base-url URL] [--timeout SECONDS]
          --line       ask for one order line only
          --json       print the order as one JSON object (the open API's orderInfo shape)
          --no-store   do not write the order into the local store
          Keys come from SELLER_CONSOLE_AK / SELLER_CONSOLE_SK or the profile's credentials (mode 0600).
        """

    static func run(_ arguments: [String]) async throws(Arguments.UsageError) -> Int32 {
        let (positionals, rest) = Arguments.splitPositionals(arguments)
        let options = try Arguments(rest, options: ["--line", "--profile", "--store", "--base-url", "--timeout"],
                                    flags: ["--json", "--no-store"])
        guard positionals.first == "query" else {
            throw Arguments.UsageError(description: "order: the only subcommand is query")
        }
        guard positionals.count == 2, let orderId = positionals.last, !orderId.isEmpty else {
            throw Arguments.UsageError(description: "order query takes exactly one ORDER_ID")
        }
        let profile: Profile
        var configuration: ClientConfiguration
        do {
            profile = try ProfileResolver.resolve(name: options.value("--profile"), baseURL: options.value("--base-url"),
                                                  storePath: options.value("--store"))
            configuration = ClientConfiguration(baseURL: profile.baseURL, accessKey: profile.accessKey,
                                                secretKey: profile.secretKey)
            if let timeout = options.number("--timeout") {
                configuration.timeout = timeout
                configuration.limitTotalTime(to: timeout)
            }
            try configuration.validate()
        } catch {
            Console.error(CommandErrors.phrase(error))
            return ExitCode.usage
        }
        let order: Order
        do throws(ClientError) {
            order = try await MarketClient(configuration: configuration)
                .queryOrder(orderId: orderId, orderLineId: options.value("--line"), now: OutboxClock.now())
        } catch {
            Console.error(OrderText.failed(orderId, error))
            return error.isAuthentication ? ExitCode.authentication : ExitCode.failure
        }
        if !options.has("--no-store") {
            do {
                try await StoreConnection.using(path: profile.storePath) { store in
                    try await store.write { store in _ = try store.upsert(.order(order)) }
                }
            } catch {
                Console.error(OrderText.notStored(profile.storePath, error))
            }
        }
        if options.has("--json") {
            var writer = JSONWriter()
            OrderWire.encode(order, into: &writer)
            Console.print(writer.text)
        } else {
            Console.print(describe(order, language: CommandLanguage.current))
        }
        return ExitCode.success
    }

    static func describe(_ order: Order, language: Language) -> String {
        var lines = [OrderText.heading(order), OrderText.buyer(order.buyer.customerName, id: order.buyer.customerId)]
        lines += order.lines.map { OrderText.line($0, currency: order.currencyUnit) }
        return lines.map { $0(language) }.joined(separator: "\n")
    }
}
