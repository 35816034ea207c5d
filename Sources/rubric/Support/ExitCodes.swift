import RubricCore

/// The exit codes of `rubric`: 0 success, 1 a failed assert (or an audit error), 2 usage, 65 bad data, 66 missing file,
/// 73 an output file that exists (never replaced without being told), 74 standard output cannot be written.
enum ExitStatus {
    static let success: Int32 = 0
    static let assertionFailed: Int32 = 1
    static let usage: Int32 = 2
    static let dataError: Int32 = 65
    static let missingFile: Int32 = 66
    static let cannotCreate: Int32 = 73
    static let ioError: Int32 = 74

    /// The exit code for a diagnostic's phase.
    static func code(for d: Diagnostic) -> Int32 {
        switch d.phase {
        case .assertion: return assertionFailed
        case .usage: return usage
        // By the message's id, not its text: the text is in the interface language.
        case .io:
            if d.id == Message.fileExists.id { return cannotCreate }
            return d.id == Message.fileNotFound.id || d.id == Message.noSuchFileOrFolder.id ? missingFile : dataError
        default: return dataError
        }
    }
}
