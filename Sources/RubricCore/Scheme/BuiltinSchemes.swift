/// The schemes that ship with Rubric (their files live in examples/schemes/ and are embedded at build time).
public enum BuiltinSchemes {
    /// Every built-in scheme, loaded once.
    public static let all: [Scheme] = texts.compactMap { entry in
        try? SchemeLoader.load(SourceFile(name: "examples/schemes/" + entry.file, text: entry.text))
    }

    /// The built-in scheme with this id (or file name).
    public static func named(_ name: String) -> Scheme? {
        let id = name.hasSuffix(".yaml") ? String(name.dropLast(5)).split(separator: "/").last.map(String.init) ?? name : name
        return all.first { $0.id == id }
    }

    /// Guangzhou's department-overall scheme, used by the seeds.
    public static var guangzhou: Scheme { named("guangzhou-department")! }
}
