import CommandArguments
import Foundation
import Probe

/// `seller-console probe`: runs the marketplace's test cases, and more, against the seller's own production
/// interface, signed as the marketplace signs, and judges each answer by the published contract.
enum ProbeCommand {
    static let usage = """
        usage: seller-console probe URL --key KEY [--interface saas-v2|saas-v1|license|order-notify|online-license]
                                    [--case NAME]... [--timeout S] [--json] [--verbose]
          Sends the interface's test cases (testFlag=1, mock ids) to URL and judges each answer.
          --interface  the family (default saas-v2)    --case      only these cases (repeatable)
          --timeout    seconds per answer (default 20; above 5 s passes with a warning)
          --json       one JSON object per case        --verbose   each exchange too (the key is never shown)
          Cases per interface:
        \(ProbeFamily.allCases.map { "    \($0.rawValue): " + $0.cases.map(\.name).joined(separator: " ") }
            .joined(separator: "\n"))
          Exit: 0 all passed, 1 some failed, 2 usage, 3 the server could not be reached.
        """

    /// What the command line asks for, once checked.
    struct Plan {
        var url: String
        var key: String
        var family: ProbeFamily
        var cases: [ProbeCase]
        var timeout: Double
        var json: Bool
        var verbose: Bool
    }

    static func run(_ arguments: [String]) async throws(Arguments.UsageError) -> Int32 {
        let plan = try parse(arguments)
        let transport: MarketClientTransport
        do { transport = try MarketClientTransport(url: plan.url) } catch {
            throw Arguments.UsageError(description: "bad URL: \(error.description)")
        }
        let state: ProbeState
        do { state = try ProbeState.random() } catch {
            Console.error(ProbeRelayText.cannotDraw(ProbeRelayText.randomIds, error))
            return ExitCode.failure
        }
        let runner = ProbeRunner(family: plan.family, accessKey: plan.key, timeout: plan.timeout, transport: transport)
        let output = ProbeOutput(url: plan.url, key: plan.key, json: plan.json, verbose: plan.verbose,
                                 progress: isatty(STDOUT_FILENO) == 1 && !plan.json)
        let results: [ProbeResult]
        do {
            results = try await runner.run(plan.cases, state: state, progress: output.progress,
                                           finished: output.finished)
        } catch {
            Console.error(ProbeRelayText.cannotDraw(ProbeRelayText.randomNonce, error))
            return ExitCode.failure
        }
        output.summary(results)
        return ProbeRunner.exitCode(results)
    }

    static func parse(_ arguments: [String]) throws(Arguments.UsageError) -> Plan {
        let (positionals, rest) = Arguments.splitPositionals(arguments)
        let options = try Arguments(rest, options: ["--key", "--interface", "--case", "--timeout"],
                                    flags: ["--json", "--verbose"])
        guard positionals.count == 1, let url = positionals.first else {
            throw Arguments.UsageError(description: positionals.isEmpty ? "the production URL is required"
                                       : "one URL only, got \(positionals.count) words before the options")
        }
        guard let key = options.value("--key"), !key.isEmpty else {
            throw Arguments.UsageError(description: "--key KEY is required (the key bound to the interface)")
        }
        let name = options.value("--interface") ?? ProbeFamily.saasV2.rawValue
        guard let family = ProbeFamily(rawValue: name) else {
            throw Arguments.UsageError(description: "unknown interface \(name) (one of "
                                       + ProbeFamily.allCases.map(\.rawValue).joined(separator: ", ") + ")")
        }
        var cases: [ProbeCase] = []
        for caseName in options.all("--case") {
            guard let probeCase = family.probeCase(named: caseName) else {
                throw Arguments.UsageError(description: "unknown case \(caseName) for \(family.rawValue) (one of "
                                           + family.cases.map(\.name).joined(separator: ", ") + ")")
            }
            cases.append(probeCase)
        }
        return Plan(url: url, key: key, family: family, cases: cases, timeout: options.number("--timeout") ?? 20,
                    json: options.has("--json"), verbose: options.has("--verbose"))
    }
}
