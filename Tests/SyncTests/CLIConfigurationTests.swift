import Foundation
import Testing
import TestSupport

/// Bad numbers, files and configuration get a clear answer and exit 2, through the real binary, before
/// anything touches the network or a store.
@Suite("command line: bad arguments, files and configuration", .exclusive, .serialized)
struct CLIConfigurationTests {
    final class Home: @unchecked Sendable {
        let directory: TemporaryDirectory
        var folder: String { directory.path + "/config/seller-console" }

        init() throws {
            directory = try TemporaryDirectory("cli-config")
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        }

        func write(config: String, credentials: String? = nil) throws {
            try config.write(toFile: folder + "/config", atomically: true, encoding: .utf8)
            if let credentials {
                try credentials.write(toFile: folder + "/credentials", atomically: true, encoding: .utf8)
                chmod(folder + "/credentials", 0o600)
            }
        }

        /// Runs to completion with this HOME and no keys in the environment unless `keys`, in English
        /// (CommandLanguageTests checks the Chinese side of these errors).
        func run(_ arguments: [String], keys: Bool = false) throws -> (status: Int32, errors: String, seconds: Double) {
            var environment = ProcessInfo.processInfo.environment
            for name in ["SELLER_CONSOLE_AK", "SELLER_CONSOLE_SK", "SELLER_CONSOLE_PROFILE", "XDG_DATA_HOME",
                         "XDG_STATE_HOME"] { environment.removeValue(forKey: name) }
            environment["HOME"] = directory.path
            environment["XDG_CONFIG_HOME"] = directory.path + "/config"
            if keys {
                environment["SELLER_CONSOLE_AK"] = "ak"
                environment["SELLER_CONSOLE_SK"] = "sk-secret-value"
            }
            let result = try ChildProcess.run(try #require(BuiltExecutable.path("seller-console")),
                                              arguments + ["--lang", "en"], environment: environment, timeout: 60)
            return (result.status, result.errors, result.seconds)
        }
    }

    @Test("numeric options outside their documented range exit 2 naming the range", arguments: [
        (["sync", "--timeout", "nan"], "--timeout must be a number from 0.1 to 86400 (got nan)"),
        (["sync", "--timeout", "inf"], "--timeout must be a number from 0.1 to 86400"),
        (["sync", "--timeout", "1e308"], "--timeout must be a number from 0.1 to 86400"),
        (["sync", "--timeout", "0"], "--timeout must be a number from 0.1 to 86400"),
        (["sync", "--timeout", "-5"], "--timeout must be a number from 0.1 to 86400"),
        (["outbox", "send", "--concurrency", "17"], "--concurrency must be a whole number from 1 to 16 (got 17)"),
        (["outbox", "send", "--concurrency", "0"], "--concurrency must be a whole number from 1 to 16"),
        (["outbox", "send", "--max-backoff", "nan"], "--max-backoff must be a number from 0.1 to 3600"),
        (["outbox", "send", "--lease-seconds", "-1"], "--lease-seconds must be a whole number from 1 to 86400"),
        (["retry", "PM1", "--timeout", "-inf"], "--timeout must be a number from 0.1 to 86400"),
        (["ticket", "accept", "TT1", "--request-timeout", "nan"], "--request-timeout must be a number from 0.1"),
        (["list", "orders", "--limit", "0"], "--limit must be a whole number from 1"),
        (["list", "orders", "--limit", "1e3"], "--limit must be a whole number from 1"),
        (["demo", "--faults", "2"], "--faults must be a number from 0 to 1 (got 2)"),
        (["demo", "--tick", "inf"], "--tick must be a number from 0.1 to 86400"),
        (["demo", "--orders", "-1"], "--orders must be a whole number from 0 to 1000000"),
        (["benchmark-sync", "--orders", "nan"], "--orders must be a whole number from 0 to 1000000"),
        (["benchmark-console", "--store", "/x", "--keys", "0"], "--keys must be a whole number from 1 to 1000000"),
    ])
    func numbers(arguments: [String], message: String) throws {
        let (status, errors, _) = try Home().run(arguments, keys: true)
        #expect(status == 2, "\(arguments): \(errors)")
        #expect(errors.contains(message), "\(arguments): \(errors)")
    }

