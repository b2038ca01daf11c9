import Localization

/// The command line's human output in the language of this run (`CommandLanguage.current`): a catalog entry
/// goes in, one side comes out. JSON never passes through here, so it cannot change with the language.
extension Console {
    /// A line on standard output in this run's language.
    static func print(_ phrase: Phrase) { print(phrase(CommandLanguage.current)) }

    /// A problem on standard error in this run's language.
    static func error(_ phrase: Phrase) { error(phrase(CommandLanguage.current)) }
}
