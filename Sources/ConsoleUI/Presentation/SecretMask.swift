import Localization

/// Keeps secrets off the screen (ARCHITECTURE §9): the appInfo password, and any value whose name says it is a
/// password, key or token — in extension parameters and inside recorded request and response bodies, which
/// carry `appInfo` and V1's `authToken`. The value is replaced, never shown in part.
public enum SecretMask {
    /// What stands in for a secret value: dots, then the word saying it was hidden.
    public static let hidden = Phrase(zh: "••••••（已隐藏）", en: "•••••• (hidden)")

    /// The placeholder in `language`.
    public static func placeholder(_ language: Language) -> String { hidden.text(language) }

    /// Whether a field called `name` holds a secret (`password`, `adminPassword`, `secret_key`, `authToken`, …).
    public static func isSecretName(_ name: String) -> Bool {
        let folded = String(name.lowercased().unicodeScalars.filter { $0 != "_" && $0 != "-" && $0 != " " })
        if exactNames.contains(folded) { return true }
        return fragments.contains { folded.contains($0) }
    }

    static let exactNames: Set<String> = ["pwd", "pass", "sk", "key", "密码", "密钥"]
    static let fragments = ["password", "passwd", "secret", "token", "privatekey", "apikey", "accesskey",
                            "credential", "密码", "密钥", "口令"]

    /// Fields the marketplace sends AES-encrypted (docs/KOOGALLERY.md §4.4): ciphertext, but the buyer's phone and
    /// e-mail all the same, so a journalled call shows them masked like secrets (`password` already is).
    public static let encryptedNames: Set<String> = ["mobilephone", "email"]

    /// `text` with the value of every secret JSON member (`"password": "…"`) and query parameter
    /// (`authToken=…`) replaced by the placeholder, and with `encrypted` also the encrypted fields
    /// (`encryptedNames`). Linear in the length of the text.
    public static func maskingSecrets(in text: String, encrypted: Bool = false, language: Language) -> String {
        let placeholder = placeholder(language)
        func isMasked(_ name: String) -> Bool {
            isSecretName(name) || (encrypted && encryptedNames.contains(name.lowercased()))
        }
        let scalars = Array(text.unicodeScalars)
        guard scalars.contains(where: { $0 == "\"" || $0 == "=" }) else { return text }
        var out = String.UnicodeScalarView()
        var i = 0
        while i < scalars.count {
            let c = scalars[i]
            if c == "\"" {
                guard let key = quoted(scalars, from: i) else {
                    // Unterminated: leave the rest of the line as it is (and scan it only once).
                    let end = scalars[i...].firstIndex(of: "\n") ?? scalars.count
                    out.append(contentsOf: scalars[i..<end])
                    i = end
                    continue
                }
                out.append(contentsOf: scalars[i..<key.end])
                i = key.end
                var j = skipSpaces(scalars, from: i)
                guard j < scalars.count, scalars[j] == ":" else { continue }
                j = skipSpaces(scalars, from: j + 1)
                guard j < scalars.count, isMasked(key.content), scalars[j] != "{", scalars[j] != "[" else { continue }
                out.append(contentsOf: scalars[i..<j])
                if scalars[j] == "\"" {
                    // A string; one cut short (by the length cap) is masked to the end of its line.
                    let value = quoted(scalars, from: j)
                    out.append(contentsOf: ("\"" + placeholder + (value == nil ? "" : "\"")).unicodeScalars)
                    i = value?.end ?? (scalars[j...].firstIndex(of: "\n") ?? scalars.count)
                } else {
                    // A bare value (a number): mask up to where it ends.
                    out.append(contentsOf: placeholder.unicodeScalars)
                    i = j
                    while i < scalars.count, !valueEnds.contains(scalars[i]) { i += 1 }
                }
                continue
            }
            out.append(c)
            i += 1
            if c == "=", isMasked(nameBefore(scalars, equalsAt: i - 1)) {
                out.append(contentsOf: placeholder.unicodeScalars)
                while i < scalars.count, !valueEnds.contains(scalars[i]) { i += 1 }
            }
        }
        return String(out)
    }

    /// Characters that end an unquoted query value.
    static let valueEnds: Set<Unicode.Scalar> = ["&", " ", "\n", "\"", ",", ";", "}", "]"]

    /// The JSON string starting with the quote at `start`: its content (escapes kept as written) and the index
    /// after its closing quote; nil when the line ends first.
    static func quoted(_ scalars: [Unicode.Scalar], from start: Int) -> (content: String, end: Int)? {
        var content = String.UnicodeScalarView()
        var i = start + 1
        while i < scalars.count {
            let c = scalars[i]
            if c == "\"" { return (String(content), i + 1) }
            if c == "\n" { return nil }
            if c == "\\", i + 1 < scalars.count {
                content.append(c)
                i += 1
            }
            content.append(scalars[i])
            i += 1
        }
        return nil
    }

    static func skipSpaces(_ scalars: [Unicode.Scalar], from start: Int) -> Int {
        var i = start
        while i < scalars.count, scalars[i] == " " || scalars[i] == "\n" { i += 1 }
        return i
    }

    /// The parameter name that ends right before the `=` at `index` (letters, digits, `_`, `-`, `.`; at most 64).
    static func nameBefore(_ scalars: [Unicode.Scalar], equalsAt index: Int) -> String {
        var start = index
        while start > 0, index - start < 64, isNameScalar(scalars[start - 1]) { start -= 1 }
        return String(String.UnicodeScalarView(scalars[start..<index]))
    }

    static func isNameScalar(_ c: Unicode.Scalar) -> Bool {
        (c >= "a" && c <= "z") || (c >= "A" && c <= "Z") || (c >= "0" && c <= "9") || c == "_" || c == "-" || c == "."
    }
}
