import Localization
import Testing

@Suite("Language")
struct LanguageTests {
    @Test("tags name a language by their first letters, whatever the case and the region or encoding after them")
    func tags() {
        #expect(Language(tag: "zh") == .zh)
        #expect(Language(tag: "zh-CN") == .zh)
        #expect(Language(tag: "zh_CN.UTF-8") == .zh)
        #expect(Language(tag: "EN") == .en)
        #expect(Language(tag: "en_US.UTF-8") == .en)
        #expect(Language(tag: "fr") == nil)
        #expect(Language(tag: "") == nil)
        #expect(Language(tag: "chinese") == nil)
    }

    @Test("the environment decides by POSIX precedence: LC_ALL, then LC_MESSAGES, then LANG")
    func environmentPrecedence() {
        #expect(Language.fromEnvironment([:]) == .zh)
        #expect(Language.fromEnvironment(["LANG": "en_GB.UTF-8"]) == .en)
        #expect(Language.fromEnvironment(["LANG": "en_GB.UTF-8", "LC_MESSAGES": "zh_CN.UTF-8"]) == .zh)
        #expect(Language.fromEnvironment(["LC_ALL": "en_US.UTF-8", "LC_MESSAGES": "zh_CN.UTF-8"]) == .en)
        #expect(Language.fromEnvironment(["LC_ALL": "", "LANG": "en_US.UTF-8"]) == .en)
    }

    @Test("a bare C or POSIX locale keeps Chinese; another named language gives English")
    func bareLocales() {
        #expect(Language.fromEnvironment(["LANG": "C.UTF-8"]) == .zh)
        #expect(Language.fromEnvironment(["LC_ALL": "POSIX"]) == .zh)
        #expect(Language.fromEnvironment(["LANG": "de_DE.UTF-8"]) == .en)
    }

    @Test("the flag beats the profile, and the profile beats the environment")
    func resolution() {
        let english = ["LANG": "en_US.UTF-8"]
        #expect(Language.resolve(flag: .zh, profile: .en, environment: english) == .zh)
        #expect(Language.resolve(flag: nil, profile: .zh, environment: english) == .zh)
        #expect(Language.resolve(flag: nil, profile: nil, environment: english) == .en)
    }

    @Test("a phrase gives each language its own whole sentence, and joins per language")
    func phrases() {
        let saved = Phrase(zh: "已保存。", en: "Saved.")
        let next = Phrase(zh: "下一步。", en: "Next.")
        #expect(saved(.zh) == "已保存。")
        #expect(saved(.en) == "Saved.")
        #expect(Phrase.joined([saved, next]).text(.zh) == "已保存。下一步。")
        #expect(Phrase.joined([saved, next]).text(.en) == "Saved. Next.")
        #expect(Phrase(verbatim: "CS-1").text(.en) == "CS-1")
        #expect(saved.map { "[\($0)]" }.text(.en) == "[Saved.]")
    }
}
