import Localization

extension IniFile {
    /// Why `load` failed, in both languages: the parser's words when it was the file, the error's own otherwise.
    /// Callers outside this module (the console's config warnings) show it in their language.
    public static func problem(_ error: any Error) -> Phrase {
        (error as? ParseError)?.message ?? Phrase(verbatim: "\(error)")
    }
}
