import Foundation
import Testing
import TestSupport

/// Random argument vectors for every command's parser, through the real binary: whatever the vector, the
/// process ends by `exit` (0, or a documented non-zero code), never by a signal (`sync --timeout nan` once
/// died of SIGILL). Values that pass the parser reach the code that uses them (keys are set, and the base URL
/// is a loopback gateway), yet no vector can start long work: the gateway refuses every request at once with
/// a 400 (never retried), the store starts empty in a temporary HOME, and the commands that would start a
/// simulator always get one invalid value.
@Suite("command line: random argument vectors", .exclusive, .serialized)
struct CLIArgumentFuzzTests {
    /// SplitMix64: the same vectors on every run.
    struct Generator: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    static let numbers = ["nan", "NaN", "inf", "-inf", "infinity", "1e308", "-1e308", "1e-320", "0", "-0", "-1", "0.05",
                          "0.1", "1", "2", "16", "17", "86400", "86401", "9223372036854775807",
                          "99999999999999999999", "0x10", " 5", "5 ", "", "abc", "1.5", "--", "-", "+3", "٣"]
    static let words = ["orders", "outbox", "send", "retry", "discard", "accept", "reply", "resolve", "x", "PM1",
                        "TT1", "SV1", "#1", "1", "/dev/zero", "/nonexistent:SOW", "a:b:KIND", "--help", "-h", "--json",
                        "--no-wait", "--reverse", "--bogus", "--file", "--filter", "\u{1b}]0;t\u{7}", "订单"]
    /// Each command with the options it knows (numeric ones among them) and a prefix that keeps it short.
    static let commands: [(prefix: [String], options: [String], network: Bool)] = [
        (["sync"], ["--timeout", "--profile"], true),
        (["list", "orders"], ["--limit", "--filter", "--status", "--sort"], false),
        (["list", "outbox"], ["--limit", "--filter", "--status"], false),
        (["retry"], ["--timeout", "--request-timeout", "--profile"], true),
        (["confirm"], ["--timeout", "--request-timeout"], true),
        (["reject"], ["--timeout", "--reason", "--reason-file"], true),
        (["deliver"], ["--timeout", "--file", "--start"], true),
        (["ticket"], ["--timeout", "--message", "--cause", "--solution"], true),
        (["outbox"], ["--timeout", "--concurrency", "--lease-seconds", "--max-backoff", "--request-timeout"], true),
        (["sign-request"], ["--ak", "--sk", "--method", "--url", "--header", "--date"], false),
        (["benchmark-console"], ["--size", "--keys", "--filter"], false),
        (["version"], [], false),
        (["open"], ["--theme", "--profile"], true),
        (["demo"], ["--orders", "--seed", "--faults", "--hostile", "--tick"], false),
        (["benchmark-sync"], ["--orders", "--seed"], false),
        (["sign", "v2", "--key", "k", "--url", "https://isv.example.com/p"], ["--timestamp", "--nonce", "--body-file"],
         false),
        (["verify", "request", "--key", "k"], ["--url", "--body-file", "--now", "--header"], false),
        (["crypt", "encrypt", "--key", "k"], ["--bits", "--iv"], false),
        // Port 1: nothing listens, so a valid vector ends at once with exit 3.
        (["probe", "http://127.0.0.1:1/produce", "--key", "k"], ["--timeout", "--case", "--interface"], false),
    ]
    /// These would start a simulator on valid input: each vector ends with a value they refuse.
    static let simulatorCommands: Set = ["demo", "benchmark-sync"]

    static func vector(_ random: inout Generator, baseURL: String, store: String) -> [String] {
        let command = commands.randomElement(using: &random) ?? commands[0]
        var arguments = command.prefix
        for _ in 0..<Int.random(in: 0...5, using: &random) {
            switch Int.random(in: 0..<10, using: &random) {
            case 0..<6 where !command.options.isEmpty:
                arguments.append(command.options.randomElement(using: &random) ?? "--timeout")
                arguments.append(numbers.randomElement(using: &random) ?? "nan")
            case 6..<8:
                arguments.append(words.randomElement(using: &random) ?? "x")
            default:
                arguments.append(numbers.randomElement(using: &random) ?? "nan")
            }
        }
        if simulatorCommands.contains(command.prefix[0]) { arguments += ["--orders", "nan"] }
        if command.network { arguments += ["--base-url", baseURL, "--store", store] }
        return arguments
    }

    @Test("400 seeded vectors: every run exits normally, within 20 s each", .tags(.heavy))
    func noCrash() throws {
        let directory = try TemporaryDirectory("argv-fuzz")
        var environment = ProcessInfo.processInfo.environment
        for name in ["SELLER_CONSOLE_AK", "SELLER_CONSOLE_SK", "SELLER_CONSOLE_PROFILE", "XDG_CONFIG_HOME",
                     "XDG_DATA_HOME", "XDG_STATE_HOME"] { environment.removeValue(forKey: name) }
        environment["HOME"] = directory.path
        environment["SELLER_CONSOLE_AK"] = "fuzz-ak"
        environment["SELLER_CONSOLE_SK"] = "fuzz-sk"
        let gateway = try HostileGateway(orders: 1)
        gateway.failLists.store(true, ordering: .relaxed)
        let executable = try #require(BuiltExecutable.path("seller-console"))
        var random = Generator(state: 0x5EED_0009)
        for _ in 0..<400 {
            let arguments = Self.vector(&random, baseURL: gateway.baseURL, store: directory.file("fuzz.db"))
            do {
                let outcome = try ChildProcess(executable, arguments, environment: environment).wait(timeout: 20)
                #expect(outcome.signal == nil, "signal \(outcome.signal ?? 0): \(arguments)")
            } catch let timedOut as ChildProcess.TimedOut {
                Issue.record("did not end: \(timedOut): \(arguments)")
            }
        }
    }
}
