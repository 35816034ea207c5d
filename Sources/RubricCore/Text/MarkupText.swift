/// Text for XML and HTML: the one escape the HTML pages and the workbook writer share.
public enum MarkupText {
    /// `text` escaped for element content and quoted attribute values; characters XML 1.0 cannot hold (C0 controls
    /// other than tab and line breaks, U+FFFE, U+FFFF) are left out.
    public static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for u in text.unicodeScalars {
            switch u {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default:
                if u.value < 0x20 && u != "\t" && u != "\n" && u != "\r" { continue }
                if u.value == 0xFFFE || u.value == 0xFFFF { continue }
                out.unicodeScalars.append(u)
            }
        }
        return out
    }
}
