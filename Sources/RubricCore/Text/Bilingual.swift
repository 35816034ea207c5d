/// A text in both interface languages, kept beside what it describes (a rule family's help, a step of its
/// calculation) rather than in ``Message``: one value holding both texts, shown in the language in force.
public struct Bilingual: Sendable, Equatable, ExpressibleByStringLiteral {
    public let en: String
    public let zh: String

    public init(_ en: String, _ zh: String) { self.en = en; self.zh = zh }

    /// A text that reads the same in both languages (a formula, a list of ids).
    public init(stringLiteral value: String) { en = value; zh = value }

    /// The text in `language`.
    public func text(in language: InterfaceLanguage = .current) -> String { language == .zh ? zh : en }
}
