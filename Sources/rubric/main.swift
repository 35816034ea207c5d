import ArgumentParser
import RubricCore

/// The `rubric` command: the shell by default, scripts, and one-shot scoring commands.
struct Rubric: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rubric",
        abstract: "What-if analysis of budget performance self-evaluation scores (部门整体支出绩效自评).",
        version: "0.1.0",
        subcommands: [OpenCommand.self, ScoreCommand.self, CheckCommand.self, ExportCommand.self, RunCommand.self],
        defaultSubcommand: OpenCommand.self)
}

Rubric.main()
