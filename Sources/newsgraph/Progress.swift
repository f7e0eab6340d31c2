import Foundation

/// Progress of a long job on standard error: a redrawn bar on a terminal (done, rate, time
/// left), plain log lines at most every two seconds otherwise.
final class Progress {
    private let total: Int
    private var done = 0
    private let started = Date()
    private var lastReport = Date.distantPast
    private let terminal = isatty(STDERR_FILENO) == 1

    init(total: Int) { self.total = max(total, 1) }

    /// Counts `count` more items done and reports if it is time to.
    func advance(by count: Int) {
        done += count
        let now = Date()
        guard now.timeIntervalSince(lastReport) >= (terminal ? 0.2 : 2) || done >= total else { return }
        lastReport = now
        report(now)
    }

    /// Ends the bar's line on a terminal.
    func finish() {
        if terminal { FileHandleWriter.standardError("\n") }
    }

    private func report(_ now: Date) {
        let elapsed = max(now.timeIntervalSince(started), 0.001)
        let rate = Double(done) / elapsed
        let left = rate > 0 ? Double(max(total - done, 0)) / rate : 0
        let figures = "\(done)/\(total) articles, \(Int(rate))/s, \(Self.duration(left)) left"
        if terminal {
            let width = 30
            let filled = min(width, width * done / total)
            FileHandleWriter.standardError("\r[" + String(repeating: "#", count: filled) + String(repeating: " ", count: width - filled) + "] " + figures + "   ")
        } else {
            FileHandleWriter.standardError("ingest: " + figures + "\n")
        }
    }

    private static func duration(_ seconds: Double) -> String {
        let whole = Int(seconds.rounded())
        return whole >= 60 ? "\(whole / 60)m\(String(format: "%02d", whole % 60))s" : "\(whole)s"
    }
}
