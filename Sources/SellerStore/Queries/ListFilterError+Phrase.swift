import ListContract
import Localization

extension ListFilterError {
    /// The refusal in both languages, each a whole sentence: the console shows it in its language, the command
    /// line keeps `description`.
    public var phrase: Phrase {
        switch self {
        case .tooLong(let characters, let limit):
            Phrase(zh: "筛选太长：\(characters) 个字符，最多 \(limit) 个", en: description)
        case .tooManyCodePoints(let count, let limit):
            Phrase(zh: "筛选太长：\(count) 个码位，最多 \(limit) 个", en: description)
        case .tooManyTerms(let count, let limit):
            Phrase(zh: "筛选的词太多：\(count) 个，最多 \(limit) 个", en: description)
        case .malformed(let error):
            Phrase(zh: "筛选条件有误，" + error.phrase.zh, en: description)
        }
    }
}