    @Test("an unknown site, an unknown key or a bad refresh_seconds stops sync and open with file:line")
    func strictConfiguration() throws {
        let home = try Home()
        let cases: [(String, String)] = [
            ("[profile shop]\nsite = cnn\n", "config:2: unknown site \"cnn\"; valid: cn (中国站), intl"),
            ("[profile shop]\nsite = local\nbase_url = http://127.0.0.1:9\nrefresh = 60\n",
             "config:4: unknown key \"refresh\" in [profile shop]; valid: site, base_url, theme, lang, "
                + "refresh_seconds"),
            ("[profile shop]\nsite = eu\n\nrefresh_seconds = soon\n",
             "config:4: refresh_seconds must be 0 (no background sync) or a whole number from 5 to 86400 (got \"soon\")"),
            ("[profile shop]\nrefresh_seconds = 1\n", "config:2: refresh_seconds must be 0"),
            ("[profile shop]\nsite = local\nbase_url = http://127.0.0.1:9\nbroken line\n", "config:4: expected key = value"),
        ]
        for (config, message) in cases {
            try home.write(config: config)
            for command in [["sync"], ["open"]] {
                let (status, errors, _) = try home.run(command + ["--profile", "shop"], keys: true)
                #expect(status == 2, "\(command) \(config): \(errors)")
                #expect(errors.contains(home.folder + "/" + message), "\(command): \(errors)")
            }
        }
    }

    @Test("a config file replaced by a FIFO is refused at once, not waited on")
    func configFIFO() throws {
        let home = try Home()
        #expect(mkfifo(home.folder + "/config", 0o600) == 0)
        let (status, errors, seconds) = try home.run(["sync", "--profile", "shop"], keys: true)
        #expect(status == 2)
        #expect(errors.contains(home.folder + "/config: not a regular file"), "\(errors)")
        #expect(seconds < 10)
    }

    @Test("a valid profile passes; unknown [keys] bindings are left to the console, which reports them")
    func validConfiguration() throws {
        let home = try Home()
        try home.write(config: "[profile shop]\nsite = local\nbase_url = http://127.0.0.1:9\ntheme = dark\n"
                       + "refresh_seconds = 0\n\n[keys]\nnot-a-command = x\n")
        let (status, errors, _) = try home.run(["sync", "--profile", "shop"])
        #expect(status == 2)
        #expect(errors.contains("no access key for profile shop"), "validation passed, keys are what is missing: \(errors)")
        // With keys, `open` gets as far as needing a terminal: the unknown binding is the console's to report.
        let (openStatus, openErrors, _) = try home.run(["open", "--profile", "shop"], keys: true)
        #expect(openStatus == 1 && !openErrors.contains("not-a-command"), "\(openErrors)")
    }

    @Test("an unknown key in the credentials is reported by line only, never echoing what might be the secret")
    func credentialsKeys() throws {
        let home = try Home()
        try home.write(config: "[profile shop]\nsite = local\nbase_url = http://127.0.0.1:9\n",
                       credentials: "[shop]\nak = a\nsk: topsecretvalue = x\n")
        let (status, errors, _) = try home.run(["sync", "--profile", "shop"])
        #expect(status == 2)
        #expect(errors.contains("credentials:3: unknown key in [shop]; valid: ak, sk"), "\(errors)")
        #expect(!errors.contains("topsecretvalue"))
    }

    @Test("deliver refuses a FIFO, a device and a directory at once, and names the valid kinds")
    func deliverFiles() throws {
        let home = try Home()
        let fifo = home.directory.file("pipe")
        #expect(mkfifo(fifo, 0o600) == 0)
        let report = home.directory.file("report.txt")
        try Data("report".utf8).write(to: URL(fileURLWithPath: report))
        let cases: [(String, String)] = [
            (fifo, "FIFO"), ("/dev/zero", "character device"), (home.directory.path, "directory"),
            (report + ":BOGUS", "unknown kind BOGUS in --file \(report):BOGUS; valid: SOW (需求文档), ACCEPTANCE"),
        ]
        for (file, message) in cases {
            let (status, errors, seconds) = try home.run(["deliver", "SV1", "--file", file, "--no-wait"])
            #expect(status == 2, "\(file): \(errors)")
            #expect(errors.contains(message), "\(file): \(errors)")
            #expect(seconds < 10, "refused at once, not after reading or waiting")
        }
    }

    @Test("a filter too long or with too many terms is a usage error, not an unreadable store")
    func filterLimits() throws {
        let home = try Home()
        let terms = (1...17).map { "t\($0)" }.joined(separator: " ")
        let (status, errors, _) = try home.run(["list", "orders", "--filter", terms])
        #expect(status == 2)
        #expect(errors.contains("--filter: filter has too many terms: 17, at most 16"), "\(errors)")
        let (longStatus, longErrors, _) = try home.run(["list", "orders", "--filter", String(repeating: "长", count: 201)])
        #expect(longStatus == 2)
        #expect(longErrors.contains("filter too long"), "\(longErrors)")
        #expect(!longErrors.contains("cannot read the store"))
    }
}
