/// The schemes that ship with Rubric (their files live in examples/schemes/ and are embedded at build time).
///
/// Each is parsed on first use only, so a command that needs one scheme does not pay for the others.
public enum BuiltinSchemes {
    /// Guangzhou's department-overall scheme, used by the seeds.
    public static let guangzhou: Scheme = parse("guangzhou-department.yaml")!
    /// The national project-expenditure scheme (预算执行率 10 / 产出 50 / 效益 30 / 满意度 10).
    public static let nationalProject: Scheme = parse("national-project.yaml")!

    /// The ids of the built-in schemes.
    public static let ids = texts.map { String($0.file.dropLast(".yaml".count)) }

    /// Every built-in scheme.
    public static var all: [Scheme] { [guangzhou, nationalProject] }

    /// The built-in scheme with this id (or file name).
    public static func named(_ name: String) -> Scheme? {
        let base = String(name.split(separator: "/").last ?? Substring(name))
        let id = base.hasSuffix(".yaml") ? String(base.dropLast(5)) : base
        switch id {
        case "guangzhou-department": return guangzhou
        case "national-project": return nationalProject
        default: return nil
        }
    }

    // MARK: Implementation

    static func parse(_ file: String) -> Scheme? {
        guard let entry = texts.first(where: { $0.file == file }) else { return nil }
        return try? SchemeLoader.load(SourceFile(name: "examples/schemes/" + file, text: entry.text))
    }
}
