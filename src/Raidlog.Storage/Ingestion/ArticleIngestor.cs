using Raidlog.Articles;
using Raidlog.Pipeline;
using Raidlog.Storage.Views;

namespace Raidlog.Storage.Ingestion;

/// <summary>
/// Reads, extracts and stores articles one at a time. A bad input is reported and skipped; the run goes on.
/// A store failure (locked, corrupt, unreachable) stops the run: every article before it is already committed.
/// </summary>
public sealed class ArticleIngestor(IRaidlogStore store, IExtractor extractor)
{
    /// <summary>Called after each input with what happened to it; errors are one line naming the input.</summary>
    public event Action<IngestStep>? Progress;

    public IngestTotals Run(IEnumerable<ReadResult> inputs)
    {
        var totals = new IngestTotals();
        foreach (var read in inputs)
        {
            if (read.Article is null)
            {
                totals.Failed++;
                Progress?.Invoke(new IngestStep(read.Source, null, $"{read.Source}: {read.Error}"));
                continue;
            }
            Extraction extraction;
            try
            {
                extraction = extractor.Extract(read.Article);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                // An extractor bug on one hostile article must not stop the other thousands.
                totals.Failed++;
                Progress?.Invoke(new IngestStep(read.Source, null, $"{read.Source}: cannot extract: {e.GetType().Name}: {e.Message}"));
                continue;
            }
            var outcome = store.Ingest(extraction);
            totals.Add(outcome);
            Progress?.Invoke(new IngestStep(read.Source, outcome, null));
        }
        return totals;
    }
}

public sealed record IngestStep(string Source, IngestOutcome? Outcome, string? Error);

public sealed class IngestTotals
{
    public int Stored { get; set; }
    public int Duplicates { get; set; }
    public int Failed { get; set; }
    public int Reports { get; set; }
    public int IncidentsCreated { get; set; }
    public int IncidentsJoined { get; set; }

    public void Add(IngestOutcome o)
    {
        if (o.Duplicate) { Duplicates++; return; }
        Stored++;
        Reports += o.Reports;
        IncidentsCreated += o.IncidentsCreated;
        IncidentsJoined += o.IncidentsJoined;
    }

    public override string ToString() =>
        $"{Stored} articles stored, {Duplicates} already stored, {Failed} failed; {Reports} reports: {IncidentsCreated} new incidents, {IncidentsJoined} joined existing ones";
}
