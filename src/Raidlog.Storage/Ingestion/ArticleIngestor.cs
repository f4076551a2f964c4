using System.Diagnostics;
using Raidlog.Articles;
using Raidlog.Pipeline;
using Raidlog.Storage.Views;

namespace Raidlog.Storage.Ingestion;

/// <summary>
/// Reads, extracts and stores articles. Extraction runs on every core, ahead of storage, in input order; storage
/// commits a batch of articles per transaction (at most <see cref="MaxBatch"/>, at most <see cref="MaxWait"/> old),
/// so a killed run loses at most the last fraction of a second and a rerun redoes exactly that.
/// A bad input is reported and skipped; the run goes on. A store failure (locked, corrupt, unreachable) stops the
/// run: every batch before it is already committed.
/// </summary>
public sealed class ArticleIngestor(IRaidlogStore store, IExtractor extractor)
{
    public const int MaxBatch = 256;
    public static readonly TimeSpan MaxWait = TimeSpan.FromMilliseconds(250);

    /// <summary>Called after each input with what happened to it (once its batch is committed); errors are one line naming the input.</summary>
    public event Action<IngestStep>? Progress;

    public IngestTotals Run(IEnumerable<ReadResult> inputs)
    {
        var totals = new IngestTotals();
        var batch = new List<(string Source, Extraction Extraction)>();
        var age = Stopwatch.StartNew();
        foreach (var (source, extraction, error) in Extract(inputs))
        {
            if (extraction is null)
            {
                totals.Failed++;
                Progress?.Invoke(new IngestStep(source, null, error));
            }
            else
            {
                if (batch.Count == 0) age.Restart();
                batch.Add((source, extraction));
            }
            if (batch.Count >= MaxBatch || (batch.Count > 0 && age.Elapsed >= MaxWait)) Commit(batch, totals);
        }
        Commit(batch, totals);
        return totals;
    }

    void Commit(List<(string Source, Extraction Extraction)> batch, IngestTotals totals)
    {
        if (batch.Count == 0) return;
        var outcomes = store.IngestMany(batch.Select(b => b.Extraction).ToList());
        for (var i = 0; i < batch.Count; i++)
        {
            totals.Add(outcomes[i]);
            Progress?.Invoke(new IngestStep(batch[i].Source, outcomes[i], null));
        }
        batch.Clear();
    }

    /// <summary>Extraction on all cores, results in input order (merging depends on it), failures as one line each.</summary>
    IEnumerable<(string Source, Extraction? Extraction, string? Error)> Extract(IEnumerable<ReadResult> inputs) =>
        inputs.AsParallel().AsOrdered().WithMergeOptions(ParallelMergeOptions.NotBuffered).Select(read =>
        {
            if (read.Article is null) return (read.Source, (Extraction?)null, (string?)$"{read.Source}: {read.Error}");
            try
            {
                return (read.Source, extractor.Extract(read.Article), null);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                // An extractor bug on one hostile article must not stop the other thousands.
                return (read.Source, null, $"{read.Source}: cannot extract: {e.GetType().Name}: {e.Message}");
            }
        });
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
