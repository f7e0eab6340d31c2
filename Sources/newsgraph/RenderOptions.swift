import ArgumentParser
import Rendering

extension LayoutChoice: ExpressibleByArgument {
    public init?(argument: String) { self.init(name: argument) }
    public static var allValueStrings: [String] { ["auto"] + LayoutEngine.allCases.map(\.rawValue) }
}
extension MapFormat: ExpressibleByArgument {}

/// Whether edges carry their labels.
enum EdgeLabels: String, CaseIterable, ExpressibleByArgument {
    case auto, show, hide

    /// `nil` for automatic, else the choice.
    var choice: Bool? {
        switch self {
        case .auto: nil
        case .show: true
        case .hide: false
        }
    }
}

/// The options of drawing a map.
struct RenderOptions: ParsableArguments {
    @Option(help: ArgumentHelp("""
        The Graphviz layout engine: auto (dot up to 150 entities and 150 edges, fdp for clustered maps up to \
        2,000 entities, sfdp above), dot, neato, fdp, sfdp, circo or twopi.
        """, valueName: "engine"))
    var layout: LayoutChoice = .automatic

    @Option(help: "Edge labels: auto (shown up to 1,000 edges; always in the tooltips), show or hide.")
    var edgeLabels: EdgeLabels = .auto

    @Flag(help: "Let --layout dot run on maps above its limits (150 entities, 150 edges), which can take many minutes.")
    var allowSlowLayout = false

    /// Refuses a forced `dot` layout on a map too big for it, unless --allow-slow-layout.
    /// - Throws: `CLIError` saying how big the map is and what to do.
    func checkTimeBudget(_ options: MapOptions, entities: Int, edges: Int) throws {
        guard options.engine == .dot, !allowSlowLayout,
              entities > LayoutChoice.dotLimit.entities || edges > LayoutChoice.dotLimit.edges else { return }
        throw CLIError("""
            --layout dot on \(entities) entities and \(edges) edges can run for many minutes (its limits are \
            \(LayoutChoice.dotLimit.entities) and \(LayoutChoice.dotLimit.edges)); use --layout auto, narrow the map with --top or --focus, \
            or pass --allow-slow-layout
            """)
    }
}
