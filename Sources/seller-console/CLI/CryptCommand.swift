import CommandArguments
import Crypto
import Foundation

/// `seller-console crypt`: KooGallery's sensitive-field cipher both ways (docs/KOOGALLERY.md §4.4), so a seller can
/// check a `mobilePhone`, `email` or `appInfo` value against their own implementation. The key is never printed.
enum CryptCommand {
    static let usage = """
        usage: seller-console crypt encrypt --key KEY [--bits 256|128] [--iv IV] VALUE|-
               seller-console crypt decrypt --key KEY [--bits 256|128] VALUE|-
          The field is IV + Base64(AES-CBC-PKCS5(value)), the AES key derived from KEY with Java's SHA1PRNG.
          --bits  256 (encryptType 1, the default) or 128 (encryptType 2)
          --iv    16 letters or digits (default: random)
          -       read the value from standard input (one trailing line break is dropped)
        exit: 0 done, 1 the field does not decrypt with this key, 2 bad input
        """

    static func run(_ arguments: [String]) throws(Arguments.UsageError) -> Int32 {
        guard let verb = arguments.first, verb == "encrypt" || verb == "decrypt" else {
            throw Arguments.UsageError(description: "crypt needs encrypt or decrypt")
        }
        var rest = Array(arguments.dropFirst())
        let value = try takeValue(&rest)
        let options = try Arguments(rest, options: verb == "encrypt" ? ["--key", "--bits", "--iv"] : ["--key", "--bits"])
        return SigningInput.reporting { () throws(SigningInputError) in
            let key = try SigningInput.required(options, "--key")
            let type: SensitiveField.EncryptType
            switch options.value("--bits") ?? "256" {
            case "256": type = .aes256
            case "128": type = .aes128
            case let other: throw SigningInputError("--bits must be 256 or 128, got \(other)")
            }
            let input = try read(value)
            do throws(CryptoError) {
                if verb == "encrypt" {
                    if let iv = options.value("--iv"), iv.utf8.count != SensitiveField.ivLength {
                        throw CryptoError.invalidSensitiveFieldIV
                    }
                    Console.print(try SensitiveField.encrypt(plaintext: input, accessKey: key, encryptType: type,
                                                             iv: options.value("--iv")))
                } else {
                    Console.print(try SensitiveField.decrypt(input, accessKey: key, encryptType: type))
                }
                return ExitCode.success
            } catch .badPadding, .invalidUTF8 {
                Console.error("the field does not decrypt with this key and key size (bad padding or not text)")
                return ExitCode.failure
            } catch {
                throw SigningInputError(error.description)
            }
        }
    }

    /// Removes and returns the one positional argument (the value, or `-`); every other word is an option or its
    /// value.
    private static func takeValue(_ arguments: inout [String]) throws(Arguments.UsageError) -> String {
        var index = 0
        var found: Int?
        while index < arguments.count {
            if arguments[index].hasPrefix("--") {
                index += 2
                continue
            }
            guard found == nil else { throw Arguments.UsageError(description: "crypt takes one VALUE (or -)") }
            found = index
            index += 1
        }
        guard let found else { throw Arguments.UsageError(description: "crypt needs a VALUE (or - for stdin)") }
        return arguments.remove(at: found)
    }

    /// The value itself, or standard input for `-` without its final line break.
    private static func read(_ value: String) throws(SigningInputError) -> String {
        guard value == "-" else { return value }
        let data = FileHandle.standardInput.readDataToEndOfFile()
        guard var text = String(data: data, encoding: .utf8) else {
            throw SigningInputError("standard input is not UTF-8 text")
        }
        if text.hasSuffix("\r\n") { text.removeLast(2) } else if text.hasSuffix("\n") { text.removeLast() }
        return text
    }
}
