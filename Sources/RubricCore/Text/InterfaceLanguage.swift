import Synchronization

/// The language of what the user reads: Chinese or English.
///
/// Chosen once per process — `--lang zh|en`, else the config file (`$XDG_CONFIG_HOME/rubric/config`: `lang = zh`),
/// else the locale (`LC_ALL`, `LC_MESSAGES`, `LANG` starting with `zh`) — and changed in the shell by `set lang`.
public enum InterfaceLanguage: String, Sendable, CaseIterable {
    case zh, en

    /// The language in force.
    public static var current: InterfaceLanguage {
        get { storage.load(ordering: .relaxed) == 0 ? .en : .zh }
        set { storage.store(newValue == .en ? 0 : 1, ordering: .relaxed) }
    }

    /// The language the locale asks for: the first of `LC_ALL`, `LC_MESSAGES`, `LANG` that is set decides.
    public static func fromLocale(_ environment: [String: String]) -> InterfaceLanguage {
        for key in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            guard let v = environment[key], !v.isEmpty else { continue }
            return v.lowercased().hasPrefix("zh") ? .zh : .en
        }
        return .en
    }

    /// Reads `zh`, `en` and the names users type (`中文`, `chinese`, `english`, `zh_CN`).
    public init?(word: String) {
        switch word.lowercased() {
        case "zh", "zh_cn", "zh-cn", "chinese", "中文", "汉语", "cn": self = .zh
        case "en", "english", "英文", "英语": self = .en
        default: return nil
        }
    }

    /// The `lang` setting of a config file's text (`lang = zh`; `#` starts a comment), if any.
    public static func fromConfig(_ text: String) -> InterfaceLanguage? {
        for raw in text.split(whereSeparator: { $0 == "\n" || $0 == "\r" }) {
            let line = raw.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
            let parts = line.split(separator: "=", maxSplits: 1).map { String(String($0).trimmingSpaces()) }
            if parts.count == 2, parts[0] == "lang" { return InterfaceLanguage(word: parts[1]) }
        }
        return nil
    }

    /// Where the config file is: `$XDG_CONFIG_HOME/rubric/config`, else `~/.config/rubric/config`.
    public static func configPath(_ environment: [String: String]) -> String? {
        if let x = environment["XDG_CONFIG_HOME"], !x.isEmpty { return x + "/rubric/config" }
        if let h = environment["HOME"], !h.isEmpty { return h + "/.config/rubric/config" }
        return nil
    }

    private static let storage = Atomic<Int>(0)
}
