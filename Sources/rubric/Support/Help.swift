import ArgumentParser
import Foundation
import RubricCore

// The command line's help in the interface language: `main.swift` chooses it (`--lang`, the config file, the locale)
// before ArgumentParser reads a command's configuration or builds its options, so both read it here.

/// A text of the command line's help in the interface language.
func localized(_ en: String, _ zh: String) -> String { Bilingual(en, zh).text() }

/// An option's or argument's help in the interface language.
func help(_ en: String, _ zh: String, valueName: String? = nil) -> ArgumentHelp {
    ArgumentHelp(Bilingual(en, zh).text(), valueName: valueName)
}

/// ArgumentParser's usage error (`Error: …`, `Usage: …`, `See '…' for more information.`) with its frame in the
/// interface language; the message itself is already in it (a ValidationError from the catalogue).
func usageMessage(_ text: String) -> String {
    guard InterfaceLanguage.current == .zh else { return text }
    var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    for k in lines.indices {
        let line = lines[k]
        if line.hasPrefix("Error: ") { lines[k] = Message.cliError.text(String(line.dropFirst("Error: ".count))) }
        else if line.hasPrefix("Usage: ") { lines[k] = "用法：" + line.dropFirst("Usage: ".count) }
        else if let see = line.range(of: "See '"), line.hasSuffix("' for more information.") {
            let command = line[see.upperBound..<line.index(line.endIndex, offsetBy: -"' for more information.".count)]
            lines[k] = String(line[..<see.lowerBound]) + "更多信息见 `\(command)`。"
        }
    }
    return lines.joined(separator: "\n")
}

/// The frame ArgumentParser puts around a command's help (headings, `--help`, `--version`) in Chinese.
func chineseHelpFrame(_ text: String) -> String {
    // `(default: x)`, perhaps wrapped onto the next line: one Chinese note.
    var text = text
    if let re = try? NSRegularExpression(pattern: #"\s*\(default:\s+([^)]*)\)"#) {
        text = re.stringByReplacingMatches(in: text, range: NSRange(text.startIndex..., in: text), withTemplate: "（默认值：$1）")
    }
    // Same display width as the English, so the columns stay aligned: " (default)" is 10 columns, "（默认）  " too.
    let frame = [("OVERVIEW: ", "概述："), ("USAGE: ", "用法："), ("ARGUMENTS:", "参数："), ("OPTIONS:", "选项："),
                 ("SUBCOMMANDS:", "子命令："), ("Show help information.", "显示帮助信息。"), ("Show the version.", "显示版本号。"),
                 (" (default)", "（默认）  "), ("See 'rubric help <subcommand>' for detailed help.", "用 `rubric help <子命令>` 查看各子命令的详细帮助。")]
    var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    for k in lines.indices {
        for (en, zh) in frame where lines[k].contains(en) {
            lines[k] = lines[k].replacingOccurrences(of: en, with: zh)
        }
    }
    return lines.joined(separator: "\n")
}
